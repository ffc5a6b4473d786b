/**
 * Deleting a record that others refer to, without ever leaving a dangling
 * reference. The caller first asks for a plan (what refers to the record and
 * what each choice would do), shows it, and then applies one choice:
 * - 'cascade': records that cannot exist without it (an organisation's
 *   services, a body's memberships) are deleted too; every other reference is
 *   removed from the record that holds it.
 * - 'reassign': every reference is moved to another record of the same kind.
 * Everything happens in one transaction. Deletion leaves tombstones so the
 * deletion travels to other coordinators; `erase` also scrubs a person's
 * personal data from the tombstone.
 */
import type {
	Discussion,
	EntityName,
	EntityOf,
	Membership,
	ResourceContribution
} from '$lib/domain/entities';
import { detach, isDetachable, repoint } from '$lib/domain/references';
import { reviseRecord, systemClock, tombstone, type Clock } from '$lib/domain/records';
import { ENTITY_NAMES } from '$lib/domain/entities';
import type { VerkostoDb } from '$lib/db/database';
import { findReferrers, type Referrer } from '$lib/db/references';
import { validate, writeTransaction } from '$lib/db/repository';
import { StorageError } from '$lib/db/errors';
import { ERASED_NAME } from '$lib/exchange/privacy';
import { forgetErasedPerson } from './erasure';
import { forgetRecords } from './writeAhead';

export interface PlanItem {
	entity: EntityName;
	id: string;
	/** How the user knows the record: its name, or for a membership whose seat in which body. */
	label: string;
	/** A membership's role, for the dialog to name in the UI language. */
	role?: Membership['role'];
}

export interface DeletionPlan {
	entity: EntityName;
	id: string;
	/** Records that will be deleted with it (required references, followed recursively). */
	cascade: PlanItem[];
	/** Records that keep existing but lose (or, on reassign, move) their reference. */
	detach: PlanItem[];
}

export type DeletionChoice = { mode: 'cascade' } | { mode: 'reassign'; to: string };

const ownLabel = (r: object): string | undefined => {
	const o = r as { name?: string; title?: string | { fi?: string } };
	if (typeof o.name === 'string') return o.name;
	if (typeof o.title === 'string') return o.title;
	if (o.title && typeof o.title === 'object' && o.title.fi) return o.title.fi;
	return undefined;
};

/** Names a record for the dialog; records with no name of their own are named by what they link. */
async function describe(db: VerkostoDb, entity: EntityName, r: object): Promise<PlanItem> {
	const rec = r as EntityOf<EntityName>;
	const nameOf = async (table: EntityName, id: string | undefined) =>
		id ? (ownLabel((await db.table(table).get(id)) ?? {}) ?? '') : '';
	const item: PlanItem = { entity, id: rec.id, label: ownLabel(rec) ?? '' };
	if (entity === 'memberships') {
		const m = rec as Membership;
		item.label = `${await nameOf('persons', m.personId)} – ${await nameOf('bodies', m.bodyId)}`;
		item.role = m.role;
	} else if (entity === 'discussions') {
		const d = rec as Discussion;
		item.label = `${await nameOf('bodies', d.bodyId)}: ${await nameOf('assessmentThemes', d.themeId)}`;
	} else if (entity === 'resourceContributions') {
		const c = rec as ResourceContribution;
		item.label = `${await nameOf('organisations', c.organisationId)}: ${c.description}`;
	}
	if (!item.label) item.label = rec.id;
	return item;
}

const blocks = (r: Referrer) => r.refs.some((ref) => !isDetachable(ref));

/** What deleting (entity, id) would do, read in one transaction. */
export async function planDeletion(
	db: VerkostoDb,
	entity: EntityName,
	id: string
): Promise<DeletionPlan> {
	return db.transaction('r', ENTITY_NAMES, async () => {
		const plan: DeletionPlan = { entity, id, cascade: [], detach: [] };
		const seen = new Set([`${entity}:${id}`]);
		const queue: [EntityName, string][] = [[entity, id]];
		while (queue.length) {
			const [e, i] = queue.shift()!;
			for (const r of await findReferrers(db, e, i)) {
				const key = `${r.entity}:${r.record.id}`;
				if (seen.has(key)) continue;
				if (blocks(r)) {
					const item = await describe(db, r.entity, r.record);
					seen.add(key);
					plan.cascade.push(item);
					queue.push([r.entity, r.record.id]);
				} else if (!plan.detach.some((d) => d.entity === r.entity && d.id === r.record.id)) {
					plan.detach.push(await describe(db, r.entity, r.record));
				}
			}
		}
		// A record both detached from one and cascaded by another is simply deleted.
		plan.detach = plan.detach.filter((d) => !seen.has(`${d.entity}:${d.id}`));
		return plan;
	});
}

