import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, REFUSED_ONCE_DOMAIN, SMTP_BASE_URL } from '../support/environment';
import { newPerson, registerViaApi, uniqueTag } from '../support/people';
import { signIn } from '../support/session';

test('coordinators read the mail log: columns, filters and the details of one message', async ({ page }) => {
  const coordinator = newPerson('coord', 'Clara Koordination');
  await registerViaApi(page.request, coordinator);
  const admin = await AdminApi.signIn();
  try {
    await page.goto(await admin.linkFromMail(coordinator.email, '/verify-email'));
    await expect(page.getByText('Vielen Dank!')).toBeVisible();
    await admin.setRoles((await admin.findUser(coordinator.email)).id, ['coordinator']);
  } finally {
    await admin.dispose();
  }

  await signIn(page, coordinator.email, coordinator.password);
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'E-Mails', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Benutzer' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'E-Mail-Vorlagen' })).toHaveCount(0);

  await test.step('the list', async () => {
    await nav.getByRole('link', { name: 'E-Mails', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'E-Mails', exact: true })).toBeVisible();
    for (const column of ['Erstellt', 'Empfänger', 'Betreff', 'Vorlage', 'Sprache', 'Status', 'Versuche', 'Letzter Fehler']) {
      await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    await page.getByLabel('Suche nach Empfänger oder Betreff').fill(coordinator.email);
    const row = page.getByRole('row').filter({ hasText: coordinator.email });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell', { name: 'E-Mail-Adresse bestätigen' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Deutsch' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Gesendet', exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('filters by template and status', async () => {
    const row = page.getByRole('row').filter({ hasText: coordinator.email });
    await page.getByRole('combobox', { name: 'Vorlage' }).click();
    await page.getByRole('option', { name: 'Passwort zurücksetzen' }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByText('Keine Einträge gefunden.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Vorlage' }).click();
    await page.getByRole('option', { name: 'E-Mail-Adresse bestätigen' }).click();
    await expect(row).toHaveCount(1);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Fehlgeschlagen' }).click();
    await expect(row).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Gesendet', exact: true }).click();
    await expect(row).toHaveCount(1);
    await expectAccessible(page);
  });

  await test.step('the details of a sent message: Message-ID, no "send again" (see below for that)', async () => {
    await page.getByRole('row').filter({ hasText: coordinator.email }).getByRole('link', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^<[^>]+@[^>]+>$/ })).toHaveCount(1);
    await expect(page.getByText('Kein Fehler')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Erneut senden' })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('admin-only pages stay closed', async () => {
    for (const path of ['/admin/users', '/admin/templates']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: /^Willkommen, / })).toBeVisible();
      await expect(page).not.toHaveURL(new RegExp(path));
    }
  });
});

test.describe('with delivery over SMTP', () => {
  // The second API: its mail goes to a server that refuses the first message to this domain.
  test.use({ baseURL: SMTP_BASE_URL });

  test('a message the mail server refused is sent again from its detail page', async ({ page }) => {
    const tag = uniqueTag();
    const person = { ...newPerson('refused', 'Rita Rückläufer', tag), email: `refused-${tag}@${REFUSED_ONCE_DOMAIN}` };
    await registerViaApi(page.request, person);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'E-Mails', exact: true }).click();
    await page.getByLabel('Suche nach Empfänger oder Betreff').fill(person.email);
    const rows = page.getByRole('row').filter({ hasText: person.email });
    await expect(rows).toHaveCount(1);
    // 550 is final: no retries, the log says why.
    await expect(rows.getByRole('cell', { name: 'Fehlgeschlagen' })).toBeVisible();
    await expect(rows.getByRole('cell', { name: /^550 / })).toBeVisible();
    await expectAccessible(page);

    await rows.getByRole('link', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeVisible();
    await expect(page.getByText('Mailbox unavailable (e2e: refused once)')).toBeVisible();
    const failedUrl = page.url();
    const resend = page.getByRole('button', { name: 'Erneut senden' });
    await expect(resend).toHaveAccessibleDescription(/neue E-Mail mit demselben Inhalt/);
    await expectAccessible(page);

    await resend.click();
    await expect(page.getByText('Die E-Mail wird erneut gesendet. Sie sehen jetzt die neue Nachricht.')).toBeVisible();
    await expect(page).not.toHaveURL(failedUrl);
    await expect(page).toHaveURL(/\/admin\/mail\/[0-9a-f-]{36}$/);
    // The page follows the new message until the server has sent it.
    await expect(page.getByRole('definition').filter({ hasText: /Gesendet/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Erneut senden' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Zurück zur Liste' }).click();
    await page.getByLabel('Suche nach Empfänger oder Betreff').fill(person.email);
    await expect(rows).toHaveCount(2);
    await expect(rows.getByRole('cell', { name: 'Gesendet', exact: true })).toHaveCount(1);
    await expect(rows.getByRole('cell', { name: 'Fehlgeschlagen' })).toHaveCount(1);
  });
});
