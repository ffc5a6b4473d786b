/**
 * The directory search's way of matching a typed word, for short lists held in
 * memory (the pickers of people and organisations): the same folding (case
 * and ä/ö/å off, "soder" finds Söderlund, "makela" Mäkelä), the same match
 * qualities (whole word > start of a word > typo > inner part of a compound
 * name > anywhere inside), the same field weights (name above context) and
 * the same ä/ö preference. `directoryIndex.ts` scores with the quality
 * functions below, so a picker ranks as the directory does. Pure.
 */
import { prefixDistance } from '$lib/domain/rules/attendance';
import { compoundParts, fold, lower, PART_MIN, tokenize } from './normalize';

/** A query word that is a whole indexed word. */
export const EXACT_QUALITY = 1;
/** A query word that starts a longer word: the more of the word it covers, the better. */
export const prefixQuality = (typed: number, term: number) => 0.6 + (0.3 * typed) / term;
/** A whole word within `dist` typos. */
export const typoQuality = (dist: number) => 0.5 - 0.1 * dist;
/** The start of a longer word within `dist` typos ("parisuhe" → "parisuhdeneuvonta"). */
export const typoPrefixQuality = (dist: number) => 0.35 - 0.1 * dist;
/** An inner part of a compound word ("neuvonta" → "Parisuhdeneuvonta"). */
export const partQuality = (typed: number, part: number) => 0.7 + (0.3 * typed) / part;
/** Another word of the same theme (search/synonyms.ts): below the word typed itself. */
export const SYNONYM_QUALITY = 0.8;
/** Typos forgiven in a whole word: one from four letters, two from seven. */
export const typosFor = (word: string) => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);
/** Typos forgiven in the start of a word: one from five letters, two from eight. */
export const prefixTyposFor = (word: string) => (word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0);
/** A word typed without ä/ö matches one written with them a little lower than one without. */
export const UNTYPED_DIACRITICS = 0.9;
/** A word typed with ä/ö that a record has so, a little higher. */
export const TYPED_DIACRITICS = 1.3;
/** Below every way the directory matches: the typed letters somewhere inside a word. */
const INSIDE_QUALITY = 0.2;

/** Field weights of the directory: name > title > tags > compound part > context > text. */
export const WEIGHT = { name: 20, title: 16, tags: 12, part: 10, context: 8, text: 6 } as const;

interface Word {
	folded: string;
	lower: string;
	parts: string[];
}

const wordsOf = (text: string): Word[] =>
	tokenize(text).map((w) => ({ folded: fold(w), lower: lower(w), parts: compoundParts(w) }));

/**
 * How well one typed word matches one written word, as a score: the field's
 * weight (an inner part weighs what the directory gives parts) × the quality;
 * 0: not at all.
 */
function wordScore(f: string, w: Word, weight: number): number {
	const t = w.folded;
	if (t === f) return weight * EXACT_QUALITY;
	if (t.startsWith(f)) return weight * prefixQuality(f.length, t.length);
	let part = 0;
	if (weight >= WEIGHT.title && f.length >= PART_MIN)
		for (const p of w.parts)
			if (p.startsWith(f)) part = Math.max(part, WEIGHT.part * partQuality(f.length, p.length));
	if (part) return part;
	let best = 0;
	const typos = typosFor(f);
	if (typos && Math.abs(t.length - f.length) <= typos) {
		const d = prefixDistance(f, t, typos);
		// prefixDistance also counts a start of `t`; a whole-word typo needs the lengths close.
		if (d <= typos && d > 0) best = Math.max(best, typoQuality(d));
	}
	const pTypos = prefixTyposFor(f);
	if (!best && pTypos) {
		const d = prefixDistance(f, t, pTypos);
		if (d <= pTypos && d > 0) best = typoPrefixQuality(d);
	}
	if (!best && f.length >= 3 && t.includes(f)) best = INSIDE_QUALITY;
	return weight * best;
}

/**
 * The score of a record whose fields are `fields` (text with its weight) for
 * the query `text`: every query word must match some word (AND), each adds
 * its best weight × quality; 0 when a word matches nothing.
 */
export function textScore(text: string, fields: readonly [string, number][]): number {
	const query = tokenize(text);
	if (!query.length) return 0;
	const written = fields.map(([t, weight]) => ({ words: wordsOf(t), weight }));
	let total = 0;
	for (const raw of query) {
		const f = fold(raw);
		const typedDiacritics = f !== lower(raw);
		let best = 0;
		for (const { words, weight } of written)
			for (const w of words) {
				let s = wordScore(f, w, weight);
				if (!s) continue;
				const hasDiacritics = w.folded !== w.lower;
				if (!typedDiacritics && hasDiacritics) s *= UNTYPED_DIACRITICS;
				if (typedDiacritics && w.lower.startsWith(lower(raw))) s *= TYPED_DIACRITICS;
				if (s > best) best = s;
			}
		if (!best) return 0;
		total += best;
	}
	return total;
}

/**
 * The items that match `text`, best first; equal scores keep the items' own
 * order (the caller's alphabetical order). An empty text keeps every item.
 */
export function rankByText<T>(
	items: readonly T[],
	text: string,
	fields: (item: T) => [string, number][],
	limit = Infinity
): T[] {
	if (!tokenize(text).length) return items.slice(0, limit);
	const scored: { item: T; score: number; i: number }[] = [];
	items.forEach((item, i) => {
		const score = textScore(text, fields(item));
		if (score > 0) scored.push({ item, score, i });
	});
	scored.sort((a, b) => b.score - a.score || a.i - b.i);
	return scored.slice(0, limit).map((x) => x.item);
}

/** A picker's choices (a name with a detail such as a person's organisation) ranked for the typed text. */
export function rankOptions<T extends { label: string; detail?: string }>(
	options: readonly T[],
	text: string,
	limit = Infinity
): T[] {
	return rankByText(
		options,
		text,
		(o) => [
			[o.label, WEIGHT.name],
			[o.detail ?? '', WEIGHT.context]
		],
		limit
	);
}
