/**
 * Follow-up tasks across meetings: who owes what by when. Pure; `today` is a
 * Helsinki date (YYYY-MM-DD).
 */
import type { FollowUp, Meeting } from '../entities/meeting';
import { fiCollator } from '../records';
import { compareIso } from '../time';

export interface FollowUpRow {
	meetingId: string;
	meetingTitle: string;
	meetingStart: string;
	followUp: FollowUp;
	/** Not done and its due date has passed. */
	overdue: boolean;
}

export interface FollowUpFilter {
	includeDone?: boolean;
	/** A person's id, or 'none' for tasks nobody owns. */
	ownerId?: string;
}

/** Tasks by due date (undated last), then by the meeting they came from. */
export function followUpRows(
	meetings: readonly Pick<Meeting, 'id' | 'title' | 'start' | 'followUps' | 'deletedAt'>[],
	today: string,
	f: FollowUpFilter = {}
): FollowUpRow[] {
	const rows: FollowUpRow[] = [];
	for (const m of meetings) {
		if (m.deletedAt) continue;
		for (const fu of m.followUps) {
			if (fu.done && !f.includeDone) continue;
			if (f.ownerId === 'none' ? fu.ownerPersonId : f.ownerId && fu.ownerPersonId !== f.ownerId)
				continue;
			rows.push({
				meetingId: m.id,
				meetingTitle: m.title,
				meetingStart: m.start,
				followUp: fu,
				overdue: !fu.done && !!fu.dueDate && fu.dueDate < today
			});
		}
	}
	return rows.sort(
		(a, b) =>
			compareIso(a.followUp.dueDate ?? '9999', b.followUp.dueDate ?? '9999') ||
			compareIso(a.meetingStart, b.meetingStart)
	);
}

/** Rows grouped by owner, owners in Finnish alphabetical order, tasks with no owner last. */
export function groupByOwner(
	rows: readonly FollowUpRow[],
	nameOf: (personId: string) => string
): { ownerId?: string; rows: FollowUpRow[] }[] {
	const groups = new Map<string, FollowUpRow[]>();
	for (const r of rows) {
		const k = r.followUp.ownerPersonId ?? '';
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (!a ? 1 : !b ? -1 : fiCollator.compare(nameOf(a), nameOf(b))))
		.map(([k, rs]) => ({ ...(k ? { ownerId: k } : {}), rows: rs }));
}
