/** Saves text as a file on the user's device (works offline: nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type = 'text/plain;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Järjestötori Nokialla" → "jarjestotori-nokialla". */
export function fileSlug(title: string): string {
	return (
		title
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'verkosto'
	);
}
