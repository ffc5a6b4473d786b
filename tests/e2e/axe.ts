/**
 * The one accessibility check of the browser tests: axe with the WCAG 2.1 A
 * and AA rules. As a Playwright fixture (`test` from here gives `axe(what)`
 * on the test's page) and as a function for pages of other contexts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each violation as "<what>: <rule id> <targets>", so a failure says where. */
export async function axeViolations(page: Page, what = ''): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
	return result.violations.map(
		(v) => `${what ? `${what}: ` : ''}${v.id} ${v.nodes.map((n) => n.target).join(' ')}`
	);
}

/** Fails the test with every violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, what = ''): Promise<void> {
	expect(await axeViolations(page, what)).toEqual([]);
}

export const test = base.extend<{ axe: (what?: string) => Promise<void> }>({
	axe: async ({ page }, use) => {
		await use((what) => expectAccessible(page, what));
	}
});
export { expect };
