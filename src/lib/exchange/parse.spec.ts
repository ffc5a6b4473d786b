import { describe, expect, it, vi } from 'vitest';
import { parseExportText } from './parse';
import { ImportRefused, type ImportProblem } from './problems';
import { FORMAT_VERSION, LIMITS } from './format';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { fileFor, withChecksum } from '$lib/testing/exchange';
import { catalogue } from '$lib/testing/messages';
import { describeImportProblem } from '$lib/i18n/problems';

// Whole networks in fake IndexedDB: generous time on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const refusal = async (text: string, byteSize?: number): Promise<ImportProblem[]> => {
	try {
		await parseExportText(text, { byteSize });
	} catch (e) {
		expect(e).toBeInstanceOf(ImportRefused);
		return (e as ImportRefused).problems;
	}
	throw new Error('the file was accepted');
};
const fi = (p: ImportProblem) => describeImportProblem(catalogue.fi, p, 'fi');
const good = () => fileFor(sampleDataSet());
/** A valid file changed by `change`, with a checksum a hostile sender would recompute. */
async function hostile(change: (file: Record<string, unknown>) => void): Promise<string> {
	const file = JSON.parse(await good());
	change(file);
	return withChecksum(file);
}

describe('reading an export file', () => {
	it('accepts a good file, also re-indented or with a byte order mark', async () => {
		const text = await good();
		const parsed = await parseExportText(text);
		expect(parsed.data.organisations).toEqual(sampleDataSet().organisations);
		expect(parsed.header.exporter).toEqual({ name: 'Testi' });
		await expect(parseExportText(JSON.stringify(JSON.parse(text), null, 2))).resolves.toBeDefined();
		await expect(parseExportText('\ufeff' + text)).resolves.toBeDefined();
	});

	it('refuses empty, oversized, cut-off and non-export files with a plain message', async () => {
		expect(fi((await refusal(''))[0])).toBe('Tiedosto on tyhjä.');
		const [big] = await refusal('{}', LIMITS.fileBytes + 1);
		expect(big.code).toBe('tooLarge');
		expect(fi(big)).toMatch(/^Tiedosto on liian suuri \(209,7 MB\); enintään 209,7 MB/);
		const text = await good();
		const [cut] = await refusal(text.slice(0, text.length / 2));
		expect(cut.code).toBe('notJson');
		expect(fi(cut)).toMatch(/ei ole kelvollista JSON-muotoa \(rivi 1\)/);
		expect((await refusal('{"hello": "world"}'))[0].code).toBe('notExport');
		expect((await refusal('[1,2,3]'))[0].code).toBe('notExport');
	});

	it('refuses a file from a newer app with a clear message', async () => {
		const file = JSON.parse(await good());
		const newer = FORMAT_VERSION + 1;
		const [p] = await refusal(JSON.stringify({ ...file, formatVersion: newer }));
		expect(p.code).toBe('newerFormat');
		expect(fi(p)).toBe(
			`Tiedosto on tehty Verkoston uudemmalla versiolla (tiedostomuoto ${newer}). Päivitä sovellus ja yritä uudelleen.`
		);
		for (const v of [0, 1.5, '1', null])
			expect((await refusal(JSON.stringify({ ...file, formatVersion: v })))[0].code).toBe(
				'badVersion'
			);
	});

	it('refuses prototype keys anywhere, naming record and field', async () => {
		const text = await good();
		const proto = text.replace(
			'"name":"Nokian seurakunta"',
			'"__proto__":{"x":1},"name":"Nokian seurakunta"'
		);
		const [p] = await refusal(proto);
		expect(p).toMatchObject({ code: 'forbiddenKey', entity: 'organisations', value: '__proto__' });
		expect(fi(p)).toBe('Organisaatio «Nokian seurakunta»: kielletty kentän nimi «__proto__»');
		const nested = text.replace('"postalCode":"37100"', '"postalCode":"37100","constructor":{}');
		expect(fi((await refusal(nested))[0])).toBe(
			'Palvelu «Parisuhdeillat», kenttä osoite: kielletty kentän nimi «constructor»'
		);
		const envelope = text.replace('"exporter":{', '"exporter":{"prototype":1,');
		expect((await refusal(envelope))[0]).toMatchObject({
			code: 'forbiddenKey',
			path: 'exporter.prototype'
		});
		// Nothing leaked onto Object.prototype while reading.
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('refuses deep nesting without running out of stack', async () => {
		const deep = '['.repeat(200_000) + ']'.repeat(200_000);
		expect((await refusal(deep))[0].code).toBe('tooDeep');
		const text = await hostile((f) => {
			let v: unknown = 'x';
			for (let i = 0; i < 50; i++) v = [v];
			(f.data as { regions: Record<string, unknown>[] }).regions[0].description = v;
		});
		const [p] = await refusal(text);
		expect(p).toMatchObject({ code: 'tooDeep', entity: 'regions' });
		expect(fi(p)).toMatch(/^Alue «Läntinen alue», kenttä kuvaus: tiedot ovat sisäkkäin/);
	});

	it('refuses invalid dates, javascript: links and wrong types, naming record and field', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.organisations[0].website = 'javascript:alert(1)';
			d.regions[0].updatedAt = '2026-02-30T10:00:00Z';
			d.persons[0].fictional = 'yes';
			d.services[0].minAge = '18';
			d.knowledgeSources[0].sneaky = 1;
		});
		const problems = await refusal(text);
		expect(problems.map(fi)).toEqual([
			'Alue «Läntinen alue», kenttä muokattu: väärä muoto',
			'Organisaatio «Nokian seurakunta», kenttä verkkosivu: linkin pitää alkaa http:// tai https://',
			'Henkilö «Aino Esimerkki», kenttä kuvitteellinen: väärän tyyppinen arvo',
			'Palvelu «Parisuhdeillat», kenttä alaikäraja: väärän tyyppinen arvo',
			'Tietolähde «Kouluterveyskysely», kenttä sneaky: tuntematon kenttä'
		]);
		// The same sentence in Swedish and English.
		const link = problems[1];
		expect(describeImportProblem(catalogue.sv, link, 'sv')).toMatch(
			/^Organisation «Nokian seurakunta», fält/
		);
		expect(describeImportProblem(catalogue.en, link, 'en')).toMatch(
			/^Organisation “Nokian seurakunta”, field/
		);
	});

	it('refuses duplicate ids, unknown tables and withheld fields that are not personal data', async () => {
		const dup = await hostile((f) => {
			const d = f.data as Record<string, unknown[]>;
			d.regions.push(d.regions[0]);
			(f.counts as Record<string, number>).regions = 2;
		});
		expect((await refusal(dup))[0]).toMatchObject({ code: 'duplicateId', id: uuid(1) });
		const table = await hostile((f) => ((f.data as Record<string, unknown>).secrets = []));
		expect((await refusal(table))[0]).toMatchObject({ code: 'envelope', path: 'data.secrets' });
		const withheld = await hostile(
			(f) => ((f.sync as Record<string, unknown>).withheld = { regions: { [uuid(1)]: ['name'] } })
		);
		expect((await refusal(withheld))[0]).toMatchObject({
			code: 'withheldField',
			entity: 'regions'
		});
	});

	it('refuses a file whose content was changed after the export (checksum)', async () => {
		const text = await good();
		const changed = text.replace('Läntinen alue', 'Itäinen alue');
		const problems = await refusal(changed);
		expect(problems.map((p) => p.code)).toEqual(['checksum']);
		expect(fi(problems[0])).toMatch(/tarkistussumma ei täsmää/);
	});

	it('lists at most a screenful of problems and counts the rest', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			for (let i = 0; i < 100; i++)
				d.regions.push({ ...d.regions[0], id: uuid(1000 + i), name: '' });
			(f.counts as Record<string, number>).regions = 101;
		});
		try {
			await parseExportText(text);
			throw new Error('accepted');
		} catch (e) {
			expect((e as ImportRefused).problems).toHaveLength(LIMITS.issues);
			expect((e as ImportRefused).total).toBe(100);
		}
	});
});

