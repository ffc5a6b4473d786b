/**
 * The typed message catalogue: one module per area. The Finnish messages
 * (messages/<area>.ts) are the source of the type and ship with every page;
 * Swedish and English (messages/sv/, messages/en/) are chunks of their own,
 * loaded when the UI language needs them, so the first load stays small.
 * A missing or extra key in sv/en is a type error.
 */
import { fi, type Messages } from './messages/fi';

export { fi, type Messages };

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

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
