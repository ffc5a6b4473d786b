/**
 * The information flow between a body and the organisations its members
 * represent: each representative gathers input from their organisation before
 * a meeting and reports back after it. Who is a representative at a meeting,
 * and who has not reported back. Pure; `today` is a Helsinki date.
 */
import type { Meeting, Participant } from '../entities/meeting';
import type { Membership } from '../entities/membership';
import { addDays, compareIso } from '../time';

type Seat = Pick<
	Membership,
	| 'id'
	| 'bodyId'
	| 'personId'
	| 'termStart'
	| 'termEnd'
	| 'representsOrganisationId'
	| 'representsText'
	| 'representsCategory'
	| 'deletedAt'
>;

const speaksFor = (s: Seat) =>
	!!(s.representsOrganisationId || s.representsText || s.representsCategory);

/** The person's seat in the body on that date, when it represents someone. */
export function representativeSeat<S extends Seat>(
	memberships: readonly S[],
	bodyId: string | undefined,
	personId: string,
	date: string
): S | undefined {
	if (!bodyId) return undefined;
	return memberships.find(
		(s) =>
			!s.deletedAt &&
			s.bodyId === bodyId &&
			s.personId === personId &&
			(!s.termStart || s.termStart <= date) &&
			(!s.termEnd || s.termEnd >= date) &&
			speaksFor(s)
	);
}

/** The meeting's participants who sit in its body for someone (empty for a standalone event). */
export function representatives<S extends Seat>(
	meeting: Pick<Meeting, 'bodyId' | 'start' | 'participants'>,
	memberships: readonly S[]
): { participant: Participant; seat: S }[] {
	const date = meeting.start.slice(0, 10);
	return meeting.participants.flatMap((participant) => {
		const seat = representativeSeat(memberships, meeting.bodyId, participant.personId, date);
		return seat ? [{ participant, seat }] : [];
	});
}

export interface InfoFlowCounts {
	representatives: number;
	inputGathered: number;
	reportedBack: number;
}

export function infoFlowCounts(
	meeting: Pick<Meeting, 'bodyId' | 'start' | 'participants'>,
	memberships: readonly Seat[]
): InfoFlowCounts {
	const reps = representatives(meeting, memberships).filter(
		(r) => r.participant.attendance !== 'absent'
	);
	return {
		representatives: reps.length,
		inputGathered: reps.filter((r) => r.participant.inputGathered).length,
		reportedBack: reps.filter((r) => r.participant.reportedBack).length
	};
}

export interface PendingReportBack {
	meetingId: string;
	meetingTitle: string;
	meetingStart: string;
	personId: string;
	membershipId: string;
	inputGathered: boolean;
}

export interface ReportBackStatus {
	rows: ReportBackRow[];
	/** The body's meetings held in the last year, and the representatives who attended them. */
	meetings: number;
	representatives: number;
}

export interface ReportBackRow extends PendingReportBack {
	personName: string;
	/** Whom the seat speaks for: its words, or the organisation's name. */
	represents?: string;
}

/** A body's meetings held before today within the last `withinDays`, latest first. */
export function heldMeetings<M extends Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>>(
	bodyId: string,
	meetings: readonly M[],
	today: string,
	withinDays = 365
): M[] {
	const since = addDays(today, -withinDays);
	return meetings
		.filter(
			(m) =>
				!m.deletedAt &&
				m.bodyId === bodyId &&
				m.start.slice(0, 10) < today &&
				m.start.slice(0, 10) > since
		)
		.sort((a, b) => compareIso(b.start, a.start));
}

/**
 * Representatives who were at a body's meeting held before today (within the
 * last `withinDays`) and have not reported back to their organisation; an
 * absent representative is not asked to. Latest meeting first.
 */
export function pendingReportBacks(
	bodyId: string,
	meetings: readonly Pick<
		Meeting,
		'id' | 'bodyId' | 'title' | 'start' | 'participants' | 'deletedAt'
	>[],
	memberships: readonly Seat[],
	today: string,
	withinDays = 365
): PendingReportBack[] {
	return heldMeetings(bodyId, meetings, today, withinDays).flatMap((m) =>
		representatives(m, memberships)
			.filter((r) => r.participant.attendance !== 'absent' && !r.participant.reportedBack)
			.map((r) => ({
				meetingId: m.id,
				meetingTitle: m.title,
				meetingStart: m.start,
				personId: r.participant.personId,
				membershipId: r.seat.id,
				inputGathered: r.participant.inputGathered
			}))
	);
}

/**
 * What "nobody is missing" rests on: how many of the body's meetings were held
 * in the window, and how many representatives attended them (each meeting
 * counted). With none of either, there is nothing anyone owed a report on, and
 * "everyone has reported back" would be untrue.
 */
export function reportBackScope(
	bodyId: string,
	meetings: readonly Pick<Meeting, 'bodyId' | 'start' | 'participants' | 'deletedAt'>[],
	memberships: readonly Seat[],
	today: string,
	withinDays = 365
): { meetings: number; representatives: number } {
	const held = heldMeetings(bodyId, meetings, today, withinDays);
	return {
		meetings: held.length,
		representatives: held.reduce(
			(n, m) =>
				n +
				representatives(m, memberships).filter((r) => r.participant.attendance !== 'absent').length,
			0
		)
	};
}
