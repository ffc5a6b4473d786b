/** Saving the deploying organisation's parts of the accessibility statement (a setting of this device). */
import type { VerkostoDb } from '$lib/db/database';
import { setMeta } from '$lib/db/meta';
import {
	accessibilityStatementSchema,
	type AccessibilityStatement
} from '$lib/domain/accessibilityStatement';
import { STATEMENT_KEY } from '$lib/queries/accessibility';

export async function setAccessibilityStatement(
	db: VerkostoDb,
	value: AccessibilityStatement
): Promise<AccessibilityStatement> {
	const clean = accessibilityStatementSchema.parse(value);
	await setMeta(db, STATEMENT_KEY, clean);
	return clean;
}
