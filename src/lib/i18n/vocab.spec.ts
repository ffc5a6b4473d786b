import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { entitySchemas, ENTITY_NAMES } from '$lib/domain/entities';
import { LOCALES } from './catalogue';
import { catalogue } from '$lib/testing/messages';
import { fieldLabel } from './issues';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { def: Def }).def;

/** Every property name in a schema, nested objects and list items included. */
function fieldNames(schema: z.ZodType, out = new Set<string>()): Set<string> {
	const d = defOf(schema);
	switch (d.type) {
		case 'object':
			for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>)) {
				out.add(k);
				fieldNames(v, out);
			}
			break;
		case 'optional':
		case 'nullable':
		case 'default':
		case 'readonly':
			fieldNames(d.innerType as z.ZodType, out);
			break;
		case 'array':
			fieldNames(d.element as z.ZodType, out);
			break;
		case 'pipe':
			fieldNames(d.in as z.ZodType, out);
			fieldNames(d.out as z.ZodType, out);
			break;
		case 'union':
			for (const o of d.options as z.ZodType[]) fieldNames(o, out);
			break;
	}
	return out;
}

describe('field labels', () => {
	it('finds nested fields (the walk itself works)', () => {
		const names = fieldNames(entitySchemas.meetings);
		for (const f of ['participants', 'attendance', 'agenda', 'agendaItemId', 'ownerPersonId'])
			expect(names.has(f), f).toBe(true);
		expect(fieldNames(entitySchemas.services).has('street')).toBe(true);
	});

	it('every field of every entity, nested ones too, has a label in every language', () => {
		for (const l of LOCALES)
			for (const n of ENTITY_NAMES) {
				const missing = [...fieldNames(entitySchemas[n])].filter(
					(f) => !catalogue[l].vocab.field[f]
				);
				expect(missing, `${l} ${n}`).toEqual([]);
			}
	});

	it('uses an entity’s own meaning of a field name', () => {
		expect(fieldLabel(catalogue.fi, 'persons', 'title')).toBe('tehtävänimike');
		expect(fieldLabel(catalogue.fi, 'meetings', 'title')).toBe('otsikko');
		expect(fieldLabel(catalogue.en, 'services', 'address.street')).toBe('street address');
	});
});
