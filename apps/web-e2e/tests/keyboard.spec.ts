import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';

test('the sign-in page works with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  const email = page.getByLabel('E-Mail-Adresse');
  const password = page.getByLabel('Passwort', { exact: true });
  const submit = page.getByRole('button', { name: 'Anmelden', exact: true });
  await expect(email).toBeVisible();
  await expectAccessible(page);

  // The first Tab reaches the skip link, which jumps over the toolbar and navigation.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/login$/);

  await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type('niemand@e2e.example');
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type('falsches-Passwort-123');
  await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/E-Mail-Adresse oder Passwort stimmen nicht/);
  await expectAccessible(page);
});
