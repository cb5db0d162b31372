import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { newPerson, registerViaApi } from '../support/people';
import { signIn } from '../support/session';

test('password pages explain themselves and stay accessible', async ({ page }) => {
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { name: 'Passwort vergessen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  await expect(page.getByLabel('E-Mail-Adresse')).toBeFocused();
  await page.getByLabel('E-Mail-Adresse').fill('niemand@e2e.example');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('status')).toContainText('Falls es ein Konto zu niemand@e2e.example gibt');
  await expectAccessible(page);

  // An invitation link uses the same page with its own title; a used or wrong link says so.
  await page.goto('/reset-password?token=not-a-real-token&invitation=1');
  await expect(page.getByRole('heading', { name: 'Passwort festlegen' })).toBeVisible();
  await expect(page).toHaveTitle('Passwort festlegen · Miteinander');
  await page.getByLabel('Neues Passwort').fill('Ein-gutes-Passwort-2026');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('Dieser Link ist ungültig oder abgelaufen.');
  await expectAccessible(page);

  await page.goto('/verify-email?token=not-a-real-token');
  await expect(page.getByRole('alert')).toContainText('Dieser Link ist ungültig oder abgelaufen.');
  await expectAccessible(page);

  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
  await expectAccessible(page);
});

test('an account without a role is told whom to ask', async ({ page }) => {
  const person = newPerson('norole', 'Nora Ohnerolle');
  await registerViaApi(page.request, person);
  const admin = await AdminApi.signIn();
  try {
    await page.goto(await admin.linkFromMail(person.email, '/verify-email'));
    await expect(page.getByText('Vielen Dank!')).toBeVisible();
    await admin.setRoles((await admin.findUser(person.email)).id, []);
  } finally {
    await admin.dispose();
  }

  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Passwort', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByText('Ihr Konto hat noch keine Rolle – bitte wenden Sie sich an die Koordination.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Profil' })).toHaveCount(0);
  await expectAccessible(page);
});

test('the audit log shows each change as "field: before → after"', async ({ page }) => {
  const person = newPerson('audited', 'Paul Protokoll');
  await registerViaApi(page.request, person);
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'Audit-Protokoll' }).click();
  await expect(page.getByRole('heading', { name: 'Audit-Protokoll' })).toBeVisible();
  await expect(page.getByText(`email: — → ${person.email}`)).toBeVisible();
  await page.getByLabel('Aktion').click();
  await page.getByRole('option', { name: 'Geändert' }).click();
  await expect(page.getByText(`email: — → ${person.email}`)).toHaveCount(0);
  await expectAccessible(page);
});
