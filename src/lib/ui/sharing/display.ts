/**
 * A field value from a record as text for the import preview: references as
 * the names of the records they point to, vocabulary codes as their labels,
 * nested items as short readable lines. Always plain text (never HTML).
 */
import type { EntityName } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/catalogue';
import { formatNumber, formatTimestamp } from '$lib/i18n/format';
import { describeField } from '$lib/i18n/issues';

type Vocab = Record<string, string>;
/** The vocabulary a field's codes come from; per entity where the same name means different lists. */
function vocabFor(m: Messages, entity: EntityName, field: string): Vocab | undefined {
	const v = m.vocab as unknown as Record<string, Vocab>;
	const byField: Record<string, string> = {
		sector: 'representation',
		requiredRepresentation: 'representation',
		representsCategory: 'representation',
		participantSectors: 'representation',
		targetGroups: 'targetGroup',
		themes: 'theme',
		languages: 'language',
		deliveryMode: 'deliveryMode',
		responsibilities: 'responsibility',
		role: 'role',
		level: 'bodyLevel',
		attendance: 'attendance',
		byDay: 'weekday'
	};
	const byEntity: Partial<Record<EntityName, Record<string, string>>> = {
		services: { kind: 'serviceKind', status: 'serviceStatus' },
		bodies: { kind: 'bodyKind', status: 'bodyStatus' },
		meetings: { kind: 'meetingKind' },
		familyCentres: { status: 'familyCentreStatus' },
		assessmentRounds: { status: 'roundStatus' },
		goals: { status: 'goalStatus' },
		actions: { status: 'actionStatus' },
		resourceContributions: { kind: 'contributionKind' },
		knowledgeSources: { kind: 'knowledgeKind' },
		discussions: { kind: 'pointKind' }
	};
	const name = byEntity[entity]?.[field] ?? byField[field];
	return name ? v[name] : undefined;
}

const MAX = 300;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function displayValue(
	m: Messages,
	locale: Locale,
	entity: EntityName,
	field: string,
	value: unknown,
	refs: Record<string, string>
): string {
	const vocab = vocabFor(m, entity, field);
	const one = (v: unknown, key = field): string => {
		if (v === undefined || v === null || v === '') return m.sharing.emptyValue;
		if (typeof v === 'boolean') return v ? m.common.yes : m.common.no;
		if (typeof v === 'number') return formatNumber(v, locale);
		if (typeof v === 'string') {
			if (refs[v]) return refs[v];
			const label = (key === field ? vocab : vocabFor(m, entity, key))?.[v];
			if (label) return label;
			if (TIMESTAMP.test(v)) return formatTimestamp(v, locale);
			return v.length > MAX ? `${v.slice(0, MAX)}…` : v;
		}
		if (Array.isArray(v))
			return v.length ? v.map((x) => one(x, key)).join(', ') : m.sharing.emptyValue;
		return Object.entries(v as Record<string, unknown>)
			.filter(([k]) => k !== 'id')
			.map(([k, x]) => `${describeField(m, k)}: ${one(x, k)}`)
			.join('; ');
	};
	return one(value);
}

/**
 * What a conflict says about a deletion on one side. Who deleted and who
 * changed is known only when the two copies share a history; without one
 * (`noBase`) it only says which copy is deleted. "Your data", not "you": the
 * deletion here may have arrived in another coordinator's file.
 */
export function deletionNote(
	m: Messages,
	item: { mineDeleted: boolean; theirsDeleted: boolean; noBase: boolean }
): string | undefined {
	const s = m.sharing;
	if (item.theirsDeleted && !item.mineDeleted)
		return item.noBase ? s.deletedInFile : s.deletedByThem;
	if (item.mineDeleted && !item.theirsDeleted) return item.noBase ? s.deletedHere : s.deletedByMe;
	return undefined;
}
