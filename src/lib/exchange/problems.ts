/**
 * Why a file was refused, as data: the UI turns each problem into a sentence
 * in the user's language that names the record and field (i18n/issues.ts).
 */
import type { EntityName } from '$lib/domain/entities';

export type ProblemCode =
	| 'empty'
	| 'tooLarge'
	| 'notJson'
	| 'tooDeep'
	| 'forbiddenKey'
	| 'notExport'
	| 'newerFormat'
	| 'badVersion'
	| 'envelope'
	| 'record'
	| 'duplicateId'
	| 'withheldField'
	| 'checksum'
	| 'counts'
	| 'futureExport'
	| 'futureTime'
	| 'idInOtherEntity'
	| 'duplicateCode';

export interface ImportProblem {
	code: ProblemCode;
	entity?: EntityName;
	id?: string;
	/** The record's name or title, when the problem is in a record. */
	label?: string;
	/** Where in the record (or the file, outside records): "website", "address.postalCode". */
	path?: string;
	/** The schema issue, as i18n/issues.ts describes it. */
	issue?: { path: string; code: string; message: string };
	/** Numbers for the message: file size, version … */
	value?: string | number;
	/** The other record of a clash (same id, same municipality code), in the file or here. */
	other?: { entity: EntityName; id: string; label: string; local: boolean };
}

/** A refusal: the first problems found (at most LIMITS.issues) and how many there were. */
export class ImportRefused extends Error {
	constructor(
		readonly problems: ImportProblem[],
		readonly total = problems.length
	) {
		super(`import refused: ${problems.map((p) => p.code).join(', ')}`);
		this.name = 'ImportRefused';
	}
}
