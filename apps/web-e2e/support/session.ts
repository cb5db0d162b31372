import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

/** Signs in through the form (German UI) and waits for the start page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Anmelden', exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Willkommen, / })).toBeVisible();
}

/** Signs out through the account menu; `menuName`/`signOutName` allow other UI languages. */
export async function signOut(page: Page, menuName = /^Konto-Menü für /, signOutName = 'Abmelden'): Promise<void> {
  await page.getByRole('button', { name: menuName }).click();
  await page.getByRole('menuitem', { name: signOutName }).click();
  await expect(page).toHaveURL(/\/login$/);
}
