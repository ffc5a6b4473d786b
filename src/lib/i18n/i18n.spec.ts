import { describe, expect, it } from 'vitest';
import { LOCALES } from './catalogue';
import { catalogue } from '$lib/testing/messages';
import { formatDate, formatLocalDateTime, collator } from './format';
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
