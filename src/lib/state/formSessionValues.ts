/**
 * Between a form's inputs and a record's fields: text inputs to optional
 * fields (blank → cleared), one-per-line lists, and a stored value taken into
 * the form from a conflict note.
 */

/** A text input's value as an optional field: blank means "cleared" (undefined). */
export const opt = (s: string | undefined): string | undefined => {
	const v = (s ?? '').trim();
	return v === '' ? undefined : v;
};

/** A textarea with one item per line as a list (blank lines dropped). */
export const lines = (s: string): string[] =>
	s
		.split('\n')
		.map((x) => x.trim())
		.filter(Boolean);

/**
 * Takes a stored value (ConflictNote) into a form that `toForm` builds from a
 * record: the form's field of the same name gets what `toForm` makes of it.
 */
export function takeInto<R extends object, F extends object>(
	form: F | undefined,
	toForm: (r: R) => F,
	base: R | undefined,
	field: string,
	value: unknown
): void {
	if (!form || !base) return;
	const fresh = toForm({ ...base, [field]: value }) as Record<string, unknown>;
	if (field in fresh) (form as Record<string, unknown>)[field] = fresh[field];
}

/** How a failure names the record the user was saving: its name or title as typed. */
export function labelOf(fields: unknown): string {
	const f = (fields ?? {}) as { name?: unknown; title?: unknown };
	if (typeof f.name === 'string') return f.name;
	if (typeof f.title === 'string') return f.title;
	const fi = (f.title as { fi?: unknown } | undefined)?.fi;
	return typeof fi === 'string' ? fi : '';
}
