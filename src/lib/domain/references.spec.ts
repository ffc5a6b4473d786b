import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITY_NAMES, entitySchemas } from './entities';
import { danglingReferences, detach, idsOf, isDetachable, REFERENCES, repoint } from './references';
import { sampleDataSet, sampleOf, uuid } from '$lib/testing/samples';

type Shape = Record<string, z.ZodType>;
const shapeOf = (s: z.ZodType): Shape => (s as unknown as { shape: Shape }).shape;
/** Strips optional/default wrappers (not arrays). */
const unwrap = (s: z.ZodType): z.ZodType => {
	let cur = s as unknown as { def: { type: string; innerType?: z.ZodType } };
	while (['optional', 'nullable', 'default'].includes(cur.def.type))
		cur = cur.def.innerType as never;
	return cur as unknown as z.ZodType;
};

describe('the reference registry', () => {
	it('names only fields that exist in the schemas', () => {
		for (const ref of REFERENCES) {
			const shape = shapeOf(entitySchemas[ref.from]);
			if (ref.list) {
				const list = unwrap(shape[ref.list]) as unknown as { element: z.ZodType };
				expect(shapeOf(list.element), `${ref.from}.${ref.list}`).toHaveProperty(ref.field);
			} else expect(shape, `${ref.from}`).toHaveProperty(ref.field);
		}
	});

	it('declares every id field of every entity, so none can be forgotten', () => {
		const declared = new Set(
			REFERENCES.map((r) => `${r.from}.${r.list ? r.list + '.' : ''}${r.field}`)
		);
		// Ids that are not references to records: a business id, and ids inside one record.
		const internal = new Set([
			'organisations.businessId',
			'meetings.decisions.agendaItemId',
			'goals.sourcePointIds'
		]);
		for (const n of ENTITY_NAMES) {
			const shape = shapeOf(entitySchemas[n]);
			for (const [field, schema] of Object.entries(shape)) {
				const inner = unwrap(schema) as unknown as { element?: z.ZodType };
				if (/Ids?$/.test(field)) {
					const key = `${n}.${field}`;
					if (!internal.has(key)) expect(declared, key).toContain(key);
				}
				if (inner.element) {
					const el = shapeOf(inner.element);
					if (el)
						for (const f of Object.keys(el))
							if (/Ids?$/.test(f) && !internal.has(`${n}.${field}.${f}`))
								expect(declared, `${n}.${field}.${f}`).toContain(`${n}.${field}.${f}`);
				}
			}
		}
	});

	it('required top-level references cannot be detached', () => {
		const serviceOrg = REFERENCES.find(
			(r) => r.from === 'services' && r.field === 'organisationId'
		)!;
		expect(isDetachable(serviceOrg)).toBe(false);
		expect(() => detach(sampleOf('services'), serviceOrg, uuid(4))).toThrow();
	});
});

describe('detach and repoint', () => {
	const ref = (from: string, field: string) =>
		REFERENCES.find((r) => r.from === from && r.field === field)!;

	it('removes an id from a list and an optional single field', () => {
		const s = sampleOf('services');
		const out = detach(s, ref('services', 'contactPersonIds'), uuid(5));
		expect(out.contactPersonIds).toEqual([]);
		const p = detach(sampleOf('persons'), ref('persons', 'organisationId'), uuid(4));
		expect(p).not.toHaveProperty('organisationId');
		expect(entitySchemas.persons.safeParse(p).success).toBe(true);
	});

	it('drops a participant row but keeps a follow-up without its owner', () => {
		const m = sampleOf('meetings');
		const noParticipant = detach(m, ref('meetings', 'personId'), uuid(5));
		expect(noParticipant.participants).toEqual([]);
		const noOwner = detach(m, ref('meetings', 'ownerPersonId'), uuid(5));
		expect(noOwner.followUps[0]).not.toHaveProperty('ownerPersonId');
		expect(noOwner.followUps[0].text).toBe(m.followUps[0].text);
		expect(entitySchemas.meetings.safeParse(noOwner).success).toBe(true);
	});

	it('repoints without creating duplicates', () => {
		const s = { ...sampleOf('services'), contactPersonIds: [uuid(5), uuid(50)] };
		const out = repoint(s, ref('services', 'contactPersonIds'), uuid(5), uuid(50));
		expect(out.contactPersonIds).toEqual([uuid(50)]);
		expect(
			idsOf(
				repoint(s, ref('services', 'organisationId'), uuid(4), uuid(40)),
				ref('services', 'organisationId')
			)
		).toEqual([uuid(40)]);
	});
});

describe('danglingReferences', () => {
	it('finds none in a complete data set', () => {
		expect(danglingReferences(sampleDataSet())).toEqual([]);
	});

	it('reports a reference to a missing or deleted record, unless known elsewhere', () => {
		const data = sampleDataSet();
		data.organisations = [];
		data.persons[0] = { ...data.persons[0], deletedAt: '2026-02-01T00:00:00.000Z' };
		const found = danglingReferences(data);
		expect(found).toContainEqual({
			entity: 'services',
			id: uuid(6),
			field: 'organisationId',
			to: 'organisations',
			missingId: uuid(4)
		});
		expect(found).toContainEqual(
			expect.objectContaining({
				entity: 'meetings',
				field: 'participants.personId',
				missingId: uuid(5)
			})
		);
		expect(danglingReferences(data, () => true)).toEqual([]);
	});
});
