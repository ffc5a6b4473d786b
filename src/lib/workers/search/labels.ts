/**
 * The words a search may use for a vocabulary code (a theme, a target group, a
 * sector, a language, a kind of service) in every UI language, so that
 * "vauvaperheet" or "baby families" finds services tagged `babies`, and the
 * themes' synonyms ("autismi" → nepsy). Used by the search worker and by the
 * benchmark's Node figures, so both index the same.
 */
import { SECTORS, TARGET_GROUPS, THEMES, LANGUAGES, type Theme } from '$lib/domain/fields';
import { SERVICE_KINDS } from '$lib/domain/entities';
import type { ThemeSynonyms } from '$lib/domain/themeSynonyms';
import fi from '$lib/i18n/messages/vocab';
import sv from '$lib/i18n/messages/sv/vocab';
import en from '$lib/i18n/messages/en/vocab';
import type { TagLabels } from '$lib/search/directoryIndex';
import { SynonymExpander, synonymsInEffect, synonymTagLabels } from '$lib/search/synonyms';

const langs = [fi, sv, en];

export function tagLabels(synonyms?: ThemeSynonyms): TagLabels {
	const of = <K extends 'theme' | 'targetGroup' | 'representation' | 'language' | 'serviceKind'>(
		prefix: string,
		key: K,
		codes: readonly string[]
	): TagLabels =>
		codes.map((c) => [
			`${prefix}:${c}`,
			langs.map((v) => (v[key] as Record<string, string>)[c]).filter(Boolean)
		]);
	return [
		...of('theme', 'theme', THEMES),
		...synonymTagLabels(synonymsInEffect(synonyms)),
		...of('group', 'targetGroup', TARGET_GROUPS),
		...of('sector', 'representation', SECTORS),
		...of('lang', 'language', LANGUAGES),
		...of('kind', 'serviceKind', SERVICE_KINDS)
	];
}

/** The expander of the themes' synonyms in effect, their labels in every UI language included. */
export function synonymExpander(synonyms?: ThemeSynonyms): SynonymExpander {
	const labels = Object.fromEntries(
		THEMES.map((t) => [t, langs.map((v) => v.theme[t]).filter(Boolean)])
	) as Record<Theme, string[]>;
	return new SynonymExpander(synonymsInEffect(synonyms), labels);
}
