/**
 * Rules of a body's place in the structure: its scope must match its level (a
 * local body belongs to a family centre, a regional one to a region) and its
 * parent chain must not loop. Pure: the service checks these before a save and
 * the form shows the problems beside the fields.
 */
import type { Body } from '../entities/body';

export interface BodyProblem {
	/** The field the problem is shown at. */
	path: 'familyCentreId' | 'regionId' | 'parentBodyId';
	/** A key of the validation messages. */
	message: 'scopeFamilyCentre' | 'scopeRegion' | 'parentCycle' | 'parentMissing';
}

type Shape = Pick<Body, 'id' | 'level' | 'familyCentreId' | 'regionId' | 'parentBodyId'>;

/** The ids of a body's descendants (through parentBodyId), not including itself. */
export function descendantIds(
	bodies: readonly Pick<Body, 'id' | 'parentBodyId'>[],
	id: string
): Set<string> {
	const children = new Map<string, string[]>();
	for (const b of bodies)
		if (b.parentBodyId)
			children.set(b.parentBodyId, [...(children.get(b.parentBodyId) ?? []), b.id]);
	const out = new Set<string>();
	const queue = [...(children.get(id) ?? [])];
	while (queue.length) {
		const next = queue.shift()!;
		if (out.has(next) || next === id) continue;
		out.add(next);
		queue.push(...(children.get(next) ?? []));
	}
	return out;
}

/** Bodies that may be chosen as the parent of `id` (itself and its descendants excluded). */
export function parentCandidates<T extends Pick<Body, 'id' | 'parentBodyId'>>(
	bodies: readonly T[],
	id: string | undefined
): T[] {
	if (!id) return [...bodies];
	const below = descendantIds(bodies, id);
	return bodies.filter((b) => b.id !== id && !below.has(b.id));
}

export function bodyProblems(
	body: Shape,
	others: readonly Pick<Body, 'id' | 'parentBodyId'>[]
): BodyProblem[] {
	const out: BodyProblem[] = [];
	if (body.level === 'local' && !body.familyCentreId)
		out.push({ path: 'familyCentreId', message: 'scopeFamilyCentre' });
	if (body.level === 'regional' && !body.regionId)
		out.push({ path: 'regionId', message: 'scopeRegion' });
	const parent = body.parentBodyId;
	if (parent) {
		const rest = others.filter((b) => b.id !== body.id);
		if (parent === body.id || descendantIds(rest, body.id).has(parent))
			out.push({ path: 'parentBodyId', message: 'parentCycle' });
		else if (!rest.some((b) => b.id === parent))
			out.push({ path: 'parentBodyId', message: 'parentMissing' });
	}
	return out;
}

/**
 * The scope fields a body keeps for its level: a local body's region follows
 * its family centre; a regional body has no family centre; provincial and
 * national bodies have neither.
 */
export function normaliseScope<T extends Partial<Shape>>(
	body: T,
	regionOfFamilyCentre: (id: string) => string | undefined
): T {
	const out = { ...body };
	if (body.level === 'local') {
		const region = body.familyCentreId ? regionOfFamilyCentre(body.familyCentreId) : undefined;
		out.regionId = region ?? body.regionId;
	} else if (body.level === 'regional') {
		out.familyCentreId = undefined;
	} else {
		out.familyCentreId = undefined;
		out.regionId = undefined;
	}
	return out;
}
