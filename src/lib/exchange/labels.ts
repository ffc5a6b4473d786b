/** How a record is named in previews and error messages: its name or title, else its id. */
export function recordLabel(record: unknown): string {
	if (!record || typeof record !== 'object') return '';
	const o = record as Record<string, unknown>;
	for (const key of ['name', 'title', 'text', 'code'] as const) {
		const v = o[key];
		if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 120);
		if (v && typeof v === 'object' && typeof (v as { fi?: unknown }).fi === 'string')
			return ((v as { fi: string }).fi || '').slice(0, 120);
	}
	if (typeof o.description === 'string' && o.description.trim())
		return o.description.trim().slice(0, 60);
	return typeof o.id === 'string' ? o.id : '';
}

/** Records with no name of their own, named by the records they join. */
const JOINS: Record<string, readonly string[]> = {
	memberships: ['personId', 'bodyId'],
	discussions: ['bodyId', 'themeId']
};
/** Items with ids inside records that other fields point at (a decision's agenda item, a goal's points). */
const ITEMS: Record<string, Record<string, string>> = {
	meetings: { agenda: 'title', decisions: 'text', followUps: 'text' },
	discussions: { points: 'text' }
};

/**
 * Names for every id in the given data sets (later sets win), for showing
 * references by name: records by `recordLabel`; memberships and discussions,
 * which have no name, by the records they join ("Aino Virtanen – Ohjausryhmä");
 * and the items inside records that references point at (agenda items, points).
 */
export function labelIndex(sets: readonly Record<string, readonly unknown[] | undefined>[]) {
	const labels = new Map<string, string>();
	const joined: [string, Record<string, unknown>][] = [];
	for (const set of sets)
		for (const [entity, records] of Object.entries(set))
			for (const r of (records ?? []) as Record<string, unknown>[]) {
				if (typeof r.id !== 'string') continue;
				labels.set(r.id, recordLabel(r));
				if (JOINS[entity]) joined.push([entity, r]);
				for (const [list, field] of Object.entries(ITEMS[entity] ?? {}))
					for (const item of (r[list] ?? []) as Record<string, unknown>[]) {
						const text = item[field];
						if (typeof item.id === 'string' && typeof text === 'string' && !labels.has(item.id))
							labels.set(item.id, text.trim().slice(0, 120));
					}
			}
	for (const [entity, r] of joined) {
		const parts = JOINS[entity]
			.map((f) => r[f])
			.filter((id): id is string => typeof id === 'string' && labels.has(id))
			.map((id) => labels.get(id)!);
		if (parts.length) labels.set(r.id as string, parts.join(' – '));
	}
	return labels;
}
