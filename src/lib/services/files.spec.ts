import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/testing/messages';
import { exportFileName, fileSlug, helsinkiDate } from './files';

const stems = catalogue.fi.sharing.fileStem;

describe('export file names', () => {
	it('say what was exported, without what, and when (in Finland)', () => {
		expect(exportFileName(stems, { kind: 'all', personalData: 'full' }, '2026-10-01')).toBe(
			'verkosto-kaikki-2026-10-01.json'
		);
		expect(
			exportFileName(
				stems,
				{ kind: 'region', id: 'x', label: 'Läntinen alue', personalData: 'noContactDetails' },
				'2026-10-01'
			)
		).toBe('verkosto-lantinen-alue-ilman-yhteystietoja-2026-10-01.json');
		expect(helsinkiDate(new Date('2026-10-01T22:30:00Z'))).toBe('2026-10-02');
	});

	it('keep only safe characters', () => {
		expect(fileSlug('MLL:n Tampereen yhdistys / Ö')).toBe('mll-n-tampereen-yhdistys-o');
		expect(fileSlug('../../etc')).toBe('etc');
		expect(fileSlug('***', 'vienti')).toBe('vienti');
	});
});
