/**
 * Why a file was refused, as sentences in the user's language that name the
 * record and field: «Organisaatio «MLL», kenttä verkkosivu: linkin pitää alkaa http://…».
 */
import type { ImportProblem } from '$lib/exchange/problems';
import { LIMITS } from '$lib/exchange/format';
import type { Locale, Messages } from './catalogue';
import { describeField, describeProblem } from './issues';
import { formatBytes, formatTimestamp } from './format';

/** A time from the file in the Finnish way; the raw text when it is no time at all. */
const when = (t: string, locale: Locale) =>
	Number.isNaN(Date.parse(t)) ? t : formatTimestamp(t, locale);

/** The problem placed: in a record's field, in a record, or somewhere in the file. */
function placed(m: Messages, p: ImportProblem, problem: string, path = p.path): string {
	if (!p.entity) return m.sharing.problem.inFile(path || '—', problem);
	const entity = (m.vocab.entityOne as Record<string, string>)[p.entity] ?? p.entity;
	const record = p.label || p.id || '?';
	return path
		? m.common.validation.recordField(entity, record, describeField(m, path), problem)
		: m.sharing.problem.record(entity, record, problem);
}

export function describeImportProblem(m: Messages, p: ImportProblem, locale: Locale): string {
	const t = m.sharing.problem;
	switch (p.code) {
		case 'record':
		case 'envelope':
			return placed(m, p, p.issue ? describeProblem(m, p.issue) : m.common.validation.other);
		case 'empty':
		case 'notExport':
		case 'checksum':
			return t[p.code];
		case 'tooLarge':
			return t.tooLarge(
				formatBytes(Number(p.value), locale),
				formatBytes(LIMITS.fileBytes, locale)
			);
		case 'notJson':
			return t.notJson(typeof p.value === 'number' ? p.value : undefined);
		case 'newerFormat':
		case 'badVersion':
			return t[p.code](String(p.value));
		case 'tooDeep':
		case 'duplicateId':
			return placed(m, p, t[p.code]);
		case 'withheldField':
			return placed(m, p, t.withheldField);
		case 'forbiddenKey': {
			// The path ends in the forbidden key itself; name the field that holds it.
			const parent = (p.path ?? '').split('.').slice(0, -1).join('.');
			return placed(m, p, t.forbiddenKey(String(p.value)), parent);
		}
		case 'counts':
			return t.counts(p.entity ? m.vocab.entity[p.entity] : '');
		case 'futureExport':
			return t.futureExport(when(String(p.value), locale));
		case 'futureTime':
			return placed(m, p, t.futureTime(when(String(p.value), locale)));
		case 'idInOtherEntity':
			return placed(
				m,
				p,
				t.idInOtherEntity(
					p.other ? m.vocab.entityOne[p.other.entity].toLocaleLowerCase(locale) : '',
					p.other?.label ?? '',
					!!p.other?.local
				)
			);
		case 'duplicateCode':
			return placed(m, p, t.duplicateCode(String(p.value), p.other?.label ?? '', !!p.other?.local));
	}
}
