/**
 * The door view's decisions, pure: which invited people a typed name shows
 * (a typo forgiven only when nothing matches exactly), what Enter does, and
 * what a click on a mark sets.
 */
import type { Participant } from '$lib/domain/entities';
import { nameMatch } from '$lib/domain/rules/attendance';

export type Attendance = Participant['attendance'];
export type DoorFilter = 'all' | Attendance;

export interface DoorRow {
	personId: string;
	name: string;
	organisation?: string;
	attendance: Attendance;
}

/**
 * The rows to show for a filter and a typed name: names (or organisations)
 * that start like it; when there are none, those within a typo (`near`).
 */
export function doorMatches<R extends DoorRow>(
	rows: readonly R[],
	query: string,
	show: DoorFilter
): { rows: R[]; near: boolean } {
	const shown = rows.filter((r) => show === 'all' || r.attendance === show);
	if (!query.trim()) return { rows: shown, near: false };
	const quality = shown.map((r) => nameMatch(query, r.name, r.organisation));
	const exact = shown.filter((_, i) => quality[i] === 'exact');
	if (exact.length) return { rows: exact, near: false };
	const near = shown.filter((_, i) => quality[i] === 'typo');
	return { rows: near, near: near.length > 0 };
}

/**
 * What Enter in the search box does: nothing on an empty box; marks the one
 * person shown present (or says they already are); with none or several
 * shown, marks nobody and says so.
 */
export type EnterAction<R> =
	| { kind: 'ignore' }
	| { kind: 'none' }
	| { kind: 'many'; count: number }
	| { kind: 'already'; row: R }
	| { kind: 'mark'; row: R };

export function enterAction<R extends DoorRow>(
	visible: readonly R[],
	query: string
): EnterAction<R> {
	if (!query.trim()) return { kind: 'ignore' };
	if (visible.length === 0) return { kind: 'none' };
	if (visible.length > 1) return { kind: 'many', count: visible.length };
	const row = visible[0];
	return row.attendance === 'present' ? { kind: 'already', row } : { kind: 'mark', row };
}

/** Pressing the chosen mark again clears it (a mis-click at a busy door). */
export const toggledMark = (current: Attendance, pressed: Exclude<Attendance, 'unknown'>) =>
	current === pressed ? 'unknown' : pressed;

/** Who is on the list already (invited or added at the door). */
export const personIds = (rows: readonly DoorRow[]): ReadonlySet<string> =>
	new Set(rows.map((r) => r.personId));
