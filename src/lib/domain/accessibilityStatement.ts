/**
 * The parts of the accessibility statement (Act on the Provision of Digital
 * Services 306/2019) that the deploying organisation fills in: who provides
 * the service, where feedback goes, when accessibility was last assessed and
 * the shortcomings it knows of. Kept in the app's settings (the `meta` table),
 * not shared with other coordinators' copies. Pure.
 */
import { z } from 'zod';
import { email, isoDate, longText, shortText } from './fields';

export const accessibilityStatementSchema = z.strictObject({
	organisation: shortText.optional(),
	email: email.optional(),
	assessedOn: isoDate.optional(),
	/** One shortcoming a line. */
	nonConformities: longText.optional()
});
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;
export type StatementField = keyof AccessibilityStatement;
export const STATEMENT_FIELDS: readonly StatementField[] = [
	'organisation',
	'email',
	'assessedOn',
	'nonConformities'
];

/** A form's text, blanks as "not filled in", checked: the value to store, or the fields that failed. */
export function checkStatement(
	input: Partial<Record<StatementField, string>>
):
	| { ok: true; value: AccessibilityStatement }
	| { ok: false; errors: Partial<Record<StatementField, z.core.$ZodIssue>> } {
	const blanksOut = Object.fromEntries(
		STATEMENT_FIELDS.map((k) => [k, input[k]?.trim() || undefined])
	);
	const parsed = accessibilityStatementSchema.safeParse(blanksOut);
	if (parsed.success) return { ok: true, value: parsed.data };
	const errors: Partial<Record<StatementField, z.core.$ZodIssue>> = {};
	for (const issue of parsed.error.issues) errors[issue.path[0] as StatementField] ??= issue;
	return { ok: false, errors };
}

/** The known shortcomings as a list, one a line, blank lines left out. */
export const nonConformityList = (s: AccessibilityStatement): string[] =>
	(s.nonConformities ?? '')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
