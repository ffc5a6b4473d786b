/**
 * A file-name part from a title: "Järjestötori Nokialla" → "jarjestotori-nokialla".
 * Long titles are cut at a word boundary, not mid-word.
 */
export function slug(text: string, max = 60): string {
	const full = text
		.toLocaleLowerCase('fi')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (full.length <= max) return full;
	const cut = full.slice(0, max + 1);
	const end = cut.lastIndexOf('-');
	return end > 0 ? cut.slice(0, end) : full.slice(0, max);
}
