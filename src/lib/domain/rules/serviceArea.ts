/**
 * A new service's area suggested from its organisation: picking the
 * organisation fills the service's municipalities with the organisation's own,
 * when the area is still empty or still holds the form's own earlier
 * suggestion (another organisation picked first). What the user chose is never
 * replaced, and an existing service's area is never touched. Pure.
 */
export function suggestedArea(
	form: { current: readonly string[]; suggestedBefore: readonly string[]; adding: boolean },
	organisationArea: readonly string[] | undefined,
	/** Municipalities the form can show; others (deleted, unknown) are left out. */
	known: (municipalityId: string) => boolean
): string[] | undefined {
	if (!form.adding || !organisationArea) return undefined;
	const untouched =
		form.current.length === 0 ||
		(form.current.length === form.suggestedBefore.length &&
			form.current.every((id) => form.suggestedBefore.includes(id)));
	if (!untouched) return undefined;
	const area = organisationArea.filter(known);
	if (area.length === 0 && form.current.length === 0) return undefined;
	return area;
}
