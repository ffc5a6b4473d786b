/** Turns any failure of a user action into a message in the user's language. */
import { StorageError } from '$lib/services/storage';
import { describeIssue } from '$lib/i18n/issues';
import type { Messages } from '$lib/i18n/catalogue';

/** `recordLabel` names the record for the user; without it the record's id is used. */
export function errorMessage(m: Messages, e: unknown, recordLabel?: string): string {
	if (e instanceof StorageError) {
		if (e.kind === 'validation' && e.details) {
			const first = e.details.issues[0];
			const detail = first
				? describeIssue(m, e.details.entity, recordLabel ?? e.details.id ?? '', first)
				: '';
			return `${m.common.storage.validation} ${detail}`.trim();
		}
		return m.common.storage[e.kind];
	}
	return m.common.storage.unknown;
}
