/**
 * Shared helpers of the network section's forms: text inputs to optional
 * fields (blank → cleared), one-per-line lists, the save-then-leave step
 * with field errors in the user's language, and conflicts (a field changed
 * elsewhere since the form opened, see state/editBase).
 */
import { goto } from '$app/navigation';
import type { Messages } from '$lib/i18n/catalogue';
import { app } from '$lib/state/app.svelte';
import { errorMessage } from '$lib/state/errors';
import { fieldErrors, type FieldErrors } from '$lib/state/forms';
import type { EditBase } from '$lib/state/editBase.svelte';
import type { EntityName } from '$lib/domain/entities';

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
 * Runs a save; on success shows a notice and goes to `to(result)`, on failure
 * returns the field errors (or notifies a general error and returns {}); a
 * conflict goes to `edit.conflicts` (shown by ConflictNote).
 */
export async function submit<T>(
	m: Messages,
	save: () => Promise<T>,
	to: (saved: T) => string,
	label = '',
	edit?: EditBase<EntityName>
): Promise<FieldErrors> {
	try {
		const saved = await save();
		app.notify('success', m.network.saved);
		await goto(to(saved));
		return {};
	} catch (e) {
		const fields = fieldErrors(m, e);
		await edit?.caught(e);
		app.notify('error', errorMessage(m, e, label));
		return fields ?? {};
	}
}

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
