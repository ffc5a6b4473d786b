import { afterEach, describe, expect, it } from 'vitest';
import type { VerkostoDb } from '$lib/db/database';
import { setMeta } from '$lib/db/meta';
import { openTestDb } from '$lib/testing/db';
import { getAccessibilityStatement, STATEMENT_KEY } from '$lib/queries/accessibility';
import { setAccessibilityStatement } from './accessibility';

let db: VerkostoDb;
afterEach(() => db?.delete());

describe('the accessibility statement setting', () => {
	it('is empty until filled in, then reads back as saved', async () => {
		db = await openTestDb();
		expect(await getAccessibilityStatement(db)).toEqual({});
		await setAccessibilityStatement(db, {
			organisation: 'Pirkanmaan hyvinvointialue',
			email: 'saavutettavuus@pirha.fi',
			assessedOn: '2026-11-30',
			nonConformities: 'Verkostokartta ei toimi ruudunlukijalla.'
		});
		expect(await getAccessibilityStatement(db)).toEqual({
			organisation: 'Pirkanmaan hyvinvointialue',
			email: 'saavutettavuus@pirha.fi',
			assessedOn: '2026-11-30',
			nonConformities: 'Verkostokartta ei toimi ruudunlukijalla.'
		});
	});

	it('refuses a bad e-mail address and keeps what was stored', async () => {
		db = await openTestDb();
		await setAccessibilityStatement(db, { email: 'palaute@pirha.fi' });
		await expect(setAccessibilityStatement(db, { email: 'palaute at pirha' })).rejects.toThrow();
		expect(await getAccessibilityStatement(db)).toEqual({ email: 'palaute@pirha.fi' });
	});

	it('reads a damaged setting as not filled in rather than failing the page', async () => {
		db = await openTestDb();
		await setMeta(db, STATEMENT_KEY, { email: 42, extra: true });
		expect(await getAccessibilityStatement(db)).toEqual({});
	});
});
