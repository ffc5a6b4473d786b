/**
 * The typed message catalogue: one module per area, each with fi (the source
 * of the type), sv and en. A missing or extra key in sv/en is a type error.
 */
import common from './messages/common';
import vocab from './messages/vocab';
import home from './messages/home';
import settings from './messages/settings';
import directory from './messages/directory';
import network from './messages/network';
import meetings from './messages/meetings';
import codev from './messages/codev';
import resources from './messages/resources';
import sharing from './messages/sharing';

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const areas = {
	common,
	vocab,
	home,
	settings,
	directory,
	network,
	meetings,
	codev,
	resources,
	sharing
};
type Areas = typeof areas;
export type Messages = { [K in keyof Areas]: Areas[K]['fi'] };

function build(locale: Locale): Messages {
	return Object.fromEntries(
		Object.entries(areas).map(([k, v]) => [k, v[locale]])
	) as unknown as Messages;
}

export const catalogue: Record<Locale, Messages> = {
	fi: build('fi'),
	sv: build('sv'),
	en: build('en')
};

/** BCP 47 tags for Intl formatting: Finnish conventions in every UI language. */
export const intlTag: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };
