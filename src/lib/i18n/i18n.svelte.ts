/**
 * The UI language as rune state. Components read `i18n.m` (the current
 * catalogue) and re-render when the language changes. The choice is kept in
 * localStorage so it is known before the database opens.
 */
import { catalogue, LOCALES, type Locale, type Messages } from './catalogue';

const KEY = 'verkosto.locale';

function initial(): Locale {
	try {
		const saved = globalThis.localStorage?.getItem(KEY);
		if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
	} catch {
		// storage disabled: fall back to Finnish
	}
	return 'fi';
}

class I18n {
	locale = $state<Locale>(initial());

	get m(): Messages {
		return catalogue[this.locale];
	}

	set(locale: Locale) {
		this.locale = locale;
		try {
			globalThis.localStorage?.setItem(KEY, locale);
		} catch {
			// not remembered, still switched
		}
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const i18n = new I18n();
export { LOCALES, type Locale, type Messages };
