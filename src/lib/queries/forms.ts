/**
 * The reads behind the app's editors: the record a form opens on (read once,
 * live records only), the names of records a picker or a conflict note shows,
 * and the choices each form offers. Plain async functions over the app's
 * database; a page that follows changes wraps one in `Live`.
 */
import { db } from '$lib/db/connection';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { REFERENCES } from '$lib/domain/references';
import { isLive, sortByName } from '$lib/domain/records';
import { readBody, readChoices, type BodyPageData, type Choices } from './network';

/** The stored record, or undefined when there is none or it was deleted. */
export async function readRecord<N extends EntityName>(
	entity: N,
	id: string
): Promise<EntityOf<N> | undefined> {
	const r = await db().table<EntityOf<N>, string>(entity).get(id);
	return r && isLive(r) ? r : undefined;
}

/** Picker options for records already chosen (their names), in the order asked. */
export async function optionsOf(
	table: 'organisations' | 'persons',
	ids: readonly string[]
): Promise<{ id: string; label: string }[]> {
	const rows = await db()
		.table<{ id: string; name: string }, string>(table)
		.bulkGet([...ids]);
	return rows.filter((r) => !!r).map((r) => ({ id: r!.id, label: r!.name }));
}

/**
 * Names of the records that stored values of reference fields point to (from
 * REFERENCES), so a conflict note shows «MLL» rather than an id.
 */
export async function referenceNames(
	entity: EntityName,
	values: Record<string, unknown>
): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const ref of REFERENCES) {
		if (ref.from !== entity || ref.list || !(ref.field in values)) continue;
		const v = values[ref.field];
		const ids = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
		const rows = await db().table<Record<string, unknown>, string>(ref.to).bulkGet(ids);
		rows.forEach((r, i) => {
			const name = r?.name ?? r?.title;
			if (typeof name === 'string') out[ids[i]] = name;
			else if (
				name &&
				typeof name === 'object' &&
				typeof (name as { fi?: unknown }).fi === 'string'
			)
				out[ids[i]] = (name as { fi: string }).fi;
		});
	}
	return out;
}

/** The network forms' choices: places, centres, bodies, people and organisations by name. */
export const formChoices = (): Promise<Choices> => readChoices();

/** A body with its members, for the membership form. */
export const bodyWithMembers = (bodyId: string): Promise<BodyPageData | undefined> =>
	readBody(bodyId);

type Named = { id: string; name: string };
/** The resources forms' choices: organisations, family centres and bodies by name. */
export async function resourceChoices(): Promise<{
	organisations: Named[];
	familyCentres: Named[];
	bodies: Named[];
}> {
	const d = db();
	const [organisations, familyCentres, bodies] = await Promise.all([
		d.organisations.toArray(),
		d.familyCentres.toArray(),
		d.bodies.toArray()
	]);
	return {
		organisations: sortByName(organisations.filter(isLive)),
		familyCentres: sortByName(familyCentres.filter(isLive)),
		bodies: sortByName(bodies.filter(isLive))
	};
}

/** A theme's page: the theme, the other themes (to move links to), and how many rounds use it. */
export async function themePage(themeId: string) {
	const d = db();
	const [theme, themes, rounds] = await Promise.all([
		d.assessmentThemes.get(themeId),
		d.assessmentThemes.toArray(),
		d.assessmentRounds.toArray()
	]);
	return {
		theme: theme && isLive(theme) ? theme : undefined,
		others: themes.filter((x) => isLive(x) && x.id !== themeId),
		usedIn: rounds.filter((r) => isLive(r) && r.focusThemeIds.includes(themeId)).length
	};
}