describe('values that would corner the receiver', () => {
	it('refuses a version no later edit could follow, naming record and field', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.regions[0].version = Number.MAX_SAFE_INTEGER;
		});
		const problems = await refusal(text);
		expect(problems.map(fi)).toEqual([
			'Alue «Läntinen alue», kenttä versio: liian pitkä tai suuri'
		]);
	});

	it('refuses record times later than the export, and an export time in the future', async () => {
		const future = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.regions[0].updatedAt = '9999-12-31T23:59:59.999+14:00';
			d.persons[0].createdAt = '2026-09-03T08:00:00.000Z';
		});
		const problems = await refusal(future);
		expect(problems.map((p) => [p.code, p.entity, p.path])).toEqual([
			['futureTime', 'regions', 'updatedAt'],
			['futureTime', 'persons', 'createdAt']
		]);
		expect(fi(problems[0])).toBe(
			'Alue «Läntinen alue», kenttä muokattu: aika on myöhempi kuin tiedoston vientiaika 1.9.2026 klo 11.00'
		);
		// A day of clock drift between two laptops is not a forgery.
		const drift = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.regions[0].updatedAt = '2026-09-02T07:00:00.000Z';
		});
		await expect(parseExportText(drift)).resolves.toBeDefined();
		// The export time itself cannot run ahead of this device's clock either.
		const ahead = await hostile((f) => (f.exportedAt = '9999-12-31T23:59:59.999+14:00'));
		const p = await refusal(ahead);
		expect(p.map((x) => x.code)).toEqual(['futureExport']);
		expect(fi(p[0])).toMatch(/^Tiedoston vientiaika .*9999.* on tulevaisuudessa/);
		await expect(
			parseExportText(ahead, { now: Date.parse('9999-12-31T12:00:00Z') })
		).resolves.toBeDefined();
	});

	it('refuses one id used for records of two kinds, naming both', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.persons[0].id = uuid(4); // the organisation's id
			const anc = (f.sync as { ancestry: Record<string, Record<string, unknown>> }).ancestry;
			anc.persons = { [uuid(4)]: anc.persons[uuid(5)] };
		});
		const problems = await refusal(text);
		expect(problems[0]).toMatchObject({ code: 'idInOtherEntity', entity: 'persons', id: uuid(4) });
		expect(fi(problems[0])).toBe(
			'Henkilö «Aino Esimerkki»: sama tunniste on tiedostossa jo toisella tiedolla: organisaatio «Nokian seurakunta»'
		);
		expect(describeImportProblem(catalogue.en, problems[0], 'en')).toMatch(
			/organisation “Nokian seurakunta”|organisation «Nokian seurakunta»/
		);
	});

	it('refuses two municipalities with one code, naming both and the field', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.municipalities.push({ ...d.municipalities[0], id: uuid(900), name: 'Nokia 2' });
			(f.counts as Record<string, number>).municipalities = 2;
		});
		const problems = await refusal(text);
		expect(problems.map(fi)).toEqual([
			'Kunta «Nokia 2», kenttä kuntanumero: kuntanumero 536 on tiedostossa jo kunnalla «Nokia»'
		]);
	});
});

