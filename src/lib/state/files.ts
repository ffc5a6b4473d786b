/** Export file names and saving a file from the page. */
import type { Scope } from '$lib/exchange/format';

/** Saves a blob as a download with the given name. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Läntinen alue" → "lantinen-alue". */
export function slug(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'vienti'
	);
}

/** The day in Finland, YYYY-MM-DD. */
export const helsinkiDate = (d = new Date()) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(d);

/** verkosto-<what>[-<privacy>]-<date>.json */
export function exportFileName(
	stems: { all: string; directory: string; noContactDetails: string; noPersons: string },
	scope: Scope,
	date = helsinkiDate()
): string {
	const what =
		scope.kind === 'all' || scope.kind === 'directory'
			? stems[scope.kind]
			: slug(scope.label ?? '');
	const privacy = scope.personalData === 'full' ? '' : `-${stems[scope.personalData]}`;
	return `verkosto-${what}${privacy}-${date}.json`;
}
