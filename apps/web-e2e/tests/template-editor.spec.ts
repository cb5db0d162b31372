import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { signIn } from '../support/session';

const SUBJECT = 'Bitte bestätigen Sie Ihre E-Mail-Adresse';
const NEW_SUBJECT = 'Willkommen! Bitte bestätigen Sie Ihre E-Mail-Adresse';

/*
 * Runs last (file order): it changes the confirmation mail other tests read, and puts the old text
 * back at the end through the version history.
 */
test('admins edit a template: unknown variables are refused, the preview follows, saving makes a new version', async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'E-Mail-Vorlagen' }).click();
  await expect(page.getByRole('heading', { name: 'E-Mail-Vorlagen' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'E-Mail-Adresse bestätigen' });
  await expect(row).toContainText('Ja, kann nicht abbestellt werden');
  await expect(row).toContainText('Farsi');
  await expectAccessible(page);
  await row.getByRole('link', { name: /^Deutsch/ }).click();

  await expect(page.getByRole('heading', { name: 'E-Mail-Adresse bestätigen', level: 1 })).toBeVisible();
  await expect(page.getByText('Aktuell gespeichert: Version 1')).toBeVisible();
  const subject = page.getByLabel('Betreff', { exact: true });
  const body = page.getByLabel('Text', { exact: true });
  const save = page.getByRole('button', { name: 'Neue Version speichern' });
  await expect(subject).toHaveValue(SUBJECT);
  await expect(page.getByText(`Betreff: ${SUBJECT}`)).toBeVisible();
  await expect(page.locator('pre.preview-text')).toContainText('Hallo Anna Schmidt,');
  await expectAccessible(page);
  const original = await body.inputValue();

  await test.step('an unknown variable is named with its line, and the text cannot be saved', async () => {
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' {{foo}}');
    const message = /Zeile 3: Unbekannte Variable „foo“/;
    await expect(page.getByText(message)).toBeVisible();
    await expect(body).toHaveAttribute('aria-invalid', 'true');
    await expect(body).toHaveAccessibleDescription(message);
    await expect(page.getByText('Der Text enthält Fehler.')).toBeVisible();
    await expectAccessible(page);

    await save.click();
    await expect(page.getByRole('alert').filter({ hasText: 'markierten' })).toContainText('Bitte beheben Sie zuerst die markierten Fehler.');
    await expect(body).toBeFocused();
    await expect(page.getByText(/Version \d+ gespeichert/)).toHaveCount(0);
  });

  await test.step('fixed, a variable inserted at the cursor, a new subject: the preview shows it', async () => {
    await body.fill(original);
    await expect(page.getByText(/Unbekannte Variable/)).toHaveCount(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await page.getByRole('group', { name: 'Variable an der Cursorposition einfügen' }).getByRole('button', { name: '{{name}}' }).click();
    await expect(body).toHaveValue(`${original} {{name}}`);
    await expect(body).toBeFocused();
    await subject.fill(NEW_SUBJECT);
    await expect(page.getByText(`Betreff: ${NEW_SUBJECT}`)).toBeVisible();
    await expect(page.locator('pre.preview-text')).toContainText('48 Stunden. Anna Schmidt');
    await expect(page.locator('iframe.preview-html')).toHaveAttribute('title', `Vorschau der E-Mail „${NEW_SUBJECT}“`);
    await expectAccessible(page);
  });

  await test.step('saved as version 2 (the built-in text is version 1)', async () => {
    await save.click();
    await expect(page.getByText('Version 2 gespeichert')).toBeVisible();
    await expect(page.getByText('Aktuell gespeichert: Version 2')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sprache der Vorlage' }).getByRole('link', { name: /Deutsch/ })).toContainText('Version 2');
    await expectAccessible(page);
  });

  await test.step('the old text comes back from the version history', async () => {
    await page.getByRole('button', { name: /Versionsverlauf/ }).click();
    await page.getByRole('button', { name: 'Version 1 in das Formular laden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'geladen' })).toContainText('Version 1 ist in das Formular geladen.');
    await expect(subject).toHaveValue(SUBJECT);
    await expect(body).toHaveValue(original);
    await expect(page.getByText(`Betreff: ${SUBJECT}`)).toBeVisible();
    await expectAccessible(page);
    await save.click();
    await expect(page.getByText('Version 3 gespeichert')).toBeVisible();
  });

  await test.step('Arabic runs right to left', async () => {
    await page.getByRole('navigation', { name: 'Sprache der Vorlage' }).getByRole('link', { name: /Arabisch/ }).click();
    await expect(page).toHaveURL(/\/admin\/templates\/verify-email\/ar$/);
    await expect(page.getByText('Betreff: يرجى تأكيد عنوان بريدك الإلكتروني')).toBeVisible();
    await expect(page.locator('pre.preview-text')).toHaveAttribute('dir', 'rtl');
    await expect(body).toHaveAttribute('dir', 'auto');
    await expectAccessible(page);
  });
});
