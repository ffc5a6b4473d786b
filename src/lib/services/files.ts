/** File names and saving a file from the page. */
import type { Scope } from '$lib/exchange/format';
import { slug } from '$lib/domain/slug';
import { todayInHelsinki } from '$lib/domain/clock';

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

/** Saves text as a file on the user's device (works offline: nothing leaves the browser). */
export function downloadText(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
	download(new Blob([text], { type }), name);
}

/** A file-name part from a title, never empty: "Järjestötori Nokialla" → "jarjestotori-nokialla". */
export const fileSlug = (title: string, fallback = 'verkosto') => slug(title) || fallback;

/** The day in Finland, YYYY-MM-DD. */
export const helsinkiDate = todayInHelsinki;

/** verkosto-<what>[-<privacy>]-<date>.json */
export function exportFileName(
	stems: { all: string; directory: string; noContactDetails: string; noPersons: string },
	scope: Scope,
	date = helsinkiDate()
): string {
	const what =
		scope.kind === 'all' || scope.kind === 'directory'
			? stems[scope.kind]
			: fileSlug(scope.label ?? '', 'vienti');
	const privacy = scope.personalData === 'full' ? '' : `-${stems[scope.personalData]}`;
	return `verkosto-${what}${privacy}-${date}.json`;
}
