import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { MunicipalityView, OrganisationView, VolunteerView } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { BASE_URL } from '../support/environment';
import { uniqueTag } from '../support/people';
import { signIn, signOut } from '../support/session';

/** A phone-sized browser of its own (390 × 844), German, Berlin time. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 390, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin', acceptDownloads: true });
  return context.newPage();
}

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

test('a volunteer logs hours on a phone, a coordinator and an organisation contact approve them, the certificate shows the total', async ({ page, browser }) => {
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const contactEmail = `kontakt-${tag}@e2e.example`;

  const { organisation, volunteer, coordinator } = await test.step('a coordinator recorded the volunteer and linked the organisation', async () => {
    const organisation = await admin.send<OrganisationView>('POST', '/organisations', {
      name: `Tafel Grimma ${tag}`,
      kind: 'association',
      contacts: [{ name: `Olga Kontakt ${tag}`, email: contactEmail }],
    });
    const volunteer = await accountWithRoles(page, admin, ['volunteer'], 'volunteer', 'Samira Helfer');
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kai Koordination');
    const [grimma] = (await admin.get<MunicipalityView[]>('/municipalities')).filter((m) => m.name === 'Grimma');
    const profile = await admin.send<VolunteerView>('POST', '/volunteers', {
      firstName: 'Samira',
      lastName: `Helfer ${tag}`,
      email: volunteer.email,
      municipalityId: grimma!.id,
      languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B2' }],
    });
    await admin.send('PATCH', `/volunteers/${profile.id}`, { organisationIds: [organisation.id] });
    return { organisation, volunteer, coordinator };
  });

  const mobile = await phone(browser);
  await test.step('the volunteer logs two entries on the phone: today in three taps, and one for yesterday', async () => {
    await signIn(mobile, volunteer.email, volunteer.password);
    await mobile.goto('/hours');
    await expect(mobile.getByRole('heading', { name: 'Meine Stunden', exact: true })).toBeVisible();
    // Today is preset and the only organisation is preselected: duration, activity, submit.
    await expect(mobile.getByRole('combobox', { name: 'Einsatzstelle' })).toContainText(organisation.name);
    await mobile.getByRole('button', { name: '2 Std.', exact: true }).click();
    await mobile.getByRole('option', { name: 'Lernbegleitung', exact: true }).click();
    await mobile.getByRole('button', { name: 'Stunden eintragen' }).click();
    await expect(mobile.getByText(/^2:00 Std\. am .* eingetragen\./)).toBeVisible();
    await expectAccessible(mobile);

    await mobile.getByLabel('Datum').fill(isoDaysAgo(1));
    await mobile.getByRole('button', { name: '1 Std.', exact: true }).click();
    await mobile.getByRole('button', { name: '15 Minuten mehr' }).click();
    await mobile.getByRole('button', { name: '15 Minuten mehr' }).click();
    await mobile.getByRole('option', { name: 'Begleitung', exact: true }).click();
    await mobile.getByRole('button', { name: 'Stunden eintragen' }).click();
    await expect(mobile.getByText(/^1:30 Std\. am .* eingetragen\./)).toBeVisible();
    await expect(mobile.locator('app-status-badge', { hasText: 'Eingereicht' })).toHaveCount(2);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  const volunteerName = `Samira Helfer ${tag}`;
  await test.step('the coordinator approves today\'s entry in the queue and sends the organisation the approval link', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.goto('/hours/approvals');
    await expect(page.getByRole('heading', { name: 'Stunden freigeben', exact: true })).toBeVisible();
    const rows = page.getByRole('row').filter({ hasText: volunteerName });
    await expect(rows).toHaveCount(2);
    await expectAccessible(page);
    await rows.filter({ hasText: '2 Std.' }).getByRole('button', { name: /^Eintrag von .* freigeben$/ }).click();
    await expect(page.getByText('1 freigegeben')).toBeVisible();
    await expect(rows).toHaveCount(1);

    await page.getByRole('combobox', { name: 'Einsatzstelle' }).last().click();
    await page.getByRole('option', { name: organisation.name }).click();
    await page.getByRole('combobox', { name: 'Kontaktperson' }).click();
    await page.getByRole('option', { name: new RegExp(`Olga Kontakt ${tag}`) }).click();
    await page.getByRole('button', { name: 'Link senden' }).click();
    await expect(page.getByText(`Der Link ist an Olga Kontakt ${tag} (${contactEmail}) unterwegs.`)).toBeVisible();
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step('the organisation contact opens the emailed link without an account and confirms the other entry', async () => {
    const link = await admin.linkFromMail(contactEmail, '/approve-hours');
    const contactPhone = await phone(browser);
    await contactPhone.goto(link);
    await expect(contactPhone.getByRole('heading', { name: 'Stunden bestätigen' })).toBeVisible();
    await expect(contactPhone.getByText(organisation.name)).toBeVisible();
    await expect(contactPhone.getByText(volunteerName)).toBeVisible();
    await expectAccessible(contactPhone);
    await contactPhone.getByRole('button', { name: 'Alle bestätigen (1)' }).click();
    const confirm = contactPhone.getByRole('dialog', { name: 'Alle Einträge bestätigen?' });
    await expect(confirm).toContainText('zusammen 1,5 Std.');
    await confirm.getByRole('button', { name: 'Alle bestätigen (1)' }).click();
    await expect(contactPhone.getByText('1 bestätigt')).toBeVisible();
    await expect(contactPhone.getByText('Zurzeit warten keine Stunden auf Ihre Bestätigung. Vielen Dank!')).toBeVisible();
    await expectAccessible(contactPhone);
    await contactPhone.context().close();
  });

  await test.step('the volunteer sees both approved and downloads the certificate with the total of 3.5 hours', async () => {
    await mobile.reload();
    await expect(mobile.locator('app-status-badge', { hasText: 'Freigegeben' })).toHaveCount(2);
    await expect(mobile.getByText('3,5 Std.').first()).toBeVisible();
    const downloading = mobile.waitForEvent('download');
    await mobile.getByRole('button', { name: 'Nachweis herunterladen (PDF)' }).click();
    const download = await downloading;
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(`Samira Helfer ${tag}`);
    expect(text).toContain(organisation.name);
    expect(text).toMatch(/Insgesamt\s*3,5 Stunden/);
    await expectAccessible(mobile);
  });

  await mobile.context().close();
  await admin.dispose();
});
