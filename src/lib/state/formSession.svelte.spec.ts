/**
 * The form session every editor uses, over the app's database (fake-indexeddb):
 * it opens on the stored record once, writes only what the user changed, shows
 * a change made elsewhere to the same field as a conflict with the stored
 * value, gives field errors in the user's language, and tells and moves the
 * user on only when the save went through.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/connection';
import type { Region } from '$lib/domain/entities';
import { catalogue } from '$lib/testing/messages';
import { saveRecord } from '$lib/services/records';
import { FormSession } from './formSession.svelte';
import type { NoticeKind } from './app.svelte';

const fi = catalogue.fi;
type Form = { name: string; county: string };
const toForm = (r: Region): Form => ({ name: r.name, county: r.county ?? '' });

let notices: [NoticeKind, string][];
let went: string[];

function session(id?: string) {
	return new FormSession({
		entity: 'regions',
		id,
		toForm,
		empty: () => ({ name: '', county: '' }),
		write: (f: Form, edit) =>
			saveRecord('regions', { name: f.name, county: f.county || undefined }, edit),
		saved: (m) => m.network.saved,
		to: (r) => `/network/regions/${r.id}`,
		notify: (kind, text) => void notices.push([kind, text]),
		navigate: async (href) => void went.push(href)
	});
}

vi.setConfig({ testTimeout: 30_000 });
beforeAll(async () => {
	await db().open();
});
beforeEach(async () => {
	notices = [];
	went = [];
	await db().regions.clear();
});

const stored = (name: string, county?: string) =>
	saveRecord('regions', { name, ...(county ? { county } : {}) });

describe('a new record', () => {
	it('starts from the empty form, saves, tells the user and goes to the record', async () => {
		const s = session();
		await s.loaded;
		expect(s.ready).toBe(true);
		expect(s.editing).toBe(false);
		expect(s.values).toEqual({ name: '', county: '' });
		s.values!.name = 'Pirkanmaa';
		const saved = await s.save(fi, s.values!);
		expect(saved?.name).toBe('Pirkanmaa');
		expect(await db().regions.get(saved!.id)).toMatchObject({ name: 'Pirkanmaa' });
		expect(notices).toEqual([['success', fi.network.saved]]);
		expect(went).toEqual([`/network/regions/${saved!.id}`]);
		expect(s.busy).toBe(false);
	});

	it('gives field errors in the UI language and writes nothing', async () => {
		for (const locale of ['fi', 'sv', 'en'] as const) {
			const m = catalogue[locale];
			const s = session();
			expect(await s.save(m, { name: '', county: '' })).toBeUndefined();
			expect(s.errors.name).toBe(m.common.validation.required);
			expect(notices.at(-1)?.[0]).toBe('error');
			expect(notices.at(-1)?.[1]).toContain(m.common.storage.validation);
		}
		expect(await db().regions.count()).toBe(0);
		expect(went).toEqual([]);
	});
});

describe('an edit', () => {
	it('reads the record once and fills the form from it', async () => {
		const r = await stored('Pirkanmaa', 'Tampere');
		const s = session(r.id);
		expect(s.ready).toBe(false);
		await s.loaded;
		expect(s.ready).toBe(true);
		expect(s.record?.id).toBe(r.id);
		expect(s.values).toEqual({ name: 'Pirkanmaa', county: 'Tampere' });
	});

	it('says there is nothing to edit for an unknown or deleted record', async () => {
		const r = await stored('Poistettava');
		await db().regions.put({ ...r, deletedAt: '2026-01-01T00:00:00.000Z' });
		for (const id of [r.id, 'no-such-id']) {
			const s = session(id);
			await s.loaded;
			expect(s.record).toBeNull();
			expect(s.ready).toBe(false);
		}
	});

	it('writes only what the user changed: a change made elsewhere meanwhile survives', async () => {
		const r = await stored('Pirkanmaa', 'Tampere');
		const s = session(r.id);
		await s.loaded;
		// Another tab renames the county while the form is open.
		await saveRecord('regions', { county: 'Nokia' }, { id: r.id, base: r });
		s.values!.name = 'Pirkanmaan hyvinvointialue';
		await s.save(fi, s.values!);
		expect(await db().regions.get(r.id)).toMatchObject({
			name: 'Pirkanmaan hyvinvointialue',
			county: 'Nokia'
		});
		expect(notices).toEqual([['success', fi.network.saved]]);
	});

	it('refuses a field changed both here and elsewhere, shows the stored value, then keeps or takes', async () => {
		const r = await stored('Pirkanmaa', 'Tampere');
		const s = session(r.id);
		await s.loaded;
		await saveRecord('regions', { county: 'Nokia' }, { id: r.id, base: r });
		s.values!.county = 'Ylöjärvi';

		expect(await s.save(fi, s.values!)).toBeUndefined();
		expect(s.base?.conflicts).toEqual({ county: { stored: 'Nokia' } });
		expect(notices).toEqual([['error', fi.common.storage.conflict]]);
		expect(went).toEqual([]);
		expect((await db().regions.get(r.id))?.county).toBe('Nokia');

		// Keeping the form's value: the next save goes over the stored one.
		s.base!.keep('county');
		expect(s.base?.pending).toBe(false);
		await s.save(fi, s.values!);
		expect((await db().regions.get(r.id))?.county).toBe('Ylöjärvi');
	});

	it('takes the stored value into the form', async () => {
		const r = await stored('Pirkanmaa', 'Tampere');
		const s = session(r.id);
		await s.loaded;
		await saveRecord('regions', { county: 'Nokia' }, { id: r.id, base: r });
		s.values!.county = 'Ylöjärvi';
		await s.save(fi, s.values!);
		s.take('county')(s.base!.take('county'));
		expect(s.values).toEqual({ name: 'Pirkanmaa', county: 'Nokia' });
		// Nothing left to change: the save writes no new version.
		const before = (await db().regions.get(r.id))!.version;
		await s.save(fi, s.values!);
		expect((await db().regions.get(r.id))!.version).toBe(before);
	});

	it('opens on a record the page already has, without reading it again', async () => {
		const r = await stored('Pirkanmaa');
		const s = session();
		s.open(r);
		expect(s.record?.name).toBe('Pirkanmaa');
		expect(s.values).toEqual({ name: 'Pirkanmaa', county: '' });
		const opened = new FormSession({
			entity: 'regions',
			record: r,
			write: (f: { name: string }, edit) => saveRecord('regions', f, edit),
			notify: (kind, text) => void notices.push([kind, text])
		});
		expect(opened.editing && opened.ready).toBe(true);
		await opened.save(fi, { name: 'Uusi nimi' });
		expect((await db().regions.get(r.id))?.name).toBe('Uusi nimi');
		// No `saved` text: a quiet save, no notice and no move.
		expect(notices).toEqual([]);
	});
});

describe('a conflict on a reference', () => {
	it('names the record the stored value points to, for the note beside the field', async () => {
		const [west, south, north] = await Promise.all(
			['Läntinen', 'Eteläinen', 'Pohjoinen'].map((n) => stored(n))
		);
		const town = await saveRecord('municipalities', {
			code: '536',
			name: 'Nokia',
			regionId: west.id
		});
		const s = new FormSession({
			entity: 'municipalities',
			id: town.id,
			notify: (kind, text) => void notices.push([kind, text])
		});
		await s.loaded;
		await saveRecord('municipalities', { regionId: south.id }, { id: town.id, base: town });
		await s.save(fi, { code: '536', name: 'Nokia', regionId: north.id });
		expect(s.base?.conflicts).toEqual({ regionId: { stored: south.id } });
		expect(s.base?.refs).toEqual({ [south.id]: 'Eteläinen' });
	});
});
