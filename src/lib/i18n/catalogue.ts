/**
 * The typed message catalogue: one module per area. The Finnish messages
 * (messages/<area>.ts) are the source of the type and ship with every page;
 * Swedish and English (messages/sv/, messages/en/) are chunks of their own,
 * loaded when the UI language needs them, so the first load stays small.
 * A missing or extra key in sv/en is a type error.
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
import sheets from './messages/sheets';

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Finnish messages (always loaded; the fallback while another language loads). */
export const fi = {
	common,
	vocab,
	home,
	settings,
	directory,
	network,
	meetings,
	codev,
	resources,
	sharing,
	sheets
};
export type Messages = typeof fi;

const loaders: Record<Locale, () => Promise<Messages>> = {
	fi: async () => fi,
	sv: async () => (await import('./messages/sv')).default,
	en: async () => (await import('./messages/en')).default
};

/** The messages of a language (precached by the service worker, so this works offline). */
export function loadMessages(locale: Locale): Promise<Messages> {
	return loaders[locale]();
}

/** BCP 47 tags for Intl formatting: Finnish conventions in every UI language. */
export const intlTag: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };
