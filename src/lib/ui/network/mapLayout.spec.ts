import { describe, expect, it } from 'vitest';
import type { StructureNode } from '$lib/domain/structure';
import { networkStructure } from '$lib/domain/structure';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { ancestorsOf, expandedKinds, layoutMap, shorten } from './mapLayout';

const leaf = (key: string, label = key): StructureNode => ({
	key,
	kind: 'organisation',
	label,
	children: []
});
const root: StructureNode = {
	key: 'p',
	kind: 'province',
	label: 'Pirkanmaa',
	children: [
		{ key: 'a', kind: 'region', label: 'A', children: [leaf('a1'), leaf('a2')] },
		{ key: 'b', kind: 'region', label: 'B', children: [leaf('b1')] }
	]
};

describe('layoutMap', () => {
	it('lays out only open branches, in pre-order, parents left of children', () => {
		const l = layoutMap(root, new Set(['p', 'a']));
		expect(l.nodes.map((n) => n.key)).toEqual(['p', 'a', 'a1', 'a2', 'b']);
		const at = (k: string) => l.nodes.find((n) => n.key === k)!;
		expect(at('a').x).toBeGreaterThan(at('p').x + at('p').width);
		expect(at('a1').x).toBeGreaterThan(at('a').x + at('a').width);
		expect(at('b')).toMatchObject({ hasChildren: true, expanded: false, position: 2, siblings: 2 });
		expect(l.links).toHaveLength(4);
	});

	it('never places two visible nodes on the same row of a column', () => {
		const demo = networkStructure(buildDemoNetwork(), 'Pirkanmaa', '2026-11-24');
		const all = new Set<string>();
		const walk = (n: StructureNode) => (all.add(n.key), n.children.forEach(walk));
		walk(demo);
		const l = layoutMap(demo, all);
		const seen = new Set(l.nodes.map((n) => `${n.depth}:${Math.round(n.y)}`));
		expect(seen.size).toBe(l.nodes.length);
		expect(l.nodes.every((n) => n.y > 0 && n.y < l.height && n.x + n.width <= l.width)).toBe(true);
	});

	it('shortens long labels with an ellipsis', () => {
		expect(shorten('Punkalaitumen perhekeskuksen ohjausryhmä', 20)).toBe('Punkalaitumen perhe…');
		expect(shorten('Kela', 20)).toBe('Kela');
	});
});

describe('expandedKinds and ancestorsOf', () => {
	it('opens the branches of the given kinds and finds the path to a node', () => {
		expect([...expandedKinds(root, ['province', 'region'])]).toEqual(['p', 'a', 'b']);
		expect(ancestorsOf(root, 'a2')).toEqual(['p', 'a']);
		expect(ancestorsOf(root, 'nope')).toEqual([]);
	});
});
