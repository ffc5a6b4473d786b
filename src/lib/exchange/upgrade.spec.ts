import { describe, expect, it } from 'vitest';
import { upgradeFile, type FormatUpgrade } from './upgrade';

// How a future format change plugs in: named steps, applied in order.
const steps: FormatUpgrade[] = [
	{
		from: 1,
		name: 'persons.phone becomes persons.phones[]',
		upgrade: (f) => {
			const data = f.data as { persons?: { phone?: string; phones?: string[] }[] };
			for (const p of data.persons ?? []) {
				p.phones = p.phone ? [p.phone] : [];
				delete p.phone;
			}
			return f;
		}
	},
	{ from: 2, name: 'envelope gains a note', upgrade: (f) => ({ ...f, note: '' }) }
];

describe('format upgrades', () => {
	it('runs every step from the file version up to the current one, in order', () => {
		const v1 = { formatVersion: 1, data: { persons: [{ phone: '040 1' }] } };
		expect(upgradeFile(structuredClone(v1), steps, 3)).toEqual({
			formatVersion: 3,
			note: '',
			data: { persons: [{ phones: ['040 1'] }] }
		});
		expect(upgradeFile({ formatVersion: 2, data: {} }, steps, 3)).toEqual({
			formatVersion: 3,
			note: '',
			data: {}
		});
	});

	it('leaves a current file as it is and refuses a gap in the steps', () => {
		const current = { formatVersion: 3 };
		expect(upgradeFile(current, steps, 3)).toBe(current);
		expect(() => upgradeFile({ formatVersion: 1 }, [steps[1]], 3)).toThrow(/from format version 1/);
	});
});
