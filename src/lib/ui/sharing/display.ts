/**
 * A field value from a record as text for the import preview: references as
 * the names of the records they point to, vocabulary codes as their labels,
 * nested items as short readable lines. Always plain text (never HTML).
 */
import type { EntityName } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/catalogue';
import {
	formatDate,
	formatLocalDateTime,
	formatLocalTime,
	formatNumber,
	formatTimestamp
} from '$lib/i18n/format';
import { localized } from '$lib/domain/rules/assessment';
import type { LocalizedText } from '$lib/domain/entities';
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
	// A schedule's repeat rule is labelled with the directory form's words.
	if (field === 'freq') return { WEEKLY: m.directory.weekly, MONTHLY: m.directory.monthly };
	const name = byEntity[entity]?.[field] ?? byField[field];
	return name ? v[name] : undefined;
}

const MAX = 300;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGS = new Set(['fi', 'sv', 'en']);

/** A text in three languages ({fi, sv?, en?}), e.g. an assessment theme's title. */
const isLocalized = (v: object): v is LocalizedText =>
	typeof (v as { fi?: unknown }).fi === 'string' && Object.keys(v).every((k) => LANGS.has(k));

/**
 * A field's value as lines of plain text for the import preview: one line for
 * a single value and for lists of names or codes (joined), one line per item
 * for lists of things (participants, agenda items, points) and of free texts
 * (a group's goals). References show the names of the records they point to,
 * never their ids; vocabulary codes their labels; dates the Finnish way.
 */
export function displayLines(
	m: Messages,
	locale: Locale,
	entity: EntityName,
	field: string,
	value: unknown,
	refs: Record<string, string>
): string[] {
	const vocab = vocabFor(m, entity, field);
	/** A plain value; `named` says whether it is a name or label rather than free text. */
	const scalar = (v: unknown, key: string): { text: string; named: boolean } => {
		if (v === undefined || v === null || v === '')
			return { text: m.sharing.emptyValue, named: true };
		if (typeof v === 'boolean') return { text: v ? m.common.yes : m.common.no, named: true };
		if (typeof v === 'number') return { text: formatNumber(v, locale), named: true };
		if (typeof v !== 'string') return { text: item(v, key), named: false };
		if (refs[v]) return { text: refs[v], named: true };
		const label = (key === field ? vocab : vocabFor(m, entity, key))?.[v];
		if (label) return { text: label, named: true };
		if (UUID.test(v)) return { text: m.sharing.unknownRecord, named: true };
		if (TIMESTAMP.test(v)) return { text: formatTimestamp(v, locale), named: true };
		if (LOCAL_DATE_TIME.test(v)) return { text: formatLocalDateTime(v, locale), named: true };
		if (DATE.test(v)) return { text: formatDate(v, locale), named: true };
		if (CLOCK.test(v)) return { text: formatLocalTime(`0000-00-00T${v}`, locale), named: true };
		return { text: v.length > MAX ? `${v.slice(0, MAX)}…` : v, named: false };
	};
	/** One item of a list, or a nested object, on one line. */
	const item = (v: unknown, key: string): string => {
		if (Array.isArray(v)) return v.map((x) => scalar(x, key).text).join(', ');
		if (!v || typeof v !== 'object') return scalar(v, key).text;
		if (isLocalized(v)) return localized(v, locale);
		return Object.entries(v as Record<string, unknown>)
			.filter(([k, x]) => k !== 'id' && x !== undefined)
			.map(([k, x]) => `${describeField(m, k)}: ${item(x, k)}`)
			.join('; ');
	};
	if (!Array.isArray(value)) return [item(value, field)];
	if (!value.length) return [m.sharing.emptyValue];
	const shown = value.map((x) => scalar(x, field));
	return shown.every((x) => x.named)
		? [shown.map((x) => x.text).join(', ')]
		: shown.map((x) => x.text);
}

/** The same on one line (lines joined), for places that show a value inline. */
export function displayValue(
	m: Messages,
	locale: Locale,
	entity: EntityName,
	field: string,
	value: unknown,
	refs: Record<string, string>
): string {
	return displayLines(m, locale, entity, field, value, refs).join('; ');
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
