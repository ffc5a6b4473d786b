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
