import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import type { DataSet, Organisation, Service } from '$lib/domain/entities';
import { DirectoryIndex, type TagLabels } from './directoryIndex';
import { placeInfo } from './entries';
import type { DirectoryQuery } from './filters';

const TAGS: TagLabels = [
	['theme:couple_relationship', ['Parisuhde', 'Parförhållande', 'Couple relationship']],
	['theme:divorce', ['Ero', 'Skilsmässa', 'Divorce']],
	['sector:ngo', ['Järjestö', 'Organisation', 'NGO']]
];

let data: DataSet;
let index: DirectoryIndex;
const q = (text: string, extra: Partial<DirectoryQuery> = {}): DirectoryQuery => ({
	text,
	type: 'all',
	filters: {},
	sort: 'relevance',
	...extra
});
const names = (text: string, extra: Partial<DirectoryQuery> = {}) =>
	index.entriesOf(index.search(q(text, extra)).ids).map((e) => e.name);

function build(d: DataSet) {
	const i = new DirectoryIndex(placeInfo(d.municipalities, d.familyCentres), TAGS);
	i.upsert({ organisations: d.organisations, services: d.services, persons: d.persons });
	return i;
}

beforeAll(() => {
	data = buildDemoNetwork();
	index = build(data);
});

describe('Finnish matching on the demo network', () => {
	it('finds a compound word by its first part ("ero" → Eroauttaminen, Erokahvila)', () => {
		const found = names('ero');
		expect(found).toContain('Eroauttaminen perheneuvolassa');
		expect(found).toContain('Erokahvila');
	});

	it('finds a compound word by a prefix ("perhe" → perhekeskus)', () => {
		expect(names('perhe', { type: 'persons' }).length).toBeGreaterThan(0);
		const orgs = index
			.entriesOf(index.search(q('perhekesk')).ids)
			.filter((e) => e.type === 'organisations');
		expect(orgs.length).toBeGreaterThan(0);
		expect(names('perhe')).toContain('Perheasiain neuvottelukeskus');
	});

	it('finds an inner part of a compound word ("neuvonta" → Parisuhdeneuvonta)', () => {
		expect(names('neuvonta')).toContain('Parisuhdeneuvonta');
		expect(names('suhde')).toContain('Parisuhdeneuvonta');
	});

	it('ignores case and diacritics both ways', () => {
		expect(names('vaestoliitto').some((n) => n.startsWith('Väestöliitto'))).toBe(true);
		expect(names('VÄESTÖLIITTO').some((n) => n.startsWith('Väestöliitto'))).toBe(true);
		expect(names('vakivaltatyon')).toContain('Väkivaltatyön avopalvelu');
	});

	it('tolerates a typo', () => {
		expect(names('parisuhdeneuvota')).toContain('Parisuhdeneuvonta');
		expect(names('erokahvla')).toContain('Erokahvila');
		expect(names('Parisuhdenevonta')[0]).toBe('Parisuhdeneuvonta');
	});

	it('tolerates a typo in the first part of a compound word ("parisuhe" → Parisuhde…)', () => {
		const found = names('parisuhe');
		expect(found).toContain('Parisuhdeneuvonta');
		expect(found).toContain('Parisuhdekurssi pikkulapsiperheille');
		expect(found).toContain('Parisuhdeilta vanhemmille');
		// With a second word, the typo still narrows like the right word.
		const inNokia = names('parisuhe nokia', { type: 'services' });
		expect(inNokia).toEqual(
			expect.arrayContaining(['Parisuhdekurssi Nokian seurakunnassa', 'Parisuhdeilta vanhemmille'])
		);
		expect(inNokia).not.toContain('Erokahvila');
		// A typo with ä/ö, and a missing letter early in the word.
		expect(names('väkivaltatö')).toContain('Väkivaltatyön avopalvelu');
		expect(names('prisuhdekurssi')).toContain('Parisuhdekurssi pikkulapsiperheille');
	});

	it('ranks the right spelling above a typo match, and keeps short words strict', () => {
		const found = names('parisuhde', { type: 'services' });
		// Exact prefix matches come before the inflected "parisuhteen" found by tolerance.
		expect(found.indexOf('Parisuhdeneuvonta')).toBeLessThan(
			found.indexOf('Parisuhteen tukikeskus verkossa')
		);
		// "ero" (three letters) gets no typo tolerance: no "Eräs…", only ero-words.
		expect(names('ero', { type: 'services' }).slice(0, 2)).toEqual(
			expect.arrayContaining(['Eroauttaminen perheneuvolassa', 'Erokahvila'])
		);
	});

	it('matches a query of one or two letters against names and titles only', () => {
		const fold = (s: string) =>
			s
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase();
		const startsAWord = (s: string | undefined, p: string) =>
			!!s &&
			fold(s)
				.split(/[^a-z0-9]+/)
				.some((w) => w.startsWith(p));
		// (Organisations are also found through their services, so services and people here.)
		const entries = (['services', 'persons'] as const).flatMap((type) =>
			index.entriesOf(index.search(q('pa', { type })).ids)
		);
		expect(entries.length).toBeGreaterThan(0);
		for (const e of entries)
			expect(startsAWord(e.name, 'pa') || startsAWord(e.title, 'pa'), e.name).toBe(true);
		// Every record names its place; "pi" (Pirkanmaa) must not list them all.
		const all = index.search(q('')).total;
		expect(index.search(q('pi')).total).toBeLessThan(all / 4);
		// A longer word still reaches every field.
		expect(names('parisuhde', { type: 'services' })).toContain('Parisuhdeilta vanhemmille');
	});

	it('ranks the name match above a match in the description', () => {
		const found = names('parisuhdeneuvonta', { type: 'services' });
		expect(found[0]).toBe('Parisuhdeneuvonta');
	});

	it('requires every word to match, in any field (name, organisation, place)', () => {
		const found = names('parisuhde nokia', { type: 'services' });
		expect(found).toContain('Parisuhdeilta vanhemmille');
		expect(found).toContain('Parisuhdekurssi Nokian seurakunnassa');
		expect(found).not.toContain('Erokahvila');
	});

	it('matches a theme by its label in any UI language', () => {
		const sv = index.search(q('skilsmässa', { type: 'services' })).ids;
		expect(sv).toContain(demoId('service:pirha-ero'));
	});

	it('searches titles and job descriptions of people', () => {
		const found = index.entriesOf(index.search(q('järjestöagentti', { type: 'persons' })).ids);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((e) => e.type === 'persons')).toBe(true);
	});
});

