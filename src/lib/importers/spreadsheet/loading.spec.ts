/**
 * The zip readers and fflate must stay out of the JavaScript that loads with a
 * page: whatever imports the readers statically gets only the CSV path, and
 * read.ts imports the rest on demand when a zip-based file is opened.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const source = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** Modules imported for their values (not `import type`), from the top of a file. */
function staticImports(name: string): string[] {
	const found: string[] = [];
	for (const m of source(name).matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'([^']+)'/gm))
		found.push(m[1]);
	return found;
}

describe('what loads with the page', () => {
	it('index.ts reaches no zip code and no fflate through static imports', () => {
		const seen = new Set<string>();
		const visit = (name: string) => {
			if (seen.has(name)) return;
			seen.add(name);
			for (const spec of staticImports(name))
				if (spec.startsWith('./')) visit(`${spec.slice(2)}.ts`);
				else seen.add(spec);
		};
		visit('index.ts');
		expect(seen.has('read.ts')).toBe(true);
		expect(seen).not.toContain('fflate');
		for (const lazy of ['zipped.ts', 'zip.ts', 'xlsx.ts', 'ods.ts', 'testing.ts'])
			expect(seen, lazy).not.toContain(lazy);
		expect(source('read.ts')).toContain("await import('./zipped')");
	});
});
