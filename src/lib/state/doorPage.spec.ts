import { describe, expect, it, vi } from 'vitest';
import { fi } from '$lib/i18n/catalogue';
import { StorageError } from '$lib/db/errors';
import type { PersonInfo } from '$lib/queries/meetings';
import type { DoorRow } from './door';
import { DoorPage, type DoorDeps } from './doorPage.svelte';

const t = fi.meetings;
const aino: DoorRow = { personId: 'a', name: 'Aino Virtanen', attendance: 'unknown' };
const antti: DoorRow = { personId: 'b', name: 'Antti Mäkelä', attendance: 'present' };

function setup(rows: DoorRow[] = [aino, antti], over: Partial<DoorDeps<DoorRow>> = {}) {
	const deps = {
		meetingId: 'm1',
		rows: () => rows,
		edit: vi.fn(),
		flush: vi.fn(async () => undefined),
		messages: () => fi,
		notify: vi.fn(),
		focusSearch: vi.fn(),
		searchPersons: vi.fn(async (): Promise<PersonInfo[]> => []),
		namesakes: vi.fn(async (): Promise<PersonInfo[]> => []),
		addWalkIn: vi.fn(async (_: string, w: { name: string }) => ({ name: w.name }))
	};
	return { door: new DoorPage({ ...deps, ...over }), deps };
}

describe('Enter at the door', () => {
	it('marks the one match present, says whom, and empties the box for the next arrival', () => {
		const { door, deps } = setup();
		door.query = 'aino virtnen';
		expect(door.matched.near).toBe(true);
		expect(door.enter()).toBe(true);
		expect(deps.edit).toHaveBeenCalledWith(
			{ op: 'participant.attendance', personId: 'a', value: 'present' },
			true
		);
		expect(door.announcement).toBe(t.markedPresent('Aino Virtanen'));
		expect(door.query).toBe('');
		expect(deps.focusSearch).toHaveBeenCalled();
	});

	it('says so when the one match is already present, without a second mark', () => {
		const { door, deps } = setup();
		door.query = 'antti';
		door.enter();
		expect(deps.edit).not.toHaveBeenCalled();
		expect(door.announcement).toBe(t.alreadyPresent('Antti Mäkelä'));
		expect(door.query).toBe('');
	});

	it('marks nobody with several or no matches, and keeps the text to refine', () => {
		const { door, deps } = setup();
		door.query = 'a';
		expect(door.enter()).toBe(true);
		expect(door.announcement).toBe(t.enterMany(2));
		door.query = 'zzzz';
		door.enter();
		expect(door.announcement).toBe(t.enterNone);
		expect(door.query).toBe('zzzz');
		expect(deps.edit).not.toHaveBeenCalled();
	});

	it('leaves Enter alone in an empty box', () => {
		const { door } = setup();
		expect(door.enter()).toBe(false);
	});
});

it('a second click on the chosen mark clears it', () => {
	const { door, deps } = setup();
	door.mark(antti, 'present');
	expect(deps.edit).toHaveBeenCalledWith(
		{ op: 'participant.attendance', personId: 'b', value: 'unknown' },
		true
	);
});

describe('a walk-in', () => {
	it('starts with the name typed in the search box', () => {
		const { door } = setup();
		door.query = ' Ville Vieras ';
		door.openWalkIn();
		expect(door.walkIn.open).toBe(true);
		expect(door.walkIn.name).toBe('Ville Vieras');
	});

	it('is asked about a namesake in the directory before a new person is added', async () => {
		const twin = { id: 'p9', name: 'Ville Vieras', organisation: 'MLL' };
		const { door, deps } = setup(undefined, { namesakes: vi.fn(async () => [twin]) });
		door.walkIn.name = 'Ville Vieras';
		expect(await door.submitWalkIn()).toBe(true);
		expect(door.walkIn.twins).toEqual([twin]);
		expect(deps.addWalkIn).not.toHaveBeenCalled();
		expect(door.walkIn.busy).toBe(false);

		// Choosing the existing person adds them as a walk-in and closes the form.
		door.useExisting(twin);
		expect(deps.edit).toHaveBeenCalledWith(
			{
				op: 'participant.add',
				participant: expect.objectContaining({ personId: 'p9', walkIn: true })
			},
			true
		);
		expect(door.walkIn.open).toBe(false);
		expect(door.walkIn.twins).toEqual([]);
	});

	it('marks an invited namesake present instead of adding them again', () => {
		const { door, deps } = setup();
		door.useExisting({ id: 'a', name: 'Aino Virtanen' });
		expect(deps.edit).toHaveBeenCalledWith(
			{ op: 'participant.attendance', personId: 'a', value: 'present' },
			true
		);
		expect(deps.notify).toHaveBeenCalledWith('success', t.markedPresent('Aino Virtanen'));
	});

	it('is added as a new person once the user says it is someone else, after pending edits', async () => {
		const order: string[] = [];
		const namesakes = vi.fn(async () => [{ id: 'p9', name: 'Ville Vieras' }]);
		const addWalkIn = vi.fn(async (_: string, w: { name: string }) => {
			order.push('add');
			return { name: w.name };
		});
		const { door, deps } = setup(undefined, {
			namesakes,
			flush: vi.fn(async () => void order.push('flush')),
			addWalkIn
		});
		door.walkIn.open = true;
		door.walkIn.name = 'Ville Vieras';
		door.walkIn.organisation = [{ id: 'o1', label: 'MLL' }];
		door.walkIn.email = 'ville@example.fi';
		door.walkIn.newPerson = true;
		await door.submitWalkIn();
		expect(namesakes).not.toHaveBeenCalled();
		expect(order).toEqual(['flush', 'add']);
		expect(addWalkIn).toHaveBeenCalledWith('m1', {
			name: 'Ville Vieras',
			organisationId: 'o1',
			email: 'ville@example.fi',
			phone: ''
		});
		expect(deps.notify).toHaveBeenCalledWith('success', t.walkInAdded('Ville Vieras'));
		expect(door.walkIn.open).toBe(false);
		expect(door.walkIn.name).toBe('');
	});

	it('adds nothing while an organisation is typed but not chosen', async () => {
		const { door, deps } = setup();
		door.walkIn.name = 'Ville';
		door.walkIn.organisationPending = true;
		expect(await door.submitWalkIn()).toBe(false);
		expect(deps.addWalkIn).not.toHaveBeenCalled();
	});

	it('shows a refused field next to it and keeps the form as typed', async () => {
		const refused = new StorageError('validation', 'bad', undefined, {
			entity: 'persons',
			issues: [{ path: 'email', code: 'invalid_format', message: 'bad' }]
		} as never);
		const { door, deps } = setup(undefined, {
			addWalkIn: vi.fn(async () => {
				throw refused;
			})
		});
		door.walkIn.name = 'Ville';
		door.walkIn.email = 'not an address';
		await door.submitWalkIn();
		expect(door.walkIn.errors.email).toBeTruthy();
		expect(deps.notify).toHaveBeenCalledWith('error', expect.any(String));
		expect(door.walkIn.email).toBe('not an address');
		expect(door.walkIn.busy).toBe(false);
	});
});

it('offers directory people who were not invited', async () => {
	vi.useFakeTimers();
	const { door } = setup(undefined, {
		searchPersons: vi.fn(async () => [
			{ id: 'a', name: 'Aino Virtanen' },
			{ id: 'x', name: 'Aino Ulkopuolinen' }
		])
	});
	door.lookUp('aino');
	await vi.advanceTimersByTimeAsync(200);
	expect(door.others.map((p) => p.id)).toEqual(['x']);
	vi.useRealTimers();
});