describe('ranking exact ä/ö higher', () => {
	const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
	const org = (n: number, name: string): Organisation => ({
		...base,
		id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		version: 1,
		name,
		sector: 'ngo',
		municipalityIds: []
	});
	it('puts "Säätiö" before "Saatio" for säätiö and keeps both for saatio', () => {
		const i = new DirectoryIndex(placeInfo([], []));
		i.upsert({ organisations: [org(1, 'Saatio Oy'), org(2, 'Säätiö ry')] });
		const ranked = (t: string) => i.entriesOf(i.search(q(t)).ids).map((e) => e.name);
		expect(ranked('säätiö')).toEqual(['Säätiö ry', 'Saatio Oy']);
		expect(ranked('saatio')).toEqual(['Saatio Oy', 'Säätiö ry']);
		expect(ranked('sää')).toEqual(['Säätiö ry', 'Saatio Oy']);
	});
	it('keeps exact ä/ö first with prefixes and typos ("päiväkot", "päivkoti")', () => {
		const i = new DirectoryIndex(placeInfo([], []));
		i.upsert({ organisations: [org(1, 'Paivakoti Oy'), org(2, 'Päiväkoti Aurinko')] });
		const ranked = (t: string) => i.entriesOf(i.search(q(t)).ids).map((e) => e.name);
		expect(ranked('päiväkot')).toEqual(['Päiväkoti Aurinko', 'Paivakoti Oy']);
		expect(ranked('paivakot')).toEqual(['Paivakoti Oy', 'Päiväkoti Aurinko']);
		expect(ranked('päivkoti')).toHaveLength(2);
		expect(ranked('päivkot')).toHaveLength(2);
	});
	it('lists without a query in Finnish order: z before å, ä, ö; case ignored', () => {
		const i = new DirectoryIndex(placeInfo([], []));
		i.upsert({
			organisations: [
				org(1, 'Ö-yhdistys'),
				org(2, 'ääni ry'),
				org(3, 'Zeta'),
				org(4, 'Åbo'),
				org(5, 'aapa')
			]
		});
		expect(i.entriesOf(i.search(q('')).ids).map((e) => e.name)).toEqual([
			'aapa',
			'Zeta',
			'Åbo',
			'ääni ry',
			'Ö-yhdistys'
		]);
	});
});