/** Fields of a person that are personal data and are scrubbed when the person is erased. */
const PERSONAL = ['email', 'phone', 'title', 'jobDescription', 'department'] as const;

export async function deleteRecord(
	db: VerkostoDb,
	entity: EntityName,
	id: string,
	choice: DeletionChoice = { mode: 'cascade' },
	{ erase = false, clock = systemClock }: { erase?: boolean; clock?: Clock } = {}
): Promise<void> {
	const erasing = erase && entity === 'persons';
	// Erasing also reaches the sync base and the undo data, where the person's data lingers.
	const tables = erasing ? [...ENTITY_NAMES, 'sync' as const, 'importUndo' as const] : ENTITY_NAMES;
	await writeTransaction(db, tables, async () => {
		const table = (n: EntityName) => db.table<EntityOf<EntityName>, string>(n);
		const target = await table(entity).get(id);
		if (!target || target.deletedAt) throw new StorageError('missing', `${entity} ${id} not found`);
		let gone = tombstone(target, clock);
		if (erasing) gone = scrubPerson(gone);
		if (choice.mode === 'reassign') {
			const to = await table(entity).get(choice.to);
			if (!to || to.deletedAt || choice.to === id)
				throw new StorageError('missing', `${entity} ${choice.to} not found`);
			await table(entity).put(validate(entity, gone));
			for (const r of await findReferrers(db, entity, id)) {
				const moved = r.refs.reduce((acc, ref) => repoint(acc, ref, id, choice.to), r.record);
				await table(r.entity).put(validate(r.entity, reviseRecord(r.record, moved, clock)));
			}
		} else {
			await cascadeDelete(db, entity, target, { clock, removed: new Set() }, gone);
		}
		if (erasing) await forgetErasedPerson(db, (await db.persons.get(id))!);
	});
	// Unsaved edits of it, or naming an erased person, leave the edit journal too.
	forgetRecords([id]);
}

export interface CascadeContext {
	clock: Clock;
	/** `entity:id` of records already removed in this transaction. */
	removed: Set<string>;
}

/**
 * Tombstones `record` (or writes `gone`, its prepared tombstone) and, through
 * `cutReferrer`, everything that refers to it. Call inside a write transaction
 * over every entity table.
 */
export async function cascadeDelete(
	db: VerkostoDb,
	entity: EntityName,
	record: EntityOf<EntityName>,
	ctx: CascadeContext,
	gone: EntityOf<EntityName> = tombstone(record, ctx.clock)
): Promise<void> {
	ctx.removed.add(`${entity}:${record.id}`);
	await db.table<EntityOf<EntityName>, string>(entity).put(validate(entity, gone));
	for (const r of await findReferrers(db, entity, record.id))
		await cutReferrer(db, r, [record.id], ctx);
}

/**
 * A record whose references to `targets` must go (the targets are deleted or
 * will not exist): it is deleted with what depends on it when one of those
 * references is required, else the references are removed from it. Re-reads
 * the record, since an earlier step in the transaction may have changed it.
 */
export async function cutReferrer(
	db: VerkostoDb,
	referrer: Referrer,
	targets: readonly string[],
	ctx: CascadeContext
): Promise<void> {
	if (ctx.removed.has(`${referrer.entity}:${referrer.record.id}`)) return;
	const table = db.table<EntityOf<EntityName>, string>(referrer.entity);
	const current = await table.get(referrer.record.id);
	if (!current || current.deletedAt) return;
	if (referrer.refs.some((ref) => !isDetachable(ref))) {
		await cascadeDelete(db, referrer.entity, current, ctx);
		return;
	}
	let cut = current;
	for (const ref of referrer.refs) for (const t of targets) cut = detach(cut, ref, t);
	await table.put(validate(referrer.entity, reviseRecord(current, cut, ctx.clock)));
}

function scrubPerson<T extends object>(p: T): T {
	const copy = { ...(p as Record<string, unknown>) };
	for (const f of PERSONAL) delete copy[f];
	copy.name = ERASED_NAME;
	copy.responsibilities = [];
	copy.languages = [];
	return copy as T;
}
