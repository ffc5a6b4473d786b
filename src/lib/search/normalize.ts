/**
 * Finnish-aware text normalisation for the directory search.
 *
 * - `fold` makes matching case- and diacritic-insensitive (ä→a, ö→o, å→a, é→e);
 *   the unfolded lower-case form is indexed separately so that exact ä/ö rank higher.
 * - `compoundParts` splits long words at Finnish syllable boundaries, where every
 *   compound boundary lies, so that an inner part of a compound word is found
 *   ("neuvonta" → "Parisuhdeneuvonta") without a dictionary of Finnish words.
 * Pure: no browser globals.
 */

/** Lower-case without diacritics: "Päiväkoti" → "paivakoti". */
export function fold(s: string): string {
	return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Lower-case, diacritics kept (NFC, so "ä" is one character). */
export function lower(s: string): string {
	return s.normalize('NFC').toLowerCase();
}

/**
 * Words of a text: runs of letters and digits. One-letter words are dropped
 * ("MLL:n" → "MLL"), numbers are kept.
 */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
		if (!w) continue;
		if (w.length === 1 && !/\p{N}/u.test(w)) continue;
		out.push(w);
	}
	return out;
}

const VOWELS = new Set('aeiouy');
/** Vowel pairs that stay in one syllable (folded): diphthongs and long vowels. */
const DIPHTHONGS = new Set([
	'ai',
	'ei',
	'oi',
	'ui',
	'yi',
	'au',
	'eu',
	'iu',
	'ou',
	'ey',
	'iy',
	'ay',
	'oy',
	'ie',
	'uo',
	'yo',
	'aa',
	'ee',
	'ii',
	'oo',
	'uu',
	'yy'
]);

/** Shortest word split into parts, shortest part kept, shortest head left before a part. */
export const PART_MIN_WORD = 6;
export const PART_MIN = 3;
const HEAD_MIN = 2;

/**
 * The tails of a folded word that start at a syllable boundary: a consonant
 * followed by a vowel, or a vowel after a vowel that does not form a diphthong.
 * "parisuhdeneuvonta" → risuhdeneuvonta, suhdeneuvonta, deneuvonta, neuvonta, vonta.
 */
export function compoundParts(word: string): string[] {
	const w = fold(word);
	if (w.length < PART_MIN_WORD) return [];
	const out: string[] = [];
	for (let p = HEAD_MIN; p <= w.length - PART_MIN; p++) {
		const prev = w[p - 1];
		const cur = w[p];
		const next = w[p + 1];
		const cv = !VOWELS.has(cur) && VOWELS.has(next) && /\p{L}/u.test(cur);
		const vv = VOWELS.has(prev) && VOWELS.has(cur) && !DIPHTHONGS.has(prev + cur);
		if (cv || vv) out.push(w.slice(p));
	}
	return out;
}

/** Whether a query contains letters that folding changes (ä, ö, å, é …). */
export const hasDiacritics = (s: string) => fold(s) !== s.toLowerCase();
