/**
 * Field-level error messages for a form from a failed save: maps each schema
 * issue's path (e.g. "businessId", "address.postalCode") to a sentence in the
 * UI language, so the form can show it next to the field.
 */
import { StorageError } from '$lib/db/errors';
import { describeProblem } from '$lib/i18n/issues';
import type { Messages } from '$lib/i18n/catalogue';

export type FieldErrors = Record<string, string>;

export function fieldErrors(m: Messages, e: unknown): FieldErrors | undefined {
	if (!(e instanceof StorageError) || e.kind !== 'validation' || !e.details) return undefined;
	const out: FieldErrors = {};
	for (const issue of e.details.issues) {
		const key = issue.path.replace(/\.\d+$/, '');
		out[key] ??= describeProblem(m, issue);
	}
	return out;
}
