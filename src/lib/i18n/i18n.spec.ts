import { describe, expect, it } from 'vitest';
import { catalogue, LOCALES } from './catalogue';
import { formatDate, formatLocalDateTime, formatTimestamp, collator } from './format';
import { describeIssue } from './issues';

function keys(o: unknown, prefix = ''): string[] {
	if (typeof o !== 'object' || o === null) return [prefix];
	return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogue', () => {
	it('has the same keys in every language', () => {
		const fi = keys(catalogue.fi).sort();
		for (const l of LOCALES) expect(keys(catalogue[l]).sort(), l).toEqual(fi);
	});
	it('has no empty message', () => {
		for (const l of LOCALES)
			for (const k of keys(catalogue[l])) {
				const v = k
					.split('.')
					.reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue[l]);
				if (typeof v === 'string') expect(v.length, `${l}.${k}`).toBeGreaterThan(0);
			}
	});
});

describe('Finnish formats', () => {
	it('formats dates and times the Finnish way', () => {
		expect(formatDate('2024-09-25', 'fi')).toBe('25.9.2024');
		expect(formatLocalDateTime('2024-09-25T12:00', 'fi')).toBe('25.9.2024 klo 12.00');
		expect(formatLocalDateTime('2024-09-25T09:05', 'sv')).toBe('25.9.2024 kl. 9.05');
	});
	it('sorts with Finnish collation (å ä ö after z)', () => {
		const names = ['Äänekoski', 'Orivesi', 'Ylöjärvi', 'Ähtäri', 'Akaa', 'Övermark', 'Zeta'];
		expect(names.sort(collator.compare)).toEqual([
			'Akaa',
			'Orivesi',
			'Ylöjärvi',
			'Zeta',
			'Ähtäri',
			'Äänekoski',
			'Övermark'
		]);
	});
});

describe('describeIssue', () => {
	it('names the record and the field in the user language', () => {
		const issue = { path: 'businessId', code: 'custom', message: 'businessId' };
		expect(describeIssue(catalogue.fi, 'organisations', 'MLL', issue)).toBe(
			'Organisaatio «MLL», kenttä Y-tunnus: Y-tunnus ei kelpaa (tarkistusmerkki)'
		);
		expect(describeIssue(catalogue.en, 'organisations', 'MLL', issue)).toBe(
			'Organisation “MLL”, field business ID: invalid business ID (check digit)'
		);
	});
	it('uses the last named path segment for nested fields', () => {
		const issue = { path: 'address.postalCode', code: 'invalid_format', message: 'postalCode' };
		expect(describeIssue(catalogue.sv, 'services', 'Perhekahvila', issue)).toBe(
			'Tjänst «Perhekahvila», fält postnummer: postnumret ska ha fem siffror'
		);
	});
});

describe('instants (import history, backups, file times)', () => {
	it('are written as Helsinki wall-clock time in the Finnish way, in the UI language', () => {
		// 10:00 UTC in March is 12:00 in Helsinki (EET); in July 13:00 (EEST).
		expect(formatTimestamp('2026-03-01T10:00:00.000Z', 'fi')).toBe('1.3.2026 klo 12.00');
		expect(formatTimestamp('2026-07-01T10:00:00.000Z', 'fi')).toBe('1.7.2026 klo 13.00');
		expect(formatTimestamp('2026-03-01T10:05:00.000Z', 'sv')).toBe('1.3.2026 kl. 12.05');
		expect(formatTimestamp('2026-03-01T22:30:00+00:00', 'fi')).toBe('2.3.2026 klo 0.30');
		for (const l of LOCALES)
			expect(formatTimestamp('2026-03-01T10:00:00.000Z', l)).toBe(
				formatLocalDateTime('2026-03-01T12:00', l)
			);
	});
	it('leave out what is no time at all', () => {
		expect(formatTimestamp(undefined, 'fi')).toBe('');
		expect(formatTimestamp('eilen', 'fi')).toBe('');
	});
});
