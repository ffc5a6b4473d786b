/**
 * Writes of the network section: regions, municipalities, family centres,
 * bodies and memberships. Every save is validated against the entity schema
 * and the section's own rules (a body's scope and parent chain, a deputy's
 * principal, one current seat per person) and written in one transaction, so
 * a refused save changes nothing and says which field is wrong. Deleting goes
 * through services/deletion.ts.
 */
import type { EntityName, Membership, Person } from '$lib/domain/entities';
import { createRecord, isLive, updateRecord, type Clock, systemClock } from '$lib/domain/records';
import { bodyProblems, normaliseScope } from '$lib/domain/rules/bodies';
import { termState } from '$lib/domain/rules/representation';
import type { VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { validate, writeTransaction, type Fields } from '$lib/db/repository';
import { refuse, saveRecord, type Edit, type SaveOptions } from './records';

/**
 * The section's saves share the generic one (an edit writes only what the
 * user changed since `edit.base`); `db` and `clock` come first here for tests.
 */
const save = <N extends EntityName>(
	db: VerkostoDb,
	entity: N,
	fields: Fields<N>,
	edit: Edit<N> | undefined,
	clock: Clock,
	check?: SaveOptions<N>['check'],
	extraTables: EntityName[] = []
) => saveRecord(entity, fields, edit, { db, clock, check, extraTables });

export const saveRegion = (
	db: VerkostoDb,
	fields: Fields<'regions'>,
	edit?: Edit<'regions'>,
	clock: Clock = systemClock
) => save(db, 'regions', fields, edit, clock);

export const saveMunicipality = (
	db: VerkostoDb,
	fields: Fields<'municipalities'>,
	edit?: Edit<'municipalities'>,
	clock: Clock = systemClock
) =>
	save(db, 'municipalities', fields, edit, clock, async (next) => {
		// The code is a unique index: say so instead of failing with a constraint error.
		const same = await db.municipalities.where('code').equals(next.code).first();
		if (same && same.id !== next.id)
			refuse('municipalities', edit?.id, [{ path: 'code', code: 'custom', message: 'codeTaken' }]);
	});

export const saveFamilyCentre = (
	db: VerkostoDb,
	fields: Fields<'familyCentres'>,
	edit?: Edit<'familyCentres'>,
	clock: Clock = systemClock
) =>
	save(
		db,
		'familyCentres',
		{
			...fields,
			municipalityIds: [...new Set(fields.municipalityIds)],
			contactPersonIds: [...new Set(fields.contactPersonIds)]
		},
		edit,
		clock
	);

export async function saveBody(
	db: VerkostoDb,
	fields: Fields<'bodies'>,
	edit?: Edit<'bodies'>,
	clock: Clock = systemClock
) {
	const regionOf = new Map(
		(await db.familyCentres.toArray()).filter(isLive).map((f) => [f.id, f.regionId])
	);
	const scoped = normaliseScope(
		{ ...fields, requiredRepresentation: [...new Set(fields.requiredRepresentation)] },
		(fc) => regionOf.get(fc)
	);
	return save(
		db,
		'bodies',
		scoped,
		edit,
		clock,
		async (next) => {
			const others = (await db.bodies.toArray()).filter(isLive);
			const problems = bodyProblems(next, others);
			if (problems.length)
				refuse(
					'bodies',
					edit?.id,
					problems.map((p) => ({ path: p.path, code: 'custom', message: p.message }))
				);
		},
		['familyCentres']
	);
}

/** A person created together with their first membership (from the membership form). */
export type NewPerson = Pick<Person, 'name'> &
	Partial<Pick<Person, 'title' | 'organisationId' | 'email' | 'phone'>>;

export async function saveMembership(
	db: VerkostoDb,
	fields: Omit<Fields<'memberships'>, 'personId'> & { personId?: string },
	edit: Edit<'memberships'> | undefined,
	{ newPerson, today, clock = systemClock }: { newPerson?: NewPerson; today: string; clock?: Clock }
): Promise<Membership> {
	return writeTransaction(db, ['memberships', 'persons', 'bodies'], async () => {
		let personId = fields.personId;
		if (newPerson) {
			const person = validate(
				'persons',
				createRecord<Person>(
					{ ...newPerson, responsibilities: [], languages: [], fictional: false },
					clock
				)
			);
			await db.persons.add(person);
			personId = person.id;
		}
		if (!personId)
			refuse('memberships', edit?.id, [{ path: 'personId', code: 'custom', message: 'required' }]);
		const membership = await save(
			db,
			'memberships',
			{ ...fields, personId, ...(fields.role === 'deputy' ? {} : { deputyForId: undefined }) },
			edit,
			clock,
			async (next) => {
				const body = await db.bodies.get(next.bodyId);
				if (!body || !isLive(body))
					throw new StorageError('missing', `bodies ${next.bodyId} not found`);
				const person = await db.persons.get(next.personId);
				if (!person || !isLive(person))
					refuse('memberships', edit?.id, [
						{ path: 'personId', code: 'custom', message: 'required' }
					]);
				const siblings = (
					await db.memberships.where('bodyId').equals(next.bodyId).toArray()
				).filter((m) => isLive(m) && m.id !== next.id);
				if (next.deputyForId) {
					const principal = siblings.find((m) => m.id === next.deputyForId);
					if (!principal || principal.role === 'deputy' || principal.personId === next.personId)
						refuse('memberships', edit?.id, [
							{ path: 'deputyForId', code: 'custom', message: 'deputyFor' }
						]);
				}
				// One seat per person at a time: a second current membership is a mistake,
				// a new term after the old one has ended is history being kept.
				if (
					termState(next, today) !== 'ended' &&
					siblings.some(
						(m) =>
							m.personId === next.personId && termState(m, today) !== 'ended' && overlaps(m, next)
					)
				)
					refuse('memberships', edit?.id, [
						{ path: 'personId', code: 'custom', message: 'alreadyMember' }
					]);
			}
		);
		return membership;
	});
}

const overlaps = (
	a: Pick<Membership, 'termStart' | 'termEnd'>,
	b: Pick<Membership, 'termStart' | 'termEnd'>
) =>
	(a.termStart ?? '0000-01-01') <= (b.termEnd ?? '9999-12-31') &&
	(b.termStart ?? '0000-01-01') <= (a.termEnd ?? '9999-12-31');

/** Ends a member's term on `date` (the last day); the membership stays as history. */
export async function endMembership(
	db: VerkostoDb,
	id: string,
	date: string,
	clock: Clock = systemClock
): Promise<Membership> {
	return writeTransaction(db, ['memberships'], async () => {
		const current = await db.memberships.get(id);
		if (!current || !isLive(current))
			throw new StorageError('missing', `memberships ${id} not found`);
		const next = validate('memberships', updateRecord(current, { termEnd: date }, clock));
		await db.memberships.put(next);
		return next;
	});
}