describe('spellings that would hide a second record or spoof a name', () => {
	it('reads ids in lower case: a twin in upper case is the same id, and refused as a duplicate', async () => {
		const lower = 'abcdef00-0000-4000-8000-00000000000a';
		const twin = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.organisations[0].id = lower;
			d.organisations.push({
				...d.organisations[0],
				id: lower.toUpperCase(),
				name: 'Toinen',
				businessId: undefined
			});
			(f.counts as Record<string, number>).organisations = 2;
		});
		expect((await refusal(twin))[0]).toMatchObject({ code: 'duplicateId', id: lower });
		const upper = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.organisations[0].id = lower.toUpperCase();
			d.services[0].organisationId = lower.toUpperCase();
		});
		const file = await parseExportText(upper);
		expect(file.data.organisations![0].id).toBe(lower);
		expect(file.data.services![0].organisationId).toBe(lower);
	});

	it('drops control, bidirectional and zero-width characters from names', async () => {
		const text = await hostile((f) => {
			const d = f.data as Record<string, Record<string, unknown>[]>;
			d.organisations[0].name = 'Nokian \u202Eakkuruoles\u202C \u0000 \u200B';
		});
		const file = await parseExportText(text);
		expect(file.data.organisations![0].name).toBe('Nokian akkuruoles');
	});
});
