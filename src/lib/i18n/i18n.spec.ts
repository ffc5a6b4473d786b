import { describe, expect, it } from 'vitest';
import { LOCALES } from './catalogue';
import { catalogue } from '$lib/testing/messages';
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

describe('counts read as words (one vs many) in every language', () => {
	const { fi, sv, en } = catalogue;
	it('co-development: actions, goals and points', () => {
		expect(fi.codev.actionsSummary(1, 1, 1)).toBe('1 avoin, 1 myöhässä, 1 valmis');
		expect(fi.codev.actionsSummary(2, 0, 3)).toBe('2 avointa, 0 myöhässä, 3 valmista');
		expect(sv.codev.actionsSummary(1, 1, 1)).toBe('1 öppen, 1 försenad, 1 klar');
		expect(sv.codev.actionsSummary(2, 2, 2)).toBe('2 öppna, 2 försenade, 2 klara');
		expect(en.codev.actionsSummary(1, 2, 0)).toBe('1 open, 2 late, 0 done');
		expect(fi.codev.roundPage.goalsSummary(1, 1)).toBe('1 tavoite, 1 askel');
		expect(fi.codev.roundPage.goalsSummary(2, 3)).toBe('2 tavoitetta, 3 askelta');
		expect(en.codev.roundPage.goalsSummary(1, 2)).toBe('1 goal, 2 steps');
		expect(fi.codev.roundPage.themeProgress('palautettu', 4)).toBe('palautettu, 4 kohtaa');
		expect(fi.codev.roundPage.themeProgress('luonnos', 1)).toBe('luonnos, 1 kohta');
		expect(fi.codev.roundPage.themeProgress('ei aloitettu', 0)).toBe('ei aloitettu');
	});
	it('meetings: invitations, representatives and open tasks', () => {
		expect(fi.meetings.invitedMembers(1)).toBe('1 jäsen kutsuttu.');
		expect(fi.meetings.invitedMembers(3)).toBe('3 jäsentä kutsuttu.');
		expect(en.meetings.invitedMembers(1)).toBe('1 member invited.');
		expect(sv.meetings.invitedMembers(1)).toBe('1 medlem inbjuden.');
		expect(fi.meetings.infoFlowCounts(1, 0, 1)).toBe(
			'1 edustaja paikalla: 1 koonnut näkemykset ennen, 0 raportoinut jälkeen.'
		);
		expect(en.meetings.infoFlowCounts(0, 0, 1)).toBe(
			'1 representative present: 0 gathered input before, 0 reported back after.'
		);
		expect(fi.meetings.openCount(1, 1)).toBe('1 avoin tehtävä, joka on myöhässä.');
		expect(fi.meetings.openCount(4, 1)).toBe('4 avointa tehtävää, joista 1 myöhässä.');
		expect(en.meetings.openCount(1, 0)).toBe('1 open task.');
		expect(sv.meetings.openCount(1, 1)).toBe('1 öppen uppgift, som är försenad.');
	});
	it('a body with no meetings does not say everyone reported back', () => {
		for (const l of LOCALES) {
			const r = catalogue[l].meetings.reportBack;
			expect(r.noMeetings).not.toBe(r.allReported);
		}
		expect(fi.meetings.reportBack.noMeetings).toBe(
			'Ryhmällä ei ole ollut kokouksia viimeisen vuoden aikana, joten raportoitavaa ei ole.'
		);
	});
});
