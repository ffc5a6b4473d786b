/** Picker options of the network forms: people with their title and organisation, organisations with their sector. */
import type { Choices } from '$lib/queries/network';
import type { PickerOption } from '$lib/ui/form/RecordPicker.svelte';
import type { Messages } from '$lib/i18n/catalogue';

export function personOptions(c: Pick<Choices, 'persons' | 'organisations'>): PickerOption[] {
	const org = new Map(c.organisations.map((o) => [o.id, o.name]));
	return c.persons.map((p) => ({
		id: p.id,
		label: p.name,
		detail:
			[p.title, p.organisationId ? org.get(p.organisationId) : undefined]
				.filter(Boolean)
				.join(', ') || undefined
	}));
}

export function organisationOptions(
	c: Pick<Choices, 'organisations'>,
	m: Messages
): PickerOption[] {
	return c.organisations.map((o) => ({
		id: o.id,
		label: o.name,
		detail: m.vocab.representation[o.sector]
	}));
}
