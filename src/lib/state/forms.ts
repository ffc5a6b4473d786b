/**
 * Field-level error messages for a form from a failed save: maps each schema
 * issue's path (e.g. "businessId", "address.postalCode") to a sentence in the
 * UI language, so the form can show it next to the field.
 */
import { describeProblem } from '$lib/i18n/issues';
import type { Messages } from '$lib/i18n/catalogue';
import { saveRefusal } from '$lib/services/records';

export type FieldErrors = Record<string, string>;

export function fieldErrors(m: Messages, e: unknown): FieldErrors | undefined {
	const refusal = saveRefusal(e);
	if (refusal?.kind !== 'validation') return undefined;
	const out: FieldErrors = {};
	for (const issue of refusal.issues) {
		const key = issue.path.replace(/\.\d+$/, '');
		out[key] ??= describeProblem(m, issue);
	}
	return out;
}
