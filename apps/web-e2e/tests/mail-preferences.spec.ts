import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { newPerson, registerViaApi } from '../support/people';
import { signIn, signOut } from '../support/session';

const HOURS_NUDGE = 'Monatliche Erinnerung: Stunden eintragen';
const PHONE = { width: 390, height: 844 };

/** Nothing sticks out sideways: the page works on a phone without horizontal scrolling. */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(() =>
    [document.documentElement, ...Array.from(document.querySelectorAll('main, .content'))].some((el) => el.scrollWidth > el.clientWidth + 1),
  );
  expect(overflow, 'content wider than the screen').toBe(false);
}

test('a volunteer changes reminder settings through the link in an email, signed out, on a phone', async ({ page }) => {
  const volunteer = newPerson('prefs', 'Pia Präferenz');
  await registerViaApi(page.request, volunteer);

  const { settingsLink, verifyLink } = await test.step('an admin finds the settings link in the footer of the mail', async () => {
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'E-Mails', exact: true }).click();
    await page.getByLabel('Suche nach Empfänger oder Betreff').fill(volunteer.email);
    const row = page.getByRole('row').filter({ hasText: volunteer.email });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).click();
    const text = page.locator('pre.mail-text');
    await expect(text).toContainText('E-Mail-Einstellungen: http');
    await expectAccessible(page);
    const plain = await text.innerText();
    const settings = plain.match(/E-Mail-Einstellungen: (\S+\/mail-preferences\?token=\S+)/)?.[1];
    const verify = plain.match(/(\S+\/verify-email\?token=\S+)/)?.[1];
    expect(settings, 'settings link in the text part').toBeTruthy();
    expect(verify, 'confirmation link in the text part').toBeTruthy();
    await signOut(page);
    return { settingsLink: settings!, verifyLink: verify! };
  });

  await page.setViewportSize(PHONE);

  await test.step('signed out, one reminder switched off; it stays off after a reload', async () => {
    await page.goto(settingsLink);
    await expect(page.getByRole('heading', { name: 'E-Mail-Einstellungen' })).toBeVisible();
    // The address is shown partly hidden: the link may have been forwarded.
    await expect(page.getByText(`${volunteer.email.slice(0, 2)}***@e2e.example`)).toBeVisible();
    await expect(page.getByText('Wichtige E-Mails – etwa zum Zurücksetzen Ihres Passworts')).toBeVisible();
    const nudge = page.getByRole('radiogroup', { name: HOURS_NUDGE });
    await expect(nudge.getByRole('radio', { name: 'Einzeln per E-Mail' })).toBeChecked();
    // A monthly nudge makes no sense in a weekly digest: that choice is not offered.
    await expect(nudge.getByRole('radio', { name: 'Wöchentliche Zusammenfassung' })).toHaveCount(0);
    await expect(page.getByRole('radiogroup', { name: 'Erinnerung an Veranstaltungen' }).getByRole('radio', { name: 'Wöchentliche Zusammenfassung' })).toHaveCount(1);
    await expectAccessible(page);
    await expectNoSidewaysScrolling(page);

    await nudge.getByRole('radio', { name: 'Aus' }).check();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gespeichert' })).toContainText('Ihre Einstellungen sind gespeichert.');
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('radiogroup', { name: HOURS_NUDGE }).getByRole('radio', { name: 'Aus' })).toBeChecked();
    await expect(page.getByRole('radiogroup', { name: 'Erinnerung an Veranstaltungen' }).getByRole('radio', { name: 'Einzeln per E-Mail' })).toBeChecked();
  });

  await test.step('"unsubscribe from all" switches every reminder off', async () => {
    await page.getByRole('button', { name: 'Alle Erinnerungen abbestellen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'keine Erinnerungen' })).toContainText('Sie bekommen keine Erinnerungen mehr.');
    const groups = page.getByRole('radiogroup');
    await expect(groups).toHaveCount(7);
    for (const group of await groups.all()) await expect(group.getByRole('radio', { name: 'Aus' })).toBeChecked();
    await expectAccessible(page);
    await expectNoSidewaysScrolling(page);
  });

  await test.step('the same page in Arabic, right to left', async () => {
    await page.getByRole('button', { name: /^Sprache wählen/ }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'إعدادات البريد الإلكتروني' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'تذكير شهري: تسجيل ساعاتك' }).getByRole('radio', { name: 'إيقاف' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'إلغاء الاشتراك في جميع التذكيرات' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScrolling(page);
    await page.getByRole('button', { name: /^اختيار اللغة/ }).click();
    await page.getByRole('menuitemradio', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  await test.step('signed in, the profile shows and changes the same settings', async () => {
    await page.goto(verifyLink);
    await expect(page.getByText('Vielen Dank!')).toBeVisible();
    await signIn(page, volunteer.email, volunteer.password);
    await page.goto('/profile');
    const section = page.locator('#mail-notifications');
    await expect(section.getByRole('heading', { name: 'E-Mail-Benachrichtigungen' })).toBeVisible();
    await expect(section.getByRole('radiogroup', { name: HOURS_NUDGE }).getByRole('radio', { name: 'Aus' })).toBeChecked();
    await section.getByRole('radiogroup', { name: HOURS_NUDGE }).getByRole('radio', { name: 'Einzeln per E-Mail' }).check();
    await section.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'gespeichert' })).toContainText('Ihre Einstellungen sind gespeichert.');
    await expectAccessible(page);
    await expectNoSidewaysScrolling(page);

    await page.reload();
    await expect(page.locator('#mail-notifications').getByRole('radiogroup', { name: HOURS_NUDGE }).getByRole('radio', { name: 'Einzeln per E-Mail' })).toBeChecked();
  });
});

test('a wrong or missing settings link gets a friendly explanation', async ({ page }) => {
  for (const url of ['/mail-preferences?token=wrong', '/mail-preferences']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Dieser Link funktioniert nicht mehr' })).toBeVisible();
    await expect(page.getByText('Der Link zu Ihren E-Mail-Einstellungen ist ungültig oder abgelaufen.')).toBeVisible();
    await expect(page.getByText('nach der Anmeldung in Ihrem Profil ändern')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    await expect(page.getByRole('radiogroup')).toHaveCount(0);
    await expectAccessible(page);
  }
  await page.getByRole('link', { name: 'Anmelden und Einstellungen ändern' }).click();
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fprofile$/);
});