describe('filters', () => {
	const nokia = () => demoId('municipality:536');
	it('answers the directory question: NGOs with couple-relationship services in Nokia', () => {
		const out = index.search(
			q('', {
				type: 'services',
				filters: { municipalityId: nokia(), theme: 'couple_relationship', sector: 'ngo' }
			})
		);
		const found = index.entriesOf(out.ids);
		expect(found.map((e) => e.name)).toEqual(
			expect.arrayContaining(['Parisuhdeilta vanhemmille', 'Parisuhdeneuvonta'])
		);
		expect(found.every((e) => e.sector === 'ngo')).toBe(true);
		// Organisations and persons counted for the other tabs.
		expect(out.counts.organisations).toBeGreaterThan(0);
		expect(out.counts.persons).toBeGreaterThan(0);
	});

	it('lists the organisations whose services match the query ("parisuhde" in Nokia)', () => {
		const orgs = index.entriesOf(
			index.search(
				q('parisuhde', {
					type: 'organisations',
					filters: { municipalityId: nokia(), sector: 'ngo' }
				})
			).ids
		);
		const found = orgs.map((e) => e.name);
		// MLL Nokia's name and description say nothing of couples; its peer evening does.
		expect(found).toContain('MLL:n Nokian yhdistys');
		expect(found).toContain('Parisuhdekeskus Kataja ry');
		// An organisation that matches by its own name ranks above one found through a service.
		expect(found.indexOf('Parisuhdekeskus Kataja ry')).toBeLessThan(
			found.indexOf('MLL:n Nokian yhdistys')
		);
		expect(orgs.every((e) => e.sector === 'ngo')).toBe(true);
		// A service-only filter still drops organisations.
		expect(
			index.search(q('parisuhde', { filters: { kind: 'peer_group' } })).counts.organisations
		).toBe(0);
	});

	it('does not list an organisation for a matching service outside the chosen municipality', () => {
		const d = buildDemoNetwork();
		const org = d.organisations.find((o) => o.name === 'MLL:n Nokian yhdistys')!;
		const tampere = demoId('municipality:837');
		const i = build({
			...d,
			organisations: [{ ...org, municipalityIds: [nokia(), tampere] }],
			services: d.services
				.filter((s) => s.organisationId === org.id)
				.map((s) =>
					s.name === 'Parisuhdeilta vanhemmille' ? { ...s, municipalityIds: [tampere] } : s
				),
			persons: []
		});
		const orgs = (municipalityId: string) =>
			i.search(q('parisuhde', { type: 'organisations', filters: { municipalityId } })).ids;
		expect(orgs(tampere)).toEqual([org.id]);
		expect(orgs(nokia())).toEqual([]);
	});

	it('excludes services bound to other municipalities, and area-free ones on request', () => {
		const inNokia = (areaFree: boolean) =>
			index.entriesOf(
				index.search(
					q('', {
						type: 'services',
						filters: { municipalityId: nokia(), theme: 'couple_relationship', areaFree }
					})
				).ids
			);
		const withNational = inNokia(true).map((e) => e.name);
		expect(withNational).toContain('Parisuhteen tukikeskus verkossa');
		const local = inNokia(false);
		expect(local.map((e) => e.name)).not.toContain('Parisuhteen tukikeskus verkossa');
		expect(local.every((e) => e.municipalityIds.includes(nokia()))).toBe(true);
	});

	it('filters by region through municipalities and family centres', () => {
		const west = demoId('region:west');
		const north = demoId('region:north');
		const services = (regionId: string) =>
			index.search(q('', { type: 'services', filters: { regionId, areaFree: false } })).ids;
		expect(services(west)).toContain(demoId('service:mll-nokia-couples'));
		expect(services(north)).not.toContain(demoId('service:mll-nokia-couples'));
	});

	it('drops organisations and persons when a service-only filter is set', () => {
		const out = index.search(q('', { filters: { kind: 'peer_group' } }));
		expect(out.counts.organisations).toBe(0);
		expect(out.counts.persons).toBe(0);
		expect(out.counts.services).toBeGreaterThan(0);
	});

	it('filters by age within the service age range', () => {
		const ids = (age: number) => index.search(q('', { type: 'services', filters: { age } })).ids;
		expect(ids(30)).toContain(demoId('service:kataja-counselling')); // 18+
		expect(ids(10)).not.toContain(demoId('service:kataja-counselling'));
		expect(ids(1)).toContain(demoId('service:ensikoti-vauva')); // 0–3
		expect(ids(5)).not.toContain(demoId('service:ensikoti-vauva'));
	});

	it('gives a person the themes of the services they are the contact for', () => {
		const persons = index.search(
			q('', { type: 'persons', filters: { theme: 'couple_relationship' } })
		).ids;
		expect(persons).toContain(demoId('person:kataja-1'));
	});
});

