/** A record's area in a few words: up to three municipality names, then "+N". */
export function placeSummary(
	ids: readonly string[],
	names: ReadonlyMap<string, string>,
	labels: { areaFree: string; all: string; more: (n: number) => string },
	shown = 3
): string {
	if (ids.length === 0) return labels.areaFree;
	if (names.size > 3 && ids.length >= names.size) return labels.all;
	const list = ids.map((i) => names.get(i)).filter((n): n is string => !!n);
	return list.length > shown
		? `${list.slice(0, shown).join(', ')} ${labels.more(list.length - shown)}`
		: list.join(', ');
}
