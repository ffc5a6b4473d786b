/**
 * The themes page: each service theme with its synonyms in effect (and
 * whether they are the app's own), the expert networks that cover it and how
 * many services have it.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { getMeta } from '$lib/db/meta';
import type { Body } from '$lib/domain/entities';
import { THEMES, type Theme } from '$lib/domain/fields';
import { isLive, sortByName } from '$lib/domain/records';
import {
	THEME_SYNONYMS_KEY,
	themeSynonymsSchema,
	type SynonymWords,
	type ThemeSynonyms
} from '$lib/domain/themeSynonyms';
import { synonymsInEffect } from '$lib/search/synonyms';

/** The stored synonyms (none when the setting is missing or unreadable). */
export async function storedSynonyms(database: VerkostoDb = db()): Promise<ThemeSynonyms> {
	const parsed = themeSynonymsSchema.safeParse((await getMeta(database, THEME_SYNONYMS_KEY)) ?? {});
	return parsed.success ? parsed.data : {};
}

export interface ThemeRow {
	theme: Theme;
	synonyms: SynonymWords;
	/** The app's own list (nothing stored for this theme). */
	ownList: boolean;
	networks: Pick<Body, 'id' | 'name'>[];
	services: number;
}

export async function themeRows(database: VerkostoDb = db()): Promise<ThemeRow[]> {
	const stored = await storedSynonyms(database);
	const inEffect = synonymsInEffect(stored);
	const bodies = (await database.bodies.toArray()).filter(
		(b) => isLive(b) && b.kind === 'expert_network' && b.themes?.length
	);
	const counts = new Map<string, number>();
	for (const s of await database.services.toArray())
		if (isLive(s)) for (const t of s.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
	return THEMES.map((theme) => ({
		theme,
		synonyms: inEffect[theme],
		ownList: !stored[theme],
		networks: sortByName(bodies.filter((b) => b.themes!.includes(theme))).map((b) => ({
			id: b.id,
			name: b.name
		})),
		services: counts.get(theme) ?? 0
	}));
}

/** One theme's synonyms in effect, for the referral view's search. */
export async function synonymsOf(theme: Theme, database: VerkostoDb = db()): Promise<string[]> {
	const words = synonymsInEffect(await storedSynonyms(database))[theme];
	return [...words.fi, ...words.sv];
}
