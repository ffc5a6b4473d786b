/**
 * The door view's controller: find the arriving person among those invited
 * (`door.ts` decides what shows and what Enter does), mark them, offer people
 * from the directory who were not invited, and add a walk-in, asking first
 * when the directory already has someone of that name. Every mark goes
 * through the meeting's autosave (`edit`), so it reaches the write-ahead
 * journal at once. The page renders the fields and calls the methods.
 */
import type { Messages } from '$lib/i18n/catalogue';
import type { MeetingPatch } from '$lib/domain/rules/meetingPatch';
import type { PersonInfo } from '$lib/queries/meetings';
import type { WalkIn } from '$lib/services/meetings';
import { invited } from '$lib/services/meetings';
import type { PickerOption } from './picker';
import { fieldErrors, type FieldErrors } from './forms';
import { errorMessage } from './errors';
import { PersonLookup } from './personLookup.svelte';
import {
	doorMatches,
	enterAction,
	personIds,
	toggledMark,
	type Attendance,
	type DoorFilter,
	type DoorRow
} from './door';

export interface DoorDeps<R extends DoorRow> {
	meetingId: string;
	/** The invited people as the page shows them, by name. */
	rows: () => readonly R[];
	/** Records an edit of the meeting; `immediate` saves at once (clicks). */
	edit: (patch: MeetingPatch, immediate: boolean) => void;
	/** Resolves once every edit waiting is saved. */
	flush: () => Promise<void>;
	messages: () => Messages;
	notify: (kind: 'success' | 'error', text: string) => void;
	/** Puts the focus back in the search box, ready for the next arrival. */
	focusSearch: () => void;
	searchPersons: (text: string) => Promise<PersonInfo[]>;
	namesakes: (name: string) => Promise<PersonInfo[]>;
	addWalkIn: (meetingId: string, walkIn: WalkIn) => Promise<{ name: string }>;
}

/** People from the directory are looked for once two letters are typed, after a short pause. */
export const DIRECTORY_LOOKUP = { delay: 200, minLength: 2 };

/** The form for someone who came without an invitation. */
export class WalkInForm {
	open = $state(false);
	name = $state('');
	organisation = $state<PickerOption[]>([]);
	/** An organisation typed but not chosen from the list. */
	organisationPending = $state(false);
	email = $state('');
	phone = $state('');
	/** People in the directory with the walk-in's name, asked about before adding another. */
	twins = $state<PersonInfo[]>([]);
	/** The user said the walk-in is not any of `twins`. */
	newPerson = $state(false);
	errors = $state<FieldErrors>({});
	busy = $state(false);

	/** The name changed: a namesake question asked before no longer applies. */
	renamed() {
		this.twins = [];
		this.newPerson = false;
	}

	reset() {
		this.name = this.email = this.phone = '';
		this.organisation = [];
		this.twins = [];
		this.newPerson = false;
		this.open = false;
	}
}

export class DoorPage<R extends DoorRow = DoorRow> {
	private readonly deps: DoorDeps<R>;
	private readonly lookup: PersonLookup;
	query = $state('');
	show = $state<DoorFilter>('all');
	/** What the last Enter did, read out by screen readers and shown under the box. */
	announcement = $state('');
	readonly walkIn = new WalkInForm();
	/** Names that start like the query; when there are none, those within a typo. */
	readonly matched = $derived.by(() => doorMatches(this.deps.rows(), this.query, this.show));
	readonly invitedIds = $derived.by(() => personIds(this.deps.rows()));
	/** People in the directory matching the query who were not invited. */
	readonly others = $derived.by(() =>
		(this.lookup.results ?? []).filter((p) => !this.invitedIds.has(p.id))
	);

	constructor(deps: DoorDeps<R>) {
		this.deps = deps;
		this.lookup = new PersonLookup(deps.searchPersons, DIRECTORY_LOOKUP);
	}

	/** Looks for the query in the directory too; call from an effect that reads `query`. */
	lookUp(query: string): () => void {
		this.lookup.find(query);
		return () => this.lookup.cancel();
	}

	private get t() {
		return this.deps.messages().meetings;
	}

	/** A click on a mark: sets it, or clears it when it was already set. */
	mark(row: R, pressed: Exclude<Attendance, 'unknown'>) {
		this.setAttendance(row.personId, toggledMark(row.attendance, pressed));
	}

	private setAttendance(personId: string, value: Attendance) {
		this.deps.edit({ op: 'participant.attendance', personId, value }, true);
	}

	/**
	 * Enter in the search box: marks the one person shown and empties the box
	 * for the next arrival. Returns false when Enter should do nothing here.
	 */
	enter(): boolean {
		const action = enterAction(this.matched.rows, this.query);
		const t = this.t;
		switch (action.kind) {
			case 'ignore':
				return false;
			case 'none':
				this.announcement = t.enterNone;
				return true;
			case 'many':
				this.announcement = t.enterMany(action.count);
				return true;
			case 'already':
				this.announcement = t.alreadyPresent(action.row.name);
				break;
			case 'mark':
				this.setAttendance(action.row.personId, 'present');
				this.announcement = t.markedPresent(action.row.name);
		}
		this.query = '';
		this.deps.focusSearch();
		return true;
	}

	/** Someone in the directory who was not invited came: added as a walk-in. */
	addFromDirectory(p: PersonInfo) {
		this.deps.edit({ op: 'participant.add', participant: invited(p.id, true) }, true);
		this.deps.notify('success', this.t.walkInAdded(p.name));
	}

	openWalkIn() {
		this.walkIn.open = true;
		if (!this.walkIn.name) this.walkIn.name = this.query.trim();
	}

	private walkInDone() {
		this.walkIn.reset();
		this.query = '';
		this.deps.focusSearch();
	}

	/** The walk-in is someone already in the directory: add (or mark) them instead. */
	useExisting(p: PersonInfo) {
		if (this.invitedIds.has(p.id)) {
			this.setAttendance(p.id, 'present');
			this.deps.notify('success', this.t.markedPresent(p.name));
		} else this.addFromDirectory(p);
		this.walkInDone();
	}

	/**
	 * Adds the walk-in as a new person in the directory and present at the
	 * meeting, after asking about namesakes. Returns false without doing
	 * anything while an organisation is typed but not chosen (its picker says so).
	 */
	async submitWalkIn(): Promise<boolean> {
		const w = this.walkIn;
		if (w.organisationPending) return false;
		const m = this.deps.messages();
		w.busy = true;
		w.errors = {};
		try {
			if (!w.newPerson && w.name.trim()) {
				w.twins = await this.deps.namesakes(w.name);
				if (w.twins.length) return true;
			}
			await this.deps.flush();
			const person = await this.deps.addWalkIn(this.deps.meetingId, {
				name: w.name,
				...(w.organisation[0] ? { organisationId: w.organisation[0].id } : {}),
				email: w.email,
				phone: w.phone
			});
			this.deps.notify('success', m.meetings.walkInAdded(person.name));
			this.walkInDone();
		} catch (err) {
			w.errors = fieldErrors(m, err) ?? {};
			this.deps.notify('error', errorMessage(m, err, w.name));
		} finally {
			w.busy = false;
		}
		return true;
	}
}
