/**
 * What the page is shown of an import preview. The plan itself stays in the
 * worker (a country's worth of records); the page gets the counts, the lists
 * it shows first, and pages of items on demand, each with its field-by-field
 * differences and the names of the records its references point to.
 */
import { ENTITY_NAMES, type EntityName } from '$lib/domain/entities';
import type { DanglingReference } from '$lib/domain/references';
import type { EnvelopeHeader, ExportFile } from './format';
import {
	fieldDiffs,
	itemKey,
	localStamp,
	newerSide,
	type Counts,
	type Duplicate,
	type FieldDiff,
	type ItemKind,
	type MergePlan,
	type PlanItem
} from './merge';

export interface PreviewSource {
	file: ExportFile;
	plan: MergePlan;
	fileName: string;
	labels: Map<string, string>;
}

export interface PreviewSummary {
	fileName: string;
	header: EnvelopeHeader;
	counts: Partial<Record<EntityName, Counts>>;
	totals: Counts;
	/** Tombstones of records this device never had. */
	tombstones: number;
	duplicates: Duplicate[];
	dangling: (DanglingReference & { label: string })[];
	danglingTotal: number;
	/** Conflicts without shared history (the newer side is suggested). */
	noBase: number;
}

export interface ItemView {
	key: string;
	entity: EntityName;
	id: string;
	label: string;
	kind: ItemKind;
	noBase: boolean;
	mineDeleted: boolean;
	theirsDeleted: boolean;
	newer: 'mine' | 'theirs';
	mineUpdatedAt?: string;
	/** The local copy shown (`localStamp`): a decision records it. */
	mineStamp?: string;
	theirsUpdatedAt: string;
	/** The file erases this person: it cannot be turned down. */
	erasure: boolean;
	diffs: FieldDiff[];
}

export interface ItemsPage {
	total: number;
	items: ItemView[];
	/** Names of the records the shown values refer to, by id. */
	refs: Record<string, string>;
}

const SHOWN = { duplicates: 200, dangling: 100 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function summarize(p: PreviewSource): PreviewSummary {
	const totals = { new: 0, changed: 0, deleted: 0, conflict: 0, older: 0, unchanged: 0 };
	const counts: PreviewSummary['counts'] = {};
	for (const n of ENTITY_NAMES) {
		const c = p.plan.counts[n];
		if (!p.file.data[n]) continue;
		counts[n] = c;
		for (const k of Object.keys(totals) as ItemKind[]) totals[k] += c[k];
	}
	let tombstones = 0;
	let noBase = 0;
	for (const i of p.plan.items) {
		if (i.tombstoneOnly) tombstones++;
		if (i.noBase) noBase++;
	}
	return {
		fileName: p.fileName,
		header: p.file.header,
		counts,
		totals,
		tombstones,
		duplicates: p.plan.duplicates.slice(0, SHOWN.duplicates),
		dangling: p.plan.dangling
			.slice(0, SHOWN.dangling)
			.map((d) => ({ ...d, label: p.labels.get(d.id) ?? d.id })),
		danglingTotal: p.plan.dangling.length,
		noBase
	};
}

function view(p: PreviewSource, i: PlanItem): ItemView {
	return {
		key: itemKey(i),
		entity: i.entity,
		id: i.id,
		label: p.labels.get(i.id) ?? i.id,
		kind: i.kind,
		noBase: !!i.noBase,
		mineDeleted: !!i.local?.deletedAt,
		theirsDeleted: !!i.remote.deletedAt,
		newer: newerSide(i),
		mineUpdatedAt: i.local?.updatedAt,
		mineStamp: localStamp(i.local),
		theirsUpdatedAt: i.remote.updatedAt,
		erasure: !!i.erasure,
		diffs: fieldDiffs(i.local, i.remote)
	};
}

/** One page of the items of a kind (and entity), in the order of the file. */
export function itemsPage(
	p: PreviewSource,
	{
		kind,
		entity,
		offset = 0,
		limit = 50
	}: { kind: ItemKind; entity?: EntityName; offset?: number; limit?: number }
): ItemsPage {
	const all = p.plan.items.filter(
		(i) => i.kind === kind && !i.tombstoneOnly && (!entity || i.entity === entity)
	);
	const items = all.slice(offset, offset + limit).map((i) => view(p, i));
	const refs: Record<string, string> = {};
	const collect = (v: unknown) => {
		if (typeof v === 'string') {
			if (UUID.test(v) && p.labels.has(v)) refs[v] = p.labels.get(v)!;
		} else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	for (const it of items)
		for (const d of it.diffs) {
			collect(d.mine);
			collect(d.theirs);
		}
	return { total: all.length, items, refs };
}
