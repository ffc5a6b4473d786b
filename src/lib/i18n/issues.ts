/**
 * Turns schema failures into sentences in the user's language that name the
 * record and the field, e.g. «Organisaatio «MLL», kenttä Y-tunnus: Y-tunnus ei kelpaa».
 */
import type { Messages } from './catalogue';

export interface IssueLike {
	path: string;
	code: string;
	message: string;
}

export function describeProblem(m: Messages, issue: IssueLike): string {
	const v = m.common.validation as unknown as Record<string, string>;
	if (issue.message in v && typeof v[issue.message] === 'string') return v[issue.message];
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return v.required;
	return v[issue.code] ?? v.other;
}

export function describeField(m: Messages, path: string): string {
	const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
	const last = parts[parts.length - 1] ?? path;
	return m.vocab.field[last] ?? (last || '—');
}

/** A field's label in a record of `entity`: the entity's own meaning of a top-level name first. */
export function fieldLabel(m: Messages, entity: string, path: string): string {
	const own = (m.vocab.fieldOf as Record<string, Record<string, string> | undefined>)[entity];
	return (!path.includes('.') && own?.[path]) || describeField(m, path);
}

export function describeIssue(
	m: Messages,
	entity: string,
	recordLabel: string,
	issue: IssueLike
): string {
	const entityName = (m.vocab.entityOne as Record<string, string>)[entity] ?? entity;
	return m.common.validation.recordField(
		entityName,
		recordLabel,
		fieldLabel(m, entity, issue.path),
		describeProblem(m, issue)
	);
}
