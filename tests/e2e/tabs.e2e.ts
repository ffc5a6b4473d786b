import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('a change made in one tab appears in another open tab', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await open(a, '/');
	await open(b, '/');
	await expect(b.getByRole('heading', { name: 'Miten haluat aloittaa?' })).toBeVisible();

	await a.getByRole('button', { name: 'Lataa esimerkkiverkosto (Pirkanmaa)' }).click();
	await expect(a.getByText('Esimerkkiverkosto ladattu.')).toBeVisible();

	// Tab B was not touched, yet it now shows the loaded network.
	const municipalities = b.locator('.summary div', { hasText: 'Kunnat' }).locator('dd');
	await expect(municipalities).toHaveText('23');
});
