import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { AwardCategoryView, EventInput, EventView, OrganisationView } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { nominationLink, volunteerAt } from '../support/events';
import { isoInDays, phone } from '../support/grants';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

const CATEGORY = 'Ehrenamtspreis des Landkreises';

test('a coordinator sets up an award, an organisation proposes one of its volunteers on the phone without an account, and the winner gets an Urkunde', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const title = `Preisverleihung ${tag}`;
  const organisationName = `Willkommensinitiative Borna ${tag}`;
  const contactName = `Olga Kontakt ${tag}`;
  const contactEmail = `kontakt-${tag}@e2e.example`;

  const { coordinator, gold, bronze, event } = await test.step('a coordinator; an organisation with a contact person and two volunteers; an award ceremony', async () => {
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kora Koordination');
    const organisation = await admin.send<OrganisationView>('POST', '/organisations', {
      name: organisationName,
      kind: 'initiative',
      contacts: [{ name: contactName, email: contactEmail }],
    });
    const gold = await volunteerAt(admin, { firstName: 'Greta', lastName: `Gold ${tag}`, email: `gold-${tag}@e2e.example` }, [organisation.id]);
    const bronze = await volunteerAt(admin, { firstName: 'Bruno', lastName: `Bronze ${tag}`, email: `bronze-${tag}@e2e.example` }, [organisation.id]);
    // The form has its own journey (events-journey.spec.ts): here the event comes from the API.
    const input: EventInput = {
      kind: 'award_ceremony',
      title,
      startsAt: `${isoInDays(14)}T17:00`,
      endsAt: `${isoInDays(14)}T19:00`,
      venueName: 'Kreishaus Borna, Großer Saal',
      venueAddress: 'Stauffenbergstraße 4, 04552 Borna',
      accessibility: 'Stufenloser Zugang, Aufzug, Induktionsschleife.',
      capacity: 80,
      rsvpDeadline: isoInDays(7),
      plusOnesAllowed: false,
      descriptionDe: 'Der Landkreis ehrt Menschen, die sich besonders engagieren.',
      descriptionEn: 'The county honours people with outstanding commitment.',
    };
    const event = await admin.send<EventView>('POST', '/events', input);
    return { coordinator, gold, bronze, event };
  });

  const card = page.locator('app-event-award-category').filter({ has: page.getByRole('heading', { name: CATEGORY, exact: true }) });

  await test.step('the coordinator finds the event, creates the award category and nominates a volunteer', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.goto('/events');
    await expect(page.getByRole('heading', { name: 'Veranstaltungen', level: 1 })).toBeVisible();
    const link = page.getByRole('link', { name: title, exact: true });
    await expect(link).toBeVisible();
    await expectAccessible(page);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

    await page.getByRole('tab', { name: 'Auszeichnungen' }).click();
    await expect(page.getByText('Noch keine Kategorie.')).toBeVisible();
    const newCategory = page.getByRole('form', { name: 'Neue Kategorie' });
    await newCategory.getByLabel('Name der Kategorie').fill(CATEGORY);
    await newCategory.getByLabel('Beschreibung der Kategorie').fill('Für besonderes Engagement im Landkreis Leipzig.');
    await newCategory.getByRole('button', { name: 'Kategorie anlegen' }).click();
    await expect(card).toBeVisible();
    await expect(card.getByText('Noch keine Vorschläge.')).toBeVisible();

    const picker = card.getByRole('combobox', { name: 'Freiwillige Person' });
    await picker.fill(`Gold ${tag}`);
    await page.getByRole('option', { name: gold.name }).click();
    await expect(picker).toHaveValue(gold.name);
    await card.getByLabel('Begründung').fill('Sie leitet seit zehn Jahren die Hausaufgabenhilfe in Borna.');
    await card.getByRole('button', { name: 'Vorschlagen', exact: true }).click();
    const goldRow = card.getByRole('listitem').filter({ hasText: gold.name });
    await expect(goldRow).toContainText(`vorgeschlagen von ${coordinator.displayName}`);
    await expect(goldRow).toContainText('Sie leitet seit zehn Jahren die Hausaufgabenhilfe in Borna.');
    await expect(card.getByRole('heading', { name: 'Vorschläge (1)' })).toBeVisible();
  });

  await test.step('the coordinator asks the organisations for proposals', async () => {
    await page.getByRole('button', { name: 'Organisationen um Vorschläge bitten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Organisationen um Vorschläge bitten?' });
    await expect(confirm).toContainText('Die Ansprechpersonen aller Organisationen bekommen eine E-Mail');
    await confirm.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(confirm).toBeHidden();
    // Every organisation in the register is asked (other tests add theirs): at least ours.
    await expect(page.getByText(/^\s*[1-9]\d* Ansprechpersonen angeschrieben\./)).toBeVisible();
    await expectAccessible(page);
  });

  const link = await nominationLink(admin, contactEmail);

  await test.step('on a phone, without an account, the contact proposes the second volunteer', async () => {
    const mobile = await phone(browser);
    try {
      await mobile.goto(link);
      await expect(mobile.getByRole('heading', { name: 'Jemanden für eine Auszeichnung vorschlagen', level: 1 })).toBeVisible();
      await expect(mobile.getByText(title)).toBeVisible();
      await expect(mobile.getByText(`Hallo ${contactName},`)).toBeVisible();
      await expect(mobile.getByText('Sie haben noch niemanden vorgeschlagen.')).toBeVisible();
      await expectAccessible(mobile);

      await mobile.getByRole('radio', { name: CATEGORY }).check();
      const nominee = mobile.getByRole('combobox', { name: 'Wen schlagen Sie vor?' });
      await nominee.click();
      // Only the organisation's own volunteers (and the organisation itself) can be chosen.
      await expect(mobile.getByRole('option')).toHaveText([`Unsere Initiative/Organisation selbst (${organisationName})`, bronze.name, gold.name]);
      await mobile.getByRole('option', { name: bronze.name, exact: true }).click();
      await expect(nominee).toContainText(bronze.name);
      await mobile.getByLabel('Warum? Ihre Begründung').fill('Bruno fährt jeden Samstag ältere Menschen zum Einkaufen.');
      await mobile.getByRole('button', { name: 'Vorschlag senden' }).click();

      await expect(mobile.getByText(`Danke! Ihr Vorschlag für ${bronze.name} ist angekommen.`)).toBeVisible();
      const mine = mobile.getByRole('listitem').filter({ hasText: bronze.name });
      await expect(mine).toContainText(CATEGORY);
      await expect(mine).toContainText('Bruno fährt jeden Samstag ältere Menschen zum Einkaufen.');
      await expect(mobile.getByText('Sie haben noch niemanden vorgeschlagen.')).toHaveCount(0);
      await expectAccessible(mobile);
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await mobile.context().close();
    }
  });

  await test.step('the coordinator sees the organisation\'s proposal and marks the first nominee as winner', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Auszeichnungen' }).click();
    await expect(card.getByRole('heading', { name: 'Vorschläge (2)' })).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: bronze.name })).toContainText(`vorgeschlagen von ${contactName} (${organisationName})`);

    // The hidden ": name" is its own box, so the accessible name reads "Ausgezeichnet : …".
    const winnerSwitch = (name: string) => card.getByRole('switch', { name: new RegExp(`^Ausgezeichnet\\s*: ${name}$`) });
    const winner = winnerSwitch(gold.name);
    await expect(winner).not.toBeChecked();
    await winner.click();
    await expect(winner).toBeChecked();
    await expect(winnerSwitch(bronze.name)).not.toBeChecked();
    await expect
      .poll(async () => {
        const [category] = await admin.get<AwardCategoryView[]>(`/events/${event.id}/award-categories`);
        return category?.nominations.filter((n) => n.winner).map((n) => n.nominee.name);
      })
      .toEqual([gold.name]);
  });

  await test.step('under "Danach", the Urkunde for the winner downloads as a PDF with her name', async () => {
    await page.getByRole('tab', { name: 'Danach' }).click();
    const certificates = page.getByRole('link', { name: 'Urkunden für Ausgezeichnete (PDF)' });
    await expect(certificates).toBeVisible();
    await expectAccessible(page);
    const downloading = page.waitForEvent('download');
    await certificates.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(gold.name);
    expect(text).toContain(CATEGORY);
    expect(text).not.toContain(bronze.name);
  });

  await admin.dispose();
});

test('an answer link that does not exist says so in plain words', async ({ page }) => {
  await page.goto('/rsvp?token=invalid');
  await expect(page.getByRole('heading', { name: 'Link nicht gültig', level: 1 })).toBeVisible();
  await expect(page.getByText('Dieser Link ist nicht gültig.')).toBeVisible();
  await expectAccessible(page);
});
