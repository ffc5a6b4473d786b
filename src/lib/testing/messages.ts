/** Every language's messages at once, for tests (the app loads sv and en on demand). */
import { fi, type Locale, type Messages } from '$lib/i18n/catalogue';
import sv from '$lib/i18n/messages/sv';
import en from '$lib/i18n/messages/en';

export const catalogue: Record<Locale, Messages> = { fi, sv, en };
