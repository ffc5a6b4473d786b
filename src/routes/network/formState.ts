/**
 * Shared helpers of the network section's forms: text inputs to optional
 * fields (blank → cleared), one-per-line lists, and the save-then-leave step
 * with field errors in the user's language.
 */
import { goto } from '$app/navigation';
import type { Messages } from '$lib/i18n/catalogue';
import { app } from '$lib/state/app.svelte';
import { errorMessage } from '$lib/state/errors';
import { fieldErrors, type FieldErrors } from '$lib/state/forms';

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
 * returns the field errors (or notifies a general error and returns {}).
 */
export async function submit<T>(
	m: Messages,
	save: () => Promise<T>,
	to: (saved: T) => string,
	label = ''
): Promise<FieldErrors> {
	try {
		const saved = await save();
		app.notify('success', m.network.saved);
		await goto(to(saved));
		return {};
	} catch (e) {
		const fields = fieldErrors(m, e);
		app.notify('error', errorMessage(m, e, label));
		return fields ?? {};
	}
}
