import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { HourEntryView, MunicipalityView, OrganisationView, VolunteerView } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

/** The calendar year before the county's current one: the county's rule set counts its hours. */
function previousYear(): number {
  return Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 4)) - 1;
}

test('a coordinator finds an eligible volunteer, applies on their behalf, records the confirmation by phone, approves, downloads and revokes the card', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const volunteerName = `Greta Karte ${tag}`;
  const organisationName = `Heimatverein Naunhof ${tag}`;

  const coordinator = await test.step('a volunteer in Grimma with 240 approved hours over last year, at an organisation without an email contact', async () => {
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kim Karten');
    const [grimma] = (await admin.get<MunicipalityView[]>('/municipalities')).filter((m) => m.name === 'Grimma');
    // No contact with an email address: the confirmation is taken by phone.
    const organisation = await admin.send<OrganisationView>('POST', '/organisations', { name: organisationName, kind: 'association', contacts: [] });
    const profile = await admin.send<VolunteerView>('POST', '/volunteers', {
      firstName: 'Greta',
      lastName: `Karte ${tag}`,
      email: `karte-${tag}@e2e.example`,
      municipalityId: grimma!.id,
      languages: [{ code: 'de', level: 'native' }],
    });
    await admin.send('PATCH', `/volunteers/${profile.id}`, { organisationIds: [organisation.id] });
    const year = previousYear();
    const ids: string[] = [];
    for (let month = 1; month <= 12; month++) {
      const entry = await admin.send<HourEntryView>('POST', '/hours', {
        volunteerId: profile.id,
        activityDate: `${year}-${String(month).padStart(2, '0')}-10`,
        minutes: 20 * 60,
        activity: 'Vereinsarbeit',
        organisationId: organisation.id,
      });
      ids.push(entry.id);
    }
    await admin.send('POST', '/hours/decisions', { ids, decision: 'approve' });
    return coordinator;
  });

  await test.step('the eligibility report shows the counts and the volunteer as eligible now', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.goto('/cards/eligibility');
    await expect(page.getByRole('heading', { name: 'Anspruch auf die Ehrenamtskarte', level: 1 })).toBeVisible();
    await expect(page.getByRole('figure', { name: /^Freiwillige nach Anspruch/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Name suchen' }).fill(tag);
    const row = page.getByRole('row').filter({ hasText: volunteerName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Anspruch jetzt');
    await expect(row).toContainText('Alle Voraussetzungen erfüllt');
    await expect(row.getByRole('link', { name: volunteerName })).toHaveAttribute('href', /^\/volunteers\//);
    // The exports carry the same filters.
    await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', new RegExp(`format=csv.*q=${tag}|q=${tag}.*format=csv`));
    await expectAccessible(page);
  });

  await test.step('an application is created on the volunteer\'s behalf', async () => {
    await page.getByRole('button', { name: `Antrag anlegen für ${volunteerName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Antrag für ${volunteerName} anlegen` });
    await expect(dialog).toContainText('erfüllt die Voraussetzungen');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Antrag anlegen' }).click();
    await expect(page).toHaveURL(/\/cards\/applications\/[^/]+$/);
    await expect(page.getByRole('heading', { name: `Antrag von ${volunteerName}`, level: 1 })).toBeVisible();
    await expect(page.getByText('Der Antrag ist angelegt.')).toBeVisible();
  });

  await test.step('the organisation confirms by phone and the coordinator records it', async () => {
    await expect(page.getByText(organisationName, { exact: true })).toBeVisible();
    await expect(page.getByText(/Keine Kontaktperson mit E-Mail-Adresse/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: `Bestätigung von ${organisationName} erfassen` }).click();
    const dialog = page.getByRole('dialog', { name: `Telefonische Bestätigung von ${organisationName}` });
    await dialog.getByRole('textbox').fill('Mit dem Vorstand telefoniert');
    await dialog.getByRole('button', { name: 'Bestätigung erfassen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Die Bestätigung ist erfasst.')).toBeVisible();
    await expect(page.locator('header app-card-status-chip')).toContainText('Bereit zur Entscheidung');
  });

  let cardNumber = '';
  await test.step('the coordinator approves: the card is issued and its PDF downloads', async () => {
    await page.getByRole('button', { name: 'Bewilligen', exact: true }).click();
    await expect(page.getByText(/^Der Antrag ist bewilligt, die Karte LL-\d{4}-\d+ ist ausgestellt\.$/)).toBeVisible();
    cardNumber = /LL-\d{4}-\d+/.exec((await page.getByText(/^Der Antrag ist bewilligt/).textContent()) ?? '')![0];
    await expect(page.locator('header app-card-status-chip')).toContainText('Ausgestellt');
    await expect(page.getByText(cardNumber, { exact: true })).toBeVisible();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Karte herunterladen (PDF)' }).click();
    const download = await downloading;
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf)).toContain(cardNumber);
  });

  await test.step('the card is revoked with a reason', async () => {
    await page.getByRole('button', { name: 'Karte widerrufen' }).click();
    const dialog = page.getByRole('dialog', { name: `Karte ${cardNumber} widerrufen` });
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();
    await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('textbox', { name: 'Begründung' }).fill('Karte verloren gemeldet');
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Die Karte ${cardNumber} ist widerrufen.`)).toBeVisible();
    await expect(page.locator('mat-card app-card-status-chip')).toContainText('Widerrufen');
    await expect(page.getByRole('button', { name: 'Karte widerrufen' })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('the application list shows it issued', async () => {
    await page.getByRole('link', { name: 'Zurück zu den Anträgen' }).click();
    await expect(page.getByRole('heading', { name: 'Anträge auf Ehrenamtskarte', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Name suchen' }).fill(tag);
    const row = page.getByRole('row').filter({ hasText: volunteerName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Ausgestellt');
    await expect(row).toContainText(cardNumber);
    await expectAccessible(page);
  });

  await test.step('the rule sets are readable for coordinators, the county default marked, without the admin form', async () => {
    await page.getByRole('link', { name: 'Regelwerke' }).click();
    await expect(page.getByRole('heading', { name: 'Regelwerke der Ehrenamtskarte', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Landkreis Leipzig', level: 2 })).toBeVisible();
    await expect(page.getByText('Gilt im Landkreis')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Neue Version anlegen' })).toHaveCount(0);
    await expectAccessible(page);
  });

  await admin.dispose();
});
