/** The deploying organisation's parts of the accessibility statement (nothing when unset or unreadable). */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { getMeta } from '$lib/db/meta';
import {
	accessibilityStatementSchema,
	type AccessibilityStatement
} from '$lib/domain/accessibilityStatement';

export const STATEMENT_KEY = 'accessibilityStatement';

export async function getAccessibilityStatement(
	database: VerkostoDb = db()
): Promise<AccessibilityStatement> {
	const parsed = accessibilityStatementSchema.safeParse(
		(await getMeta(database, STATEMENT_KEY)) ?? {}
	);
	return parsed.success ? parsed.data : {};
}
