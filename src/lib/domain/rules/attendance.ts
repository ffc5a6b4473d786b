/**
 * Attendance at the door: counts, and finding a name as it is typed. Pure.
 */
import type { Participant } from '../entities/meeting';
import type { Membership } from '../entities/membership';

export interface AttendanceCounts {
	invited: number;
	present: number;
	absent: number;
	unknown: number;
	walkIns: number;
}

export function attendanceCounts(participants: readonly Participant[]): AttendanceCounts {
	const c = { invited: 0, present: 0, absent: 0, unknown: 0, walkIns: 0 };
	for (const p of participants) {
		if (p.walkIn) c.walkIns++;
		else c.invited++;
		c[p.attendance]++;
	}
	return c;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();

/**
 * Whether every word of the query begins a word of one of the texts: "aino v"
 * finds "Aino Virtanen", "virt" finds her too, "ino" does not.
 */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
	const words = fold(query).split(' ').filter(Boolean);
	if (!words.length) return true;
	const hay = texts
		.filter((t): t is string => !!t)
		.flatMap((t) => fold(t).split(/[\s,–-]+/))
		.filter(Boolean);
	return words.every((w) => hay.some((h) => h.startsWith(w)));
}

/** Lower case, no diacritics, single spaces: "Päivi  Hämäläinen" → "paivi hamalainen". */
const plain = (s: string) => fold(s).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * Edits (Levenshtein) between `q` and the closest of: the whole `w`, or a
 * start of `w` at least as long as `q` ("virtnen" is 1 from "virtanen").
 * Stops early once every way is over `max` (returns max + 1).
 */
export function prefixDistance(q: string, w: string, max: number): number {
	const n = w.length;
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= q.length; i++) {
		const cur = [i];
		let min = i;
		for (let j = 1; j <= n; j++) {
			const v = Math.min(
				prev[j - 1] + (q[i - 1] === w[j - 1] ? 0 : 1),
				prev[j] + 1,
				cur[j - 1] + 1
			);
			cur.push(v);
			if (v < min) min = v;
		}
		if (min > max) return max + 1;
		prev = cur;
	}
	let best = prev[n];
	for (let j = q.length; j < n; j++) if (prev[j] < best) best = prev[j];
	return Math.min(best, max + 1);
}

/** Typos forgiven in a query word: one from four letters, two from seven. */
const typosFor = (word: string) => (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * How a name (or its organisation) answers a door search: 'exact' when every
 * query word begins a word (matchesQuery), 'typo' when every word does so
 * with diacritics ignored or a typo or two ("virtnen", "hamalainen"),
 * undefined when not at all. The door view lists the typo matches only when
 * nothing matches exactly.
 */
export function nameMatch(
	query: string,
	...texts: (string | undefined)[]
): 'exact' | 'typo' | undefined {
	if (matchesQuery(query, ...texts)) return 'exact';
	const words = plain(query).split(' ').filter(Boolean);
	const hay = texts
		.filter((t): t is string => !!t)
		.flatMap((t) => plain(t).split(/[\s,–-]+/))
		.filter(Boolean);
	const near = (w: string) =>
		hay.some((h) => h.startsWith(w) || prefixDistance(w, h, typosFor(w)) <= typosFor(w));
	return words.length && words.every(near) ? 'typo' : undefined;
}

/** Whether two names are the same person's by their letters (case and spacing ignored). */
export const sameName = (a: string, b: string) => fold(a) === fold(b);

/**
 * The people who sit in a body on a date (deleted and ended seats left out,
 * deputies too: they are invited when a member cannot come), each once.
 */
export function membersOnDate(
	memberships: readonly Pick<
		Membership,
		'bodyId' | 'personId' | 'role' | 'termStart' | 'termEnd' | 'deletedAt'
	>[],
	bodyId: string,
	date: string
): string[] {
	const ids = memberships
		.filter(
			(s) =>
				!s.deletedAt &&
				s.bodyId === bodyId &&
				s.role !== 'deputy' &&
				(!s.termStart || s.termStart <= date) &&
				(!s.termEnd || s.termEnd >= date)
		)
		.map((s) => s.personId);
	return [...new Set(ids)];
}
