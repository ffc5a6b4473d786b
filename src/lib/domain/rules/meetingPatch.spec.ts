import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../entities/meeting';
import { uuid } from '$lib/testing/samples';
import {
	applyMeetingPatch,
	meetingPatchSchema,
	meetingBeforeSchema,
	patchBefore,
	patchKey,
	patchMentions,
	patchTarget,
	stillApplies,
	type MeetingPatch
} from './meetingPatch';

const T = '2026-01-15T08:00:00.000Z';
const meeting = (): Meeting => ({
	id: uuid(100),
	createdAt: T,
	updatedAt: T,
	version: 1,
	kind: 'meeting',
	title: 'Ohjausryhmä 1/2027',
	start: '2027-02-10T13:00',
	end: '2027-02-10T15:00',
	place: 'Kaupungintalo',
	agenda: [
		{ id: uuid(1), title: 'Avaus' },
		{ id: uuid(2), title: 'Toimintasuunnitelma', notes: 'Luonnos jaettu' },
		{ id: uuid(3), title: 'Muut asiat' }
	],
	participants: [
		{
			personId: uuid(10),
			attendance: 'unknown',
			walkIn: false,
			inputGathered: false,
			reportedBack: false
		},
		{
			personId: uuid(11),
			attendance: 'unknown',
			walkIn: false,
			inputGathered: false,
			reportedBack: false
		}
	],
	decisions: [{ id: uuid(20), text: 'Hyväksyttiin.', agendaItemId: uuid(2) }],
	followUps: [{ id: uuid(30), text: 'Jaa suunnitelma', ownerPersonId: uuid(10), done: false }]
});
const apply = (m: Meeting, ...ps: MeetingPatch[]) => ps.reduce(applyMeetingPatch, m);

describe('applyMeetingPatch', () => {
	it('changes only the field it names and keeps everything else', () => {
		const m = meeting();
		const next = apply(
			m,
			{ op: 'participant.attendance', personId: uuid(10), value: 'present' },
			{ op: 'agenda.set', id: uuid(2), field: 'notes', value: 'Hyväksyttiin muutoksin' }
		);
		expect(next.participants[0].attendance).toBe('present');
		expect(next.participants[1]).toEqual(m.participants[1]);
		expect(next.agenda[1].notes).toBe('Hyväksyttiin muutoksin');
		expect(next.agenda[0]).toBe(m.agenda[0]);
		expect(next.title).toBe(m.title);
		expect(m.participants[0].attendance).toBe('unknown'); // the input is not mutated
		expect(meetingSchema.safeParse(next).success).toBe(true);
	});

	it('two edits of different fields made from the same old copy both survive when applied in turn', () => {
		// Tab A marks a person present, tab B writes a note: each patch re-applied to the stored record.
		const stored = meeting();
		const a: MeetingPatch = { op: 'participant.attendance', personId: uuid(11), value: 'present' };
		const b: MeetingPatch = { op: 'agenda.set', id: uuid(1), field: 'notes', value: 'Tervetuloa' };
		const both = apply(apply(stored, a), b);
		expect(both.participants[1].attendance).toBe('present');
		expect(both.agenda[0].notes).toBe('Tervetuloa');
	});

	it('returns the same object when nothing changes, so no write is needed', () => {
		const m = meeting();
		expect(apply(m, { op: 'meeting.set', field: 'title', value: m.title })).toBe(m);
		expect(apply(m, { op: 'participant.attendance', personId: uuid(99), value: 'present' })).toBe(
			m
		);
		expect(apply(m, { op: 'decision.remove', id: uuid(99) })).toBe(m);
		expect(apply(m, { op: 'participant.add', participant: m.participants[0] })).toBe(m);
	});

	it('is idempotent: adding an item twice adds it once', () => {
		const item = { id: uuid(4), title: 'Uusi kohta' };
		const once = apply(meeting(), { op: 'agenda.add', item, index: 1 });
		expect(apply(once, { op: 'agenda.add', item })).toBe(once);
		expect(once.agenda.map((a) => a.title)).toEqual([
			'Avaus',
			'Uusi kohta',
			'Toimintasuunnitelma',
			'Muut asiat'
		]);
	});

	it('clears optional text when blank or null, and keeps a blank required title (for validation to reject)', () => {
		const m = apply(
			meeting(),
			{ op: 'meeting.set', field: 'place', value: '  ' },
			{ op: 'agenda.set', id: uuid(2), field: 'notes', value: null },
			{ op: 'followUp.set', id: uuid(30), field: 'ownerPersonId', value: '' }
		);
		expect(m).not.toHaveProperty('place');
		expect(m.agenda[1]).not.toHaveProperty('notes');
		expect(m.followUps[0]).not.toHaveProperty('ownerPersonId');
		const blank = apply(meeting(), { op: 'meeting.set', field: 'title', value: '' });
		expect(meetingSchema.safeParse(blank).success).toBe(false);
	});

	it('moves the end with the start, keeping the length of the meeting', () => {
		const m = apply(meeting(), { op: 'meeting.set', field: 'start', value: '2027-03-01T09:30' });
		expect([m.start, m.end]).toEqual(['2027-03-01T09:30', '2027-03-01T11:30']);
	});

	it('moves and removes agenda items; a removed item’s decisions stay without the link', () => {
		const moved = apply(meeting(), { op: 'agenda.move', id: uuid(3), to: 0 });
		expect(moved.agenda.map((a) => a.title)).toEqual([
			'Muut asiat',
			'Avaus',
			'Toimintasuunnitelma'
		]);
		const removed = apply(meeting(), { op: 'agenda.remove', id: uuid(2) });
		expect(removed.agenda).toHaveLength(2);
		expect(removed.decisions[0]).toEqual({ id: uuid(20), text: 'Hyväksyttiin.' });
	});

	it('marks follow-ups done, flags participants and removes them', () => {
		const m = apply(
			meeting(),
			{ op: 'followUp.done', id: uuid(30), value: true },
			{ op: 'participant.flag', personId: uuid(10), field: 'reportedBack', value: true },
			{ op: 'participant.remove', personId: uuid(11) }
		);
		expect(m.followUps[0].done).toBe(true);
		expect(m.participants).toEqual([
			{
				personId: uuid(10),
				attendance: 'unknown',
				walkIn: false,
				inputGathered: false,
				reportedBack: true
			}
		]);
	});
});

