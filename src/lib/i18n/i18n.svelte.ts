/**
 * The UI language as rune state. Components read `i18n.m` (the current
 * catalogue) and re-render when the language changes. The choice is kept in
 * localStorage so it is known before the database opens; the root layout
 * waits for `i18n.ready` so that a Swedish or English user never sees a
 * Finnish first frame.
 */
import { fi, LOCALES, loadMessages, type Locale, type Messages } from './catalogue';

const KEY = 'verkosto.locale';

function saved(): Locale {
	try {
		const value = globalThis.localStorage?.getItem(KEY);
		if (value && (LOCALES as readonly string[]).includes(value)) return value as Locale;
	} catch {
		// storage disabled: fall back to Finnish
	}
	return 'fi';
}

class I18n {
	locale = $state<Locale>('fi');
	#messages = $state.raw<Messages>(fi);
	/** The language asked for last: a slower earlier load must not win over it. */
	#wanted: Locale = 'fi';
	/** Resolves once the saved language's messages are in use. */
	readonly ready: Promise<void>;

	constructor() {
		const locale = saved();
		this.ready = locale === 'fi' ? Promise.resolve() : this.#use(locale).catch(() => undefined);
	}

	get m(): Messages {
		return this.#messages;
	}

	async #use(locale: Locale) {
		this.#wanted = locale;
		const messages = await loadMessages(locale);
		if (this.#wanted !== locale) return;
		this.#messages = messages;
		this.locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}

	/** Switches the UI language (once its messages are loaded) and remembers the choice. */
	async set(locale: Locale) {
		try {
			globalThis.localStorage?.setItem(KEY, locale);
		} catch {
			// not remembered, still switched
		}
		await this.#use(locale);
	}
}

export const i18n = new I18n();
export { LOCALES, type Locale, type Messages };
