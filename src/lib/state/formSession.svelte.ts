/**
 * The one way an editor works, as rune state. A session opens on a stored
 * record (read once through queries/forms: a live form would overwrite what
 * the user is typing) or on an empty form, holds the form's values when the
 * page keeps them (`toForm`), and saves through a service:
 *
 * - An edit passes the record as the form opened it (`base`, state/editBase):
 *   the service writes only the fields the user changed over the record as
 *   stored now. A field changed both here and elsewhere refuses the save;
 *   `base.conflicts` then holds the stored values for ui/form/ConflictNote.
 * - A refused save's field errors come back in the UI language (`errors`);
 *   any failure is also a notice naming the record.
 * - A save that went through is a notice (`saved`) and, with `to`, a move to
 *   the record's page.
 */
import { goto } from '$app/navigation';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import { readRecord } from '$lib/queries/forms';
import { saveRecord, type Edit, type RecordFields } from '$lib/services/records';
import { app, type NoticeKind } from './app.svelte';
import { EditBase } from './editBase.svelte';
import { errorMessage } from './errors';
import { fieldErrors, type FieldErrors } from './forms';
import { labelOf, takeInto } from './formSessionValues';

export type { RecordFields };

export interface FormSessionOptions<N extends EntityName, W, T, F> {
	entity: N;
	/** The record to edit; none for a new one. */
	id?: string;
	/** A record already read (an inline editor opened on what the page shows). */
	record?: EntityOf<N>;
	/** Or the base an inline form already holds (its conflict notes show this base's conflicts). */
	base?: EditBase<N>;
	/**
	 * Writes the form's fields through a service; an edit gets the base.
	 * Default: services/records saveRecord, for forms that give the record's fields.
	 */
	write?: (fields: W, edit: Edit<N> | undefined) => Promise<T>;
	/** The notice once saved; none for a quiet save. */
	saved?: (m: Messages) => string;
	/** Where to go once saved; none stays on the page. */
	to?: (saved: T) => string | undefined;
	/** The form's values from a record, when the session holds them. */
	toForm?: (record: EntityOf<N>) => F;
	/** A new record's form values. */
	empty?: () => F;
	/** Field errors of a refused save (default: the schema's issues by field, state/forms). */
	errorsOf?: (m: Messages, e: unknown) => FieldErrors | undefined;
	/** How a failure names the record (default: the name or title typed). */
	label?: (fields: W) => string;
	/** Reads the record to edit (default: the live record of `entity`). */
	load?: (id: string) => Promise<EntityOf<N> | undefined>;
	navigate?: (href: string) => Promise<unknown>;
	notify?: (kind: NoticeKind, text: string) => void;
}

export class FormSession<
	N extends EntityName,
	W = RecordFields<N>,
	T = EntityOf<N>,
	F extends object = Record<string, never>
> {
	/** The record as the form opened it; null when there is none to edit; undefined while read. */
	record = $state<EntityOf<N> | null | undefined>(undefined);
	/** The form's values (only with `toForm`/`empty`). */
	values = $state<F | undefined>(undefined);
	/** For an edit: the base of the save and any conflicts found. */
	base = $state<EditBase<N> | undefined>(undefined);
	errors = $state<FieldErrors>({});
	busy = $state(false);
	/** Settles once the record is read (at once for a new record). */
	readonly loaded: Promise<void>;

	readonly #o: FormSessionOptions<N, W, T, F>;

	constructor(options: FormSessionOptions<N, W, T, F>) {
		this.#o = options;
		if (options.base) {
			this.base = options.base;
			this.record = options.base.initial;
			this.loaded = Promise.resolve();
		} else if (options.record) {
			this.open(options.record);
			this.loaded = Promise.resolve();
		} else if (options.id) {
			this.loaded = this.#load(options.id);
		} else {
			this.values = options.empty?.();
			this.loaded = Promise.resolve();
		}
	}

	/** Editing a stored record (as against creating one). */
	get editing(): boolean {
		return !!(this.#o.id || this.#o.record || this.#o.base);
	}

	/** The form can be shown: a new one at once, an edit once its record is read. */
	get ready(): boolean {
		return !this.editing || !!this.base;
	}

	async #load(id: string): Promise<void> {
		let found: EntityOf<N> | undefined;
		try {
			found = await (this.#o.load ?? ((i: string) => readRecord(this.#o.entity, i)))(id);
		} catch {
			found = undefined; // unreadable is shown as not found: there is nothing to edit
		}
		if (found) this.open(found);
		else this.record = null;
	}

	/** Opens the form on `record`: it becomes the base of the save. */
	open(record: EntityOf<N>): void {
		this.base = new EditBase(this.#o.entity, record);
		this.record = this.base.initial;
		if (this.#o.toForm) this.values = this.#o.toForm(this.base.initial);
		this.errors = {};
	}

	/** Puts a stored value (from a conflict note) into the form's field of that name. */
	take =
		(field: string) =>
		(value: unknown): void => {
			if (this.#o.toForm) takeInto(this.values, this.#o.toForm, this.base?.initial, field, value);
		};

	/** Errors the page found before saving (a check the schema cannot make). */
	invalid(errors: FieldErrors): void {
		this.errors = errors;
	}

	/** Saves `fields`; resolves to what the service returned, or undefined when refused. */
	async save(m: Messages, fields: W): Promise<T | undefined> {
		const notify = this.#o.notify ?? ((k: NoticeKind, t: string) => app.notify(k, t));
		this.busy = true;
		let saved: T;
		try {
			const write =
				this.#o.write ??
				((f: W, edit: Edit<N> | undefined) =>
					saveRecord(this.#o.entity, f as RecordFields<N>, edit) as Promise<T>);
			saved = await write(fields, this.base?.edit);
		} catch (e) {
			this.errors = (this.#o.errorsOf ?? fieldErrors)(m, e) ?? {};
			await this.base?.caught(e);
			notify('error', errorMessage(m, e, (this.#o.label ?? labelOf)(fields)));
			this.busy = false;
			return undefined;
		}
		this.errors = {};
		const text = this.#o.saved?.(m);
		if (text) notify('success', text);
		const href = this.#o.to?.(saved);
		try {
			// Still busy while leaving: a second click must not save a new record twice.
			if (href) await (this.#o.navigate ?? goto)(href);
		} finally {
			this.busy = false;
		}
		return saved;
	}
}

/**
 * What a record's form takes from its session (ui/form/EditForm's
 * RecordFormProps but `m`), read as it changes: the record as the form opened
 * it and its conflicts, the errors of the last save, busy, and the save.
 */
export function formProps<N extends EntityName, T, F extends object>(
	session: FormSession<N, RecordFields<N>, T, F>,
	m: () => Messages
) {
	return {
		get initial(): RecordFields<N> | undefined {
			return session.base?.initial;
		},
		get edit() {
			return session.base;
		},
		get errors() {
			return session.errors;
		},
		get busy() {
			return session.busy;
		},
		onsave: (fields: RecordFields<N>) => session.save(m(), fields)
	};
}