describe('patch keys, targets and replay', () => {
	it('gives each field its own key, the same for successive edits of it', () => {
		const a: MeetingPatch = { op: 'agenda.set', id: uuid(1), field: 'notes', value: 'a' };
		const b: MeetingPatch = { op: 'agenda.set', id: uuid(1), field: 'notes', value: 'ab' };
		const c: MeetingPatch = { op: 'agenda.set', id: uuid(2), field: 'notes', value: 'a' };
		expect(patchKey(a)).toBe(patchKey(b));
		expect(patchKey(a)).not.toBe(patchKey(c));
	});

	it('reads the current value a set-patch would change', () => {
		const m = meeting();
		expect(patchTarget(m, { op: 'agenda.set', id: uuid(2), field: 'notes', value: 'x' })).toBe(
			'Luonnos jaettu'
		);
		expect(
			patchTarget(m, { op: 'agenda.set', id: uuid(1), field: 'notes', value: 'x' })
		).toBeNull();
		expect(patchTarget(m, { op: 'agenda.remove', id: uuid(1) })).toBeUndefined();
	});

	it('replays a journalled field edit only while the field still holds the old value', () => {
		const m = meeting();
		const p: MeetingPatch = { op: 'agenda.set', id: uuid(2), field: 'notes', value: 'Uusi' };
		const before = patchBefore(m, p);
		expect(before).toBe('Luonnos jaettu');
		expect(stillApplies(m, p, before)).toBe(true); // never saved: apply
		const later = apply(m, { ...p, value: 'Toisen välilehden muutos' });
		expect(stillApplies(later, p, before)).toBe(false); // changed since: keep the newer
		// A field that was empty reads as null, and so does a field of an item that is gone
		// (setting it changes nothing, so nothing is re-created).
		const empty: MeetingPatch = { op: 'agenda.set', id: uuid(1), field: 'notes', value: 'x' };
		expect(patchBefore(m, empty)).toBeNull();
		expect(patchBefore(apply(m, { op: 'agenda.remove', id: uuid(1) }), empty)).toBeNull();
		expect(stillApplies(m, { op: 'meeting.kind', value: 'seminar' }, 'meeting')).toBe(true);
		expect(stillApplies(m, { op: 'meeting.kind', value: 'seminar' }, 'workshop')).toBe(false);
	});

	it('replays an add only while the item is still absent', () => {
		const m = meeting();
		const add: MeetingPatch = { op: 'agenda.add', item: { id: uuid(4), title: 'Uusi asia' } };
		expect(patchBefore(m, add)).toBeNull();
		expect(stillApplies(m, add, null)).toBe(true);
		// Added and then edited in another tab: not added again over the edit.
		const edited = apply(m, add, { op: 'agenda.set', id: uuid(4), field: 'title', value: 'X' });
		expect(stillApplies(edited, add, null)).toBe(false);
		const person: MeetingPatch = {
			op: 'participant.add',
			participant: { ...m.participants[0], personId: uuid(12) }
		};
		expect(stillApplies(m, person, null)).toBe(true);
		expect(stillApplies(apply(m, person), person, null)).toBe(false);
		const decision: MeetingPatch = { op: 'decision.add', decision: { id: uuid(21), text: 'P' } };
		expect(stillApplies(m, decision, null)).toBe(true);
		expect(stillApplies(apply(m, decision), decision, null)).toBe(false);
	});

	it('replays a removal only while the item is still there and unchanged', () => {
		const m = meeting();
		const remove: MeetingPatch = { op: 'participant.remove', personId: uuid(10) };
		const before = patchBefore(m, remove);
		expect(before).toEqual(m.participants[0]);
		expect(stillApplies(m, remove, before)).toBe(true);
		// Marked present in another tab meanwhile: the person stays.
		const marked = apply(m, { op: 'participant.attendance', personId: uuid(10), value: 'present' });
		expect(stillApplies(marked, remove, before)).toBe(false);
		// Already gone.
		expect(stillApplies(apply(m, remove), remove, before)).toBe(false);
		// The same content with its keys in another order (as read back from storage) still matches.
		const item = { notes: 'Luonnos jaettu', title: 'Toimintasuunnitelma', id: uuid(2) };
		expect(stillApplies(m, { op: 'agenda.remove', id: uuid(2) }, item)).toBe(true);
		const follow: MeetingPatch = { op: 'followUp.remove', id: uuid(30) };
		const done = apply(m, { op: 'followUp.done', id: uuid(30), value: true });
		expect(stillApplies(done, follow, patchBefore(m, follow))).toBe(false);
	});

	it('replays a move only while the agenda is still in the order the move started from', () => {
		const m = meeting();
		const move: MeetingPatch = { op: 'agenda.move', id: uuid(3), to: 0 };
		const before = patchBefore(m, move);
		expect(before).toEqual([uuid(1), uuid(2), uuid(3)]);
		expect(stillApplies(m, move, before)).toBe(true);
		expect(stillApplies(apply(m, move), move, before)).toBe(false);
		const added = apply(m, { op: 'agenda.add', item: { id: uuid(4), title: 'Uusi' } });
		expect(stillApplies(added, move, before)).toBe(false);
	});

	it('names the people and bodies a patch mentions', () => {
		expect(patchMentions({ op: 'participant.remove', personId: uuid(10) })).toEqual([uuid(10)]);
		expect(
			patchMentions({ op: 'followUp.set', id: uuid(30), field: 'ownerPersonId', value: uuid(11) })
		).toEqual([uuid(11)]);
		expect(patchMentions({ op: 'meeting.set', field: 'notes', value: 'x' })).toEqual([]);
	});

	it('accepts only well-formed snapshots from storage', () => {
		expect(meetingBeforeSchema.safeParse([uuid(1)]).success).toBe(true);
		expect(meetingBeforeSchema.safeParse(meeting().participants[0]).success).toBe(true);
		expect(meetingBeforeSchema.safeParse({ id: uuid(1), title: 'x', extra: 1 }).success).toBe(
			false
		);
		expect(meetingBeforeSchema.safeParse(1).success).toBe(false);
	});

	it('accepts only well-formed patches from storage', () => {
		expect(
			meetingPatchSchema.safeParse({
				op: 'participant.attendance',
				personId: uuid(1),
				value: 'present'
			}).success
		).toBe(true);
		expect(
			meetingPatchSchema.safeParse({
				op: 'participant.attendance',
				personId: uuid(1),
				value: 'maybe'
			}).success
		).toBe(false);
		expect(
			meetingPatchSchema.safeParse({ op: 'meeting.set', field: '__proto__', value: 'x' }).success
		).toBe(false);
	});
});
