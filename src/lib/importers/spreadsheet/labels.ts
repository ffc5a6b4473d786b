/**
 * The vocabulary labels a spreadsheet may use for a sector, a kind or status
 * of service or a role, in every UI language (Verkosto's own CSV exports
 * write the labels of the language they were made in).
 */
import fiVocab from '$lib/i18n/messages/vocab';
import svVocab from '$lib/i18n/messages/sv/vocab';
import enVocab from '$lib/i18n/messages/en/vocab';
import fiDirectory from '$lib/i18n/messages/directory';
import svDirectory from '$lib/i18n/messages/sv/directory';
import enDirectory from '$lib/i18n/messages/en/directory';
import { labelMaps, type RowContext } from './rows';

let cached: RowContext['labels'] | undefined;
export const vocabularyLabels = (): RowContext['labels'] =>
	(cached ??= labelMaps(
		[fiVocab, svVocab, enVocab],
		[fiDirectory.areaFreeLabel, svDirectory.areaFreeLabel, enDirectory.areaFreeLabel]
	));
