/**
 * Helpers for edit forms showing conflicts (ConflictNote): a stored value as
 * a form value, and moving focus to the first conflict after a refused save.
 */
import { tick } from 'svelte';

/** A stored text (or number) as the text of an input; absent is blank. */
export const asText = (v: unknown): string =>
	typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** A stored list as a fresh array for a checkbox group or picker. */
export const asList = <T = string>(v: unknown): T[] => (Array.isArray(v) ? [...v] : []);

/** A stored list of lines as the text of a one-per-line textarea. */
export const asLines = (v: unknown): string => asList(v).join('\n');

/** Moves focus to the first conflict note in the document (after the save was refused). */
export async function focusFirstConflict(): Promise<void> {
	await tick();
	(document.querySelector('.conflict') as HTMLElement | null)?.focus();
}

/** Moves focus to the first field in error (after a refused save, once its errors show). */
export function focusFirstInvalid(): void {
	queueMicrotask(() =>
		(document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus()
	);
}
