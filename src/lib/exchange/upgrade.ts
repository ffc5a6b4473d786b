/**
 * Named steps that turn a file of an older format version into the next one,
 * applied in order until the file is current, so that every file ever exported
 * keeps importing.
 *
 * When the format changes: bump FORMAT_VERSION, add a step here
 * ({ from: 1, name: 'what changed', upgrade(file) { …; return file } }), commit
 * an export of the new version as fixtures/export-vN.json, and keep the older
 * fixtures: fixtures.spec.ts imports every one of them.
 */
import { FORMAT_VERSION } from './format';

export interface FormatUpgrade {
	/** The version this step reads; it produces from + 1. */
	from: number;
	name: string;
	upgrade(file: Record<string, unknown>): Record<string, unknown>;
}

export const FORMAT_UPGRADES: readonly FormatUpgrade[] = [
	{
		from: 1,
		// Version 2 adds an optional field (a body's `themes`); a version 1 file is already valid.
		name: 'expert networks name the themes they cover',
		upgrade: (file) => file
	}
];

/** Runs every step from the file's version up to `current`. Throws when a step is missing. */
export function upgradeFile(
	file: Record<string, unknown>,
	upgrades: readonly FormatUpgrade[] = FORMAT_UPGRADES,
	current: number = FORMAT_VERSION
): Record<string, unknown> {
	let out = file;
	for (let v = Number(file.formatVersion); v < current; v++) {
		const step = upgrades.find((u) => u.from === v);
		if (!step) throw new Error(`no upgrade step from format version ${v}`);
		out = { ...step.upgrade(out), formatVersion: v + 1 };
	}
	return out;
}
