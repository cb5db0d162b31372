import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { newPerson } from '../support/people';
import { signIn, signOut } from '../support/session';

test('a new volunteer registers, confirms the email an admin finds in the mailbox, signs in and switches to Arabic', async ({ page }) => {
  const volunteer = newPerson('volunteer', 'Lena Ehrenamt');

  await test.step('register', async () => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { name: 'Registrieren', exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Ihr Name').fill(volunteer.displayName);
    await page.getByLabel('E-Mail-Adresse').fill(volunteer.email);
    await page.getByLabel('Passwort', { exact: true }).fill('kurz');
    // Live feedback while typing, before anything is sent.
    await expect(page.getByText('Noch 6 Zeichen – ein Passwort braucht mindestens 10 Zeichen.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Passwort', { exact: true }).fill(volunteer.password);
    await page.getByRole('radio', { name: 'mich ehrenamtlich engagieren' }).check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();
    await expect(page.getByText(volunteer.email)).toBeVisible();
    await expectAccessible(page);
  });

  const verifyLink = await test.step('an admin finds the confirmation link in the mailbox', async () => {
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'E-Mails', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'E-Mails', exact: true })).toBeVisible();
    await page.getByLabel('Suche nach Empfänger oder Betreff').fill(volunteer.email);
    const row = page.getByRole('row').filter({ hasText: volunteer.email });
    await expect(row).toHaveCount(1);
    await expectAccessible(page);
    await row.getByRole('link', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeVisible();
    await expect(page.getByText(volunteer.email)).toBeVisible();
    // The email's HTML is shown in a frame without scripts; its title names it for screen readers.
    await expect(page.locator('iframe[sandbox=""]')).toHaveAttribute('title', 'HTML-Ansicht der E-Mail „Bitte bestätigen Sie Ihre E-Mail-Adresse“');
    await expectAccessible(page);
    const link = await page.getByRole('link', { name: /\/verify-email\?token=/ }).getAttribute('href');
    expect(link).toBeTruthy();
    await signOut(page);
    return link!;
  });

  await test.step('the volunteer confirms the address and signs in', async () => {
    await page.goto(verifyLink);
    await expect(page.getByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Zur Anmeldung' }).click();
    await signIn(page, volunteer.email, volunteer.password);
    await expect(page.getByRole('heading', { name: `Willkommen, ${volunteer.displayName}!` })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('profile in Arabic, right to left', async () => {
    await page.getByRole('link', { name: 'Profil' }).click();
    await expect(page.getByRole('heading', { name: 'Ihr Profil' })).toBeVisible();
    await expect(page.getByText(volunteer.email)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: /^Sprache wählen/ }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { name: 'ملفك الشخصي' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'تغيير كلمة المرور' })).toBeVisible();
    await expect(page).toHaveTitle('الملف الشخصي · Miteinander');
    await expectAccessible(page);

    // The account remembers the language: after a reload the server's profile still says Arabic.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'ملفك الشخصي' })).toBeVisible();
  });

  await test.step('sign out', async () => {
    await signOut(page, /^قائمة حساب /, 'تسجيل الخروج');
    await expect(page.getByRole('heading', { name: 'تسجيل الدخول', exact: true })).toBeVisible();
    await expect(page.getByLabel('البريد الإلكتروني')).toBeVisible();
    await expectAccessible(page);
  });
});
