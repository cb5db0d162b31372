import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';

// The honorary card's pages without an account: the QR code's check and the links emailed to organisations and applicants.

test('the card check says plainly that a forged card is unknown', async ({ page }) => {
  await page.goto('/card-verify?code=LL-2026-FORGED-0000');
  await expect(page.getByRole('heading', { name: 'Diese Karte ist uns nicht bekannt' })).toBeVisible();
  // Nothing about a person for an unknown code.
  await expect(page.getByText('Karteninhaber/in')).toHaveCount(0);
  await expectAccessible(page);
});

test('a forged confirmation link gets a friendly page without technical details', async ({ page }) => {
  await page.goto('/card-confirm?token=forged-token-0123456789');
  await expect(page.getByRole('heading', { name: 'Dieser Link funktioniert nicht mehr' })).toBeVisible();
  await expect(page.getByText('Der Link ist ungültig oder abgelaufen.')).toBeVisible();
  await expect(page.getByText('Bitte wenden Sie sich an die Koordinationsstelle.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ja, das stimmt' })).toHaveCount(0);
  await expectAccessible(page);
});

test('a forged status link gets the same friendly page', async ({ page }) => {
  await page.goto('/card-status?token=forged-token-0123456789');
  await expect(page.getByRole('heading', { name: 'Dieser Link funktioniert nicht mehr' })).toBeVisible();
  await expectAccessible(page);
});
