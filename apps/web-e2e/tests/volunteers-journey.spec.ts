import { expect, test } from '@playwright/test';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

test('a coordinator records a volunteer met at an info evening, finds her by filters and records the police certificate', async ({ page }) => {
  const admin = await AdminApi.signIn();
  const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kai Koordination');
  const tag = uniqueTag();
  const lastName = `Haddad ${tag}`;

  await test.step('quick add: name, a contact, place and languages are enough', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Freiwillige' }).click();
    await expect(page.getByRole('heading', { name: 'Freiwillige', exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Schnell erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Freiwillige Person schnell erfassen' });
    // The dialog moves focus to its first field once it has opened; typing before that can land in the wrong field.
    await expect(dialog.getByLabel('Vorname')).toBeFocused();
    await dialog.getByLabel('Vorname').fill('Rana');
    await dialog.getByLabel('Nachname').fill(lastName);
    await dialog.getByLabel('Telefon').fill('0176 1234567');
    await dialog.getByLabel(/^Wohnort/).fill('Wurz');
    await page.getByRole('option', { name: 'Wurzen' }).click();
    // The dialog opens with one empty language row.
    await dialog.getByRole('combobox', { name: 'Sprache', exact: true }).click();
    await page.getByRole('option', { name: 'Arabisch' }).click();
    await dialog.getByRole('combobox', { name: 'Niveau' }).click();
    await page.getByRole('option', { name: 'Muttersprache' }).click();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Erfassen und Profil öffnen' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Rana ${lastName}`) })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the police certificate: an issue date older than three months at inspection is refused, a fresh one is recorded', async () => {
    await page.getByLabel('Datum der Einsichtnahme').fill(isoDaysAgo(1));
    await page.getByLabel('Ausstellungsdatum des Führungszeugnisses').fill(isoDaysAgo(200));
    await page.getByLabel('Eingesehen von').fill('Kai Koordination');
    await page.getByRole('radio', { name: 'Nein, kein relevanter Eintrag' }).check();
    await page.getByRole('button', { name: 'Einsichtnahme speichern' }).click();
    await expect(page.getByText('Das Führungszeugnis war bei der Einsichtnahme älter als 3 Monate.')).toBeVisible();
    await expect(page.getByLabel('Ausstellungsdatum des Führungszeugnisses')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Ausstellungsdatum des Führungszeugnisses').fill(isoDaysAgo(20));
    await page.getByRole('button', { name: 'Einsichtnahme speichern' }).click();
    await expect(page.getByText('Die Einsichtnahme ist gespeichert.')).toBeVisible();
    await expect(page.getByText(/gültig bis/i).first()).toBeVisible();
    // Nothing to upload: the document itself is never kept.
    await expect(page.locator('input[type="file"]')).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('the list finds her by place, language and a valid certificate', async () => {
    await page.getByRole('link', { name: 'Zurück zur Liste' }).click();
    await page.getByLabel('Suche nach Name, E-Mail oder Telefon').fill(tag);
    const row = page.getByRole('row').filter({ hasText: lastName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Wurzen');
    await expect(row).toContainText(/gültig bis/);
    await expectAccessible(page);
  });
  await admin.dispose();
});
