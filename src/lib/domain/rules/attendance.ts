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
