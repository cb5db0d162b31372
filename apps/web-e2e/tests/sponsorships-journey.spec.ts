import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { MunicipalityView, VolunteerView } from '@miteinander/contracts';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { BASE_URL } from '../support/environment';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/** A phone-sized browser of its own (390 × 844), German, Berlin time. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 390, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

/** The state chip in the sponsorship page's header says `state` (next to its icon). */
async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.getByRole('main').locator('header app-state-chip')).toContainText(state);
}

/** Opens a step from "Nächster Schritt" and returns its dialog once it has opened (its first control has the focus). */
async function openStep(page: Page, label: string, title: RegExp): Promise<Locator> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a coordinator takes a family request from the first inquiry through trial and check-in to closing and re-matches it; the volunteer sees the family', async ({
  page,
  browser,
}) => {
  // The whole lifecycle with an accessibility check at every stage: longer than the default minute.
  test.setTimeout(180_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const today = isoDaysAgo(0);
  const family = `Familie Haddad ${tag}`;
  const volunteerName = `Samira Helfer ${tag}`;
  const familyPhone = '0176 5551234';

  const { volunteer, coordinator } = await test.step('an active volunteer with a valid police certificate exists', async () => {
    const volunteer = await accountWithRoles(page, admin, ['volunteer'], 'volunteer', 'Samira Helfer');
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kai Koordination');
    const [wurzen] = (await admin.get<MunicipalityView[]>('/municipalities')).filter((m) => m.name === 'Wurzen');
    const profile = await admin.send<VolunteerView>('POST', '/volunteers', {
      firstName: 'Samira',
      lastName: `Helfer ${tag}`,
      email: volunteer.email,
      municipalityId: wurzen!.id,
      languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B2' }],
    });
    await admin.send('POST', `/volunteers/${profile.id}/status`, { status: 'intake_done', reason: 'Erstgespräch am Infoabend' });
    await admin.send('POST', `/volunteers/${profile.id}/status`, { status: 'active', reason: 'Bereit für eine Patenschaft' });
    await admin.send('PUT', `/volunteers/${profile.id}/police-certificate`, {
      inspectionDate: isoDaysAgo(1),
      issueDate: isoDaysAgo(20),
      relevantEntry: false,
      inspector: 'Kai Koordination',
    });
    return { volunteer, coordinator };
  });

  await test.step('the coordinator records a family request with a child of 7', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await expect(page.getByRole('heading', { name: /^Überfällige Gespräche \(Patenschaften\)/, level: 2 })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Patenschaften', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Patenschaften', exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Warteliste' })).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Neue Anfrage' }).click();
    await expect(page.getByRole('heading', { name: 'Neue Anfrage', exact: true })).toBeVisible();
    await expectAccessible(page);
    // The kind comes first; the rest of the form follows from it.
    await page.getByRole('radio', { name: 'Familienpatenschaft' }).check();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(family);
    await page.getByLabel(/^Wohnort/).fill('Wurz');
    await page.getByRole('option', { name: 'Wurzen' }).click();
    await page.getByLabel('Erwachsene im Haushalt').fill('2');
    await page.getByRole('button', { name: 'Kind hinzufügen' }).click();
    const childAge = page.getByLabel('Alter von Kind 1 (Jahre)');
    await expect(childAge).toBeFocused();
    await childAge.fill('7');
    await page.getByRole('combobox', { name: 'Sprache', exact: true }).click();
    await page.getByRole('option', { name: 'Arabisch' }).click();
    await page.getByRole('combobox', { name: 'Niveau' }).click();
    await page.getByRole('option', { name: 'Muttersprache' }).click();
    await page.getByRole('combobox', { name: 'Deutschkenntnisse' }).click();
    await page.getByRole('option', { name: 'A1 – Anfänger' }).click();
    await page.getByLabel('Bedarf und Ziele').fill('Begleitung zu Behörden und Kita, Deutsch im Alltag üben.');
    await page.getByRole('checkbox', { name: 'Dienstag Nachmittag' }).check();
    await page.getByLabel('Telefon').fill(familyPhone);
    await page.getByLabel('Adresse', { exact: true }).fill('Markt 1, 04808 Wurzen');
    // With a child under 18 the parents' consent is needed before matching.
    await page.getByLabel('Einwilligung gegeben von').fill('Mariam Haddad');
    await page.getByLabel('Datum der Einwilligung').fill(today);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Anfrage speichern' }).click();

    await expect(page.getByRole('heading', { name: family, level: 1 })).toBeVisible();
    await expectState(page, 'Anfrage');
    await expect(page.getByText('Kinder im Alter von 7 Jahren')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('intake, ready to match, and a volunteer with a valid certificate is proposed', async () => {
    let dialog = await openStep(page, 'Erstgespräch geführt', /^Erstgespräch mit /);
    await expect(dialog.getByRole('button', { name: 'Erstgespräch eintragen' })).toBeFocused();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Erstgespräch eintragen' }).click();
    await expectState(page, 'Erstgespräch');

    dialog = await openStep(page, 'Bereit zur Vermittlung', /bereit zur Vermittlung$/);
    await dialog.getByRole('button', { name: 'Zur Vermittlung freigeben' }).click();
    await expectState(page, 'Bereit zur Vermittlung');
    await expectAccessible(page);

    dialog = await openStep(page, 'Freiwillige Person vorschlagen', /^Freiwillige Person für .* vorschlagen$/);
    const search = dialog.getByLabel('Freiwillige Person suchen (Name)');
    await expect(search).toBeFocused();
    await expect(dialog.getByText(/Kinder sind beteiligt/)).toBeVisible();
    await search.fill(tag);
    const candidate = dialog.getByRole('radio', { name: new RegExp(volunteerName) });
    await expect(candidate).toBeVisible();
    await expect(dialog.getByText(/gültig bis/)).toBeVisible();
    await expectAccessible(page);
    await candidate.check();
    await dialog.getByRole('button', { name: 'Vorschlagen' }).click();
    await expectState(page, 'Vorschlag');
    await expect(page.getByRole('link', { name: volunteerName })).toBeVisible();
  });

  await test.step('the intro meeting, then the trial: both sides must agree first', async () => {
    let dialog = await openStep(page, 'Kennenlernen vereinbart/geführt', /^Kennenlernen mit /);
    await expect(dialog.getByLabel('Datum des Kennenlernens')).toBeFocused();
    await expect(dialog.getByLabel('Datum des Kennenlernens')).toHaveValue(today);
    await dialog.getByRole('button', { name: 'Kennenlernen eintragen' }).click();
    await expectState(page, 'Kennenlernen');

    dialog = await openStep(page, 'Probephase beginnen', /^Probephase für .* beginnen$/);
    const agreed = dialog.getByRole('checkbox', { name: /Beide Seiten sind einverstanden/ });
    await expect(agreed).toBeFocused();
    await expect(dialog.getByLabel('Dauer der Probephase (Wochen)')).toHaveValue('6');
    await dialog.getByRole('button', { name: 'Probephase beginnen' }).click();
    await expect(dialog.getByText('Bitte bestätigen Sie, dass beide Seiten einverstanden sind.')).toBeVisible();
    await expectAccessible(page);
    await agreed.check();
    await dialog.getByRole('button', { name: 'Probephase beginnen' }).click();
    await expectState(page, 'Probephase');
    await expect(page.getByText('Nächstes Gespräch fällig:')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the volunteer sees the sponsorship with the family\'s contact and can log hours against it', async () => {
    const mobile = await phone(browser);
    await signIn(mobile, volunteer.email, volunteer.password);
    await mobile.goto('/my-sponsorships');
    await expect(mobile.getByRole('heading', { name: 'Meine Patenschaften', exact: true })).toBeVisible();
    const card = mobile.getByRole('article', { name: family });
    await expect(card).toContainText('Probephase');
    await expect(card.getByRole('link', { name: familyPhone })).toBeVisible();
    await expect(card).toContainText('Markt 1, 04808 Wurzen');
    await expectAccessible(mobile);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await card.getByRole('link', { name: 'Stunden eintragen' }).click();
    await expect(mobile.getByRole('heading', { name: 'Meine Stunden', exact: true })).toBeVisible();
    await expect(mobile.getByRole('combobox', { name: 'Patenschaft' })).toContainText(family);
    await mobile.getByRole('button', { name: '1 Std.', exact: true }).click();
    await mobile.getByRole('option', { name: 'Patenschaftstreffen', exact: true }).click();
    await mobile.getByRole('button', { name: 'Stunden eintragen' }).click();
    await expect(mobile.getByText(/^1:00 Std\. am .* eingetragen\./)).toBeVisible();
    // The next entry keeps the sponsorship.
    await expect(mobile.getByRole('combobox', { name: 'Patenschaft' })).toContainText(family);
    await expectAccessible(mobile);
    await mobile.context().close();
  });

  await test.step('the coordinator records the trial review', async () => {
    await page.getByRole('button', { name: 'Gespräch erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: /^Gespräch mit .* erfassen$/ });
    await expect(dialog.getByLabel('Datum des Gesprächs')).toBeFocused();
    await expect(dialog.getByText('Dieses Gespräch zählt als: Auswertung der Probephase.')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Gut' }).check();
    await dialog.getByLabel('Notiz').fill('Die ersten Treffen waren herzlich, die Kita-Anmeldung ist geschafft.');
    await dialog.getByLabel('Nächster Schritt', { exact: true }).fill('Gemeinsam zum Elternabend');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Gespräch speichern' }).click();
    await expect(page.getByText('Das Gespräch ist gespeichert.')).toBeVisible();
    await expect(page.getByText('Die ersten Treffen waren herzlich, die Kita-Anmeldung ist geschafft.')).toBeVisible();
    await expect(page.getByText('Stimmung: Gut')).toBeVisible();
  });

  await test.step('closing and closed: "other" needs a note', async () => {
    let dialog = await openStep(page, 'Abschluss einleiten', /^Abschluss der Patenschaft /);
    await dialog.getByRole('button', { name: 'Abschluss einleiten' }).click();
    await expectState(page, 'Abschluss');

    dialog = await openStep(page, 'Abschließen', /^Patenschaft .* abschließen$/);
    await expect(dialog.getByLabel('Enddatum')).toBeFocused();
    await dialog.getByRole('combobox', { name: 'Grund für das Ende' }).click();
    await page.getByRole('option', { name: 'Sonstiges' }).click();
    await dialog.getByRole('button', { name: 'Abschließen' }).click();
    await expect(dialog.getByText('Bei „Sonstiges“ bitte kurz den Grund angeben.')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Abschlussnotiz').fill('Die Patin zieht beruflich nach Dresden.');
    await dialog.getByRole('button', { name: 'Abschließen' }).click();
    await expectState(page, 'Beendet');
    await expect(page.getByText('„Abschluss“ → „Beendet“')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('re-match: a new request with the same family, ready to match', async () => {
    const closedUrl = page.url();
    const dialog = await openStep(page, 'Neu vermitteln', /neu vermitteln$/);
    await expect(dialog.getByRole('button', { name: 'Neue Anfrage anlegen' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Neue Anfrage anlegen' }).click();
    await expect(page).not.toHaveURL(closedUrl);
    await expect(page.getByRole('heading', { name: family, level: 1 })).toBeVisible();
    await expectState(page, 'Bereit zur Vermittlung');
    await expect(page.getByText('Neu vermittelt aus einer beendeten Patenschaft.')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the lists: the new request waits, the old one is closed; the list downloads as CSV', async () => {
    await page.getByRole('link', { name: 'Zurück zur Liste' }).click();
    await page.getByLabel('Suche nach Familie, Schüler:in oder freiwilliger Person').fill(tag);
    const waiting = page.getByRole('row').filter({ hasText: family });
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText('Bereit zur Vermittlung');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Abgeschlossen' }).click();
    const closed = page.getByRole('row').filter({ hasText: family });
    await expect(closed).toHaveCount(1);
    await expect(closed).toContainText('Sonstiges');
    await expect(closed).toContainText(volunteerName);
    await expect(page).toHaveURL(/view=closed/);
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  await admin.dispose();
});
