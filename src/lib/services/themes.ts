/**
 * The themes' synonyms (a setting of this device, see domain/themeSynonyms):
 * saving one theme's words, or putting back the app's own list. One
 * transaction reads and writes the whole setting, so two tabs saving two
 * themes at once both keep theirs.
 */
import type { VerkostoDb } from '$lib/db/database';
import { getMeta, setMeta } from '$lib/db/meta';
import type { Theme } from '$lib/domain/fields';
import {
	THEME_SYNONYMS_KEY,
	themeSynonymsSchema,
	synonymWordsSchema,
	type SynonymWords,
	type ThemeSynonyms
} from '$lib/domain/themeSynonyms';

/** Saves a theme's synonyms; `undefined` puts back the app's own list. Refuses invalid words (zod). */
export async function saveThemeSynonyms(
	db: VerkostoDb,
	theme: Theme,
	words: SynonymWords | undefined
): Promise<void> {
	const clean = words === undefined ? undefined : synonymWordsSchema.parse(words);
	await db.transaction('rw', db.meta, async () => {
		const parsed = themeSynonymsSchema.safeParse((await getMeta(db, THEME_SYNONYMS_KEY)) ?? {});
		const next: ThemeSynonyms = { ...(parsed.success ? parsed.data : {}) };
		if (clean) next[theme] = clean;
		else delete next[theme];
		await setMeta(db, THEME_SYNONYMS_KEY, themeSynonymsSchema.parse(next));
	});
}
