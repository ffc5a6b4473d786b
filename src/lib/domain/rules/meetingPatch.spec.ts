import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../entities/meeting';
import { uuid } from '$lib/testing/samples';
import {
	applyMeetingPatch,
	meetingPatchSchema,
	patchKey,
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

	it('replays a journalled edit only while its field still holds the old value', () => {
		const m = meeting();
		const p: MeetingPatch = { op: 'agenda.set', id: uuid(2), field: 'notes', value: 'Uusi' };
		expect(stillApplies(m, p, 'Luonnos jaettu')).toBe(true); // never saved: apply
		expect(stillApplies(apply(m, p), p, 'Luonnos jaettu')).toBe(true); // already saved: harmless
		const later = apply(m, { ...p, value: 'Toisen välilehden muutos' });
		expect(stillApplies(later, p, 'Luonnos jaettu')).toBe(false); // changed since: keep the newer
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