describe('keeping in step with edits', () => {
	it('finds a renamed service by its new name only, and forgets a deleted one', () => {
		const d = buildDemoNetwork();
		const i = build(d);
		const s = d.services.find((x) => x.name === 'Erokahvila')!;
		const renamed: Service = { ...s, name: 'Eroneuvola Kahvipannu', version: 2 };
		i.upsert({ services: [renamed] });
		// (Services only: its organisation is listed too, as the provider of a matching service.)
		const found = i.search(q('kahvipannu', { type: 'services' }));
		expect(i.entriesOf(found.ids).map((e) => e.name)).toEqual(['Eroneuvola Kahvipannu']);
		expect(found.counts.organisations).toBe(1);
		expect(i.search(q('erokahvila')).ids).not.toContain(s.id);
		i.upsert({ services: [{ ...renamed, deletedAt: '2026-02-01T00:00:00.000Z', version: 3 }] });
		expect(i.search(q('kahvipannu')).ids).toEqual([]);
	});

	it("updates services' organisation name and the organisation's derived facets", () => {
		const d = buildDemoNetwork();
		const i = build(d);
		const org = d.organisations.find((o) => o.name === 'MLL:n Nokian yhdistys')!;
		i.upsert({ organisations: [{ ...org, name: 'Nokian Perhekerho ry', version: 2 }] });
		const services = d.services.filter((s) => s.organisationId === org.id);
		i.upsert({ services });
		expect(i.entry(services[0].id)?.orgName).toBe('Nokian Perhekerho ry');
		// A new service of another theme moves the organisation into that theme.
		const before = i.search(q('', { type: 'organisations', filters: { theme: 'housing' } })).ids;
		expect(before).not.toContain(org.id);
		i.upsert({ services: [{ ...services[0], themes: ['housing'], version: 9 }] });
		const after = i.search(q('', { type: 'organisations', filters: { theme: 'housing' } })).ids;
		expect(after).toContain(org.id);
	});

	it('survives a snapshot round trip', () => {
		const copy = DirectoryIndex.load(
			structuredClone(index.snapshot()),
			placeInfo(data.municipalities, data.familyCentres),
			TAGS
		);
		expect(copy.search(q('neuvonta')).ids).toEqual(index.search(q('neuvonta')).ids);
		expect(copy.search(q('', { filters: { theme: 'divorce' } })).ids).toEqual(
			index.search(q('', { filters: { theme: 'divorce' } })).ids
		);
	});
});

describe('paging a large result', () => {
	it('gives the same order page by page as all at once (top-k selection, then the rest)', async () => {
		const { generateNetwork, SIZES } = await import('$lib/generator/network');
		const d = generateNetwork(SIZES.region, 7);
		const i = build(d);
		for (const text of ['pe', 'perhe', 'kerho', '']) {
			const all = i.search(q(text, { type: 'services' })).ids;
			expect(all.length).toBeGreaterThan(200);
			const paged = i.search(q(text, { type: 'services' }));
			const pages = [0, 50, 100, 150].flatMap((o) => paged.page(o, 50));
			expect(pages).toEqual(all.slice(0, 200));
			expect(paged.page(all.length - 10, 50)).toEqual(all.slice(-10));
			expect(new Set(all).size).toBe(all.length);
		}
	});
});
