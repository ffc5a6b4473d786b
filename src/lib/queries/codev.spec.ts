import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import { loadGroupDiscussion } from './codev';
import { openTestDb } from '$lib/testing/db';

const demo = buildDemoNetwork();
let db: VerkostoDb;
beforeAll(async () => {
	db = await openTestDb(demo);
});
afterAll(() => db.delete());
const ROUND = demoId('round:2024');
const WEST = demoId('body:regional-west');

describe('loadGroupDiscussion', () => {
	it("gives the round's focus themes in its order and only this group's discussions", async () => {
		const data = (await loadGroupDiscussion(ROUND, WEST, db))!;
		expect(data.round.id).toBe(ROUND);
		expect(data.body.id).toBe(WEST);
		expect(data.themes.map((t) => t.id)).toEqual(data.round.focusThemeIds);
		expect(data.discussions.length).toBeGreaterThan(0);
		expect(data.discussions.every((d) => d.roundId === ROUND && d.bodyId === WEST)).toBe(true);
	});

	it('leaves out a deleted theme and a deleted discussion', async () => {
		const theme = (await db.assessmentThemes.get(defaultThemeId(2)))!;
		const discussion = (await loadGroupDiscussion(ROUND, WEST, db))!.discussions[0];
		await db.assessmentThemes.put({ ...theme, deletedAt: '2026-01-01T00:00:00.000Z' });
		await db.discussions.put({ ...discussion, deletedAt: '2026-01-01T00:00:00.000Z' });
		try {
			const data = (await loadGroupDiscussion(ROUND, WEST, db))!;
			expect(data.themes.map((t) => t.id)).toEqual([defaultThemeId(1), defaultThemeId(5)]);
			expect(data.discussions.map((d) => d.id)).not.toContain(discussion.id);
		} finally {
			await db.assessmentThemes.put(theme);
			await db.discussions.put(discussion);
		}
	});

	it('is null for a missing round or a deleted group', async () => {
		expect(await loadGroupDiscussion(demoId('round:nope'), WEST, db)).toBeNull();
		const body = (await db.bodies.get(WEST))!;
		await db.bodies.put({ ...body, deletedAt: '2026-01-01T00:00:00.000Z' });
		try {
			expect(await loadGroupDiscussion(ROUND, WEST, db)).toBeNull();
		} finally {
			await db.bodies.put(body);
		}
	});
});
