import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/testing/messages';
import { LOCALES } from '$lib/i18n/catalogue';
import {
	applySaved,
	FIELD_KEYS,
	fieldOf,
	partOf,
	findHeaderRow,
	fold,
	saveMapping,
	savedMappingsSchema,
	suggestMapping,
	withSaved
} from './mapping';

describe('fold', () => {
	it('ignores case, ä/ö/å, spaces and punctuation', () => {
		expect(fold(' Sähköposti ')).toBe('sahkoposti');
		expect(fold('Y-tunnus')).toBe(fold('ytunnus'));
		expect(fold('E-POST')).toBe('epost');
		expect(fold('Förening')).toBe('forening');
	});
});

describe('suggestMapping', () => {
	it('maps a Finnish NGO contact list to people and their organisation', () => {
		expect(
			suggestMapping([
				'Nimi',
				'Tehtävänimike',
				'Yhdistys',
				'Puhelin',
				'Sähköposti',
				'Kunta',
				'Y-tunnus',
				'Muistiinpanot'
			])
		).toEqual([
			'person.name',
			'person.title',
			'organisation.name',
			'person.phone',
			'person.email',
			'organisation.municipalities',
			'organisation.businessId',
			''
		]);
	});

	it('maps Swedish and English headers', () => {
		expect(suggestMapping(['Namn', 'Titel', 'Förening', 'Telefon', 'E-post', 'Kommun'])).toEqual([
			'person.name',
			'person.title',
			'organisation.name',
			'person.phone',
			'person.email',
			'organisation.municipalities'
		]);
		expect(suggestMapping(['Name', 'Job title', 'Organization', 'Phone', 'E-mail'])).toEqual([
			'person.name',
			'person.title',
			'organisation.name',
			'person.phone',
			'person.email'
		]);
	});

	it('reads a list without people as organisations, and never maps two columns to one field', () => {
		expect(suggestMapping(['Nimi', 'Y-tunnus', 'Puhelin', 'Puh.', 'Kotisivu'])).toEqual([
			'organisation.name',
			'organisation.businessId',
			'organisation.phone',
			'',
			'organisation.website'
		]);
	});

	it("maps every header of Verkosto's own directory CSV exports, in every language", () => {
		for (const locale of LOCALES) {
			const m = catalogue[locale];
			const d = m.directory;
			expect(
				suggestMapping([
					m.vocab.entityOne.persons,
					d.jobTitle,
					d.organisation,
					d.email,
					d.phone,
					d.jobDescription
				]),
				locale
			).toEqual([
				'person.name',
				'person.title',
				'organisation.name',
				'person.email',
				'person.phone',
				'person.jobDescription'
			]);
			expect(
				suggestMapping([
					d.organisation,
					d.sector,
					d.businessId,
					d.municipalities,
					d.website,
					d.email,
					d.phone,
					d.description
				]),
				locale
			).toEqual([
				'organisation.name',
				'organisation.sector',
				'organisation.businessId',
				'organisation.municipalities',
				'organisation.website',
				'organisation.email',
				'organisation.phone',
				'organisation.description'
			]);
			expect(
				suggestMapping([
					m.vocab.entityOne.services,
					d.organisation,
					d.kind,
					d.status,
					d.municipalities,
					d.phone,
					d.email,
					d.website,
					d.howToGet
				]),
				locale
			).toEqual([
				'service.name',
				'organisation.name',
				'service.kind',
				'service.status',
				'service.municipalities',
				'service.phone',
				'service.email',
				'service.website',
				'service.referral'
			]);
		}
	});
});

describe('findHeaderRow', () => {
	it('skips a title line above the table', () => {
		expect(
			findHeaderRow([
				['Järjestöjen yhteyshenkilöt 2026'],
				[],
				['Nimi', 'Yhdistys', 'Sähköposti'],
				['Anna Aalto', 'MLL Tampere', 'anna@example.fi']
			])
		).toBe(2);
	});
	it('falls back to the first row with two filled cells', () => {
		expect(findHeaderRow([['x'], ['a', 'b'], ['c', 'd']])).toBe(1);
	});
});

describe('saved mappings', () => {
	it('apply by header name, whatever the column order next time', () => {
		const saved = saveMapping('Järjestölista', ['Nimi', 'Sposti', 'Lisätieto'], {
			columns: ['person.name', 'person.email', ''],
			defaultSector: 'ngo'
		});
		expect(applySaved(saved, ['S-posti', 'Muu', 'NIMI'])).toEqual({
			columns: ['person.email', '', 'person.name'],
			defaultSector: 'ngo'
		});
		const list = withSaved(withSaved([], saved), { ...saved, defaultSector: 'parish' });
		expect(list).toHaveLength(1);
		expect(savedMappingsSchema.parse(JSON.parse(JSON.stringify(list)))).toEqual(list);
	});
	it('refuses a stored mapping naming a field that does not exist', () => {
		expect(
			savedMappingsSchema.safeParse([
				{ name: 'x', byHeader: { a: 'person.password' }, defaultSector: 'ngo' }
			]).success
		).toBe(false);
	});
});

describe('field labels', () => {
	it('every field has a label in every language', () => {
		for (const locale of LOCALES)
			for (const f of FIELD_KEYS)
				expect(
					(catalogue[locale].sheets.fields[partOf(f)] as Record<string, string>)[fieldOf(f)],
					`${locale} ${f}`
				).toBeTruthy();
	});
});
