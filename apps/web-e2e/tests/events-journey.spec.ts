import { expect, test } from '@playwright/test';
import type { EventView } from '@miteinander/contracts';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { BASE_URL } from '../support/environment';
import { acceptByToken, checkInCounts, choose, invitationMail, thisYear, volunteerWithHours } from '../support/events';
import { browserWithCamera, qrVideo } from '../support/fake-camera';
import { isoInDays, phone } from '../support/grants';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

/** What the door page's QR scanner reads: our prefix and the admission code. */
const QR_PREFIX = 'MIT-EVENT:';

test('a coordinator invites the volunteers with 20+ hours this year, one answers on the phone without an account, and both are let in at the door by QR code and by name', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const title = `Dankeschön-Fest ${tag}`;
  const year = thisYear();

  const { coordinator, many, some } = await test.step('a coordinator; three volunteers with 60, 30 and 5 approved hours this year', async () => {
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kora Koordination');
    const many = await volunteerWithHours(admin, { firstName: 'Vera', lastName: `Viel ${tag}`, email: `viel-${tag}@e2e.example` }, 60);
    const some = await volunteerWithHours(admin, { firstName: 'Malte', lastName: `Mittel ${tag}`, email: `mittel-${tag}@e2e.example` }, 30);
    await volunteerWithHours(admin, { firstName: 'Wanda', lastName: `Wenig ${tag}`, email: `wenig-${tag}@e2e.example` }, 5);
    return { coordinator, many, some };
  });

  const eventId = await test.step('the coordinator creates the event through the form', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.goto('/events');
    await page.getByRole('button', { name: 'Neue Veranstaltung' }).click();
    await expect(page).toHaveURL(/\/events\/new$/);
    const main = page.getByRole('main');
    await choose(page, main.getByRole('combobox', { name: 'Art' }), 'Dankeschön-Fest');
    await main.getByLabel('Titel', { exact: true }).fill(title);
    await main.getByLabel('Datum', { exact: true }).fill(isoInDays(10));
    await main.getByLabel('Beginn', { exact: true }).fill('18:00');
    await main.getByLabel('Ende', { exact: true }).fill('21:30');
    await main.getByLabel('Antwort bis', { exact: true }).fill(isoInDays(5));
    await main.getByLabel('Ort', { exact: true }).fill('Rathaus Grimma, Festsaal');
    await main.getByLabel('Adresse', { exact: true }).fill('Markt 16, 04668 Grimma');
    await main.getByLabel('Barrierefreiheit', { exact: true }).fill('Stufenloser Zugang über den Hof, Aufzug, barrierefreies WC.');
    await main.getByLabel('Plätze', { exact: true }).fill('40');
    await main.getByLabel('Begleitperson erlaubt').check();
    await main.getByLabel('Beschreibung (Deutsch)').fill('Wir danken allen, die sich in diesem Jahr besonders engagiert haben.');
    await main.getByLabel('Beschreibung (English)').fill('We thank everyone who volunteered a lot this year.');
    await expectAccessible(page);
    await main.getByRole('button', { name: 'Speichern' }).click();
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    const id = /\/events\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    const stored = await admin.get<EventView>(`/events/${id}`);
    expect(stored).toMatchObject({ kind: 'thank_you_festival', startsAt: `${isoInDays(10)}T18:00`, capacity: 40, plusOnesAllowed: true, status: 'draft' });
    return id;
  });

  await test.step('the criteria "20 hours this year" select two people; they go on the list and get their invitations', async () => {
    await page.getByRole('tab', { name: 'Einladungsliste' }).click();
    const main = page.getByRole('main');
    await main.getByLabel('Jahr', { exact: true }).fill(String(year));
    await main.getByLabel('Mindeststunden', { exact: true }).fill('20');
    // The live count, before anything is written: the volunteer with 5 hours does not qualify.
    await expect(page.getByTestId('criteria-count')).toHaveText(/^\s*2 Personen passen \(0 schon auf der Liste, 2 neu/);
    await expectAccessible(page);
    await main.getByRole('button', { name: 'Zur Liste hinzufügen' }).click();
    await expect(page.getByText(/^\s*2 Personen hinzugefügt/)).toBeVisible();
    // Counted again: the same criteria would add nobody new now.
    await expect(page.getByTestId('criteria-count')).toHaveText(/^\s*2 Personen passen \(2 schon auf der Liste, 0 neu/);
    const list = main.getByRole('table', { name: /^Einladungsliste, 2 Personen/ });
    await expect(list.getByRole('row').filter({ hasText: many.name })).toContainText('Auf der Liste');
    await expect(list.getByRole('row').filter({ hasText: some.name })).toContainText('Auf der Liste');
    await expect(list.getByText(`Wanda Wenig ${tag}`)).toHaveCount(0);

    await main.getByRole('button', { name: 'Einladungen senden (2)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Einladungen senden' });
    await expect(confirm).toContainText(`2 Personen bekommen jetzt die Einladung zu „${title}“ per E-Mail.`);
    await confirm.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('2 Einladungen gesendet.')).toBeVisible();
    await expect(list.getByRole('row').filter({ hasText: many.name })).toContainText('Eingeladen, keine Antwort');
    await expect.poll(async () => (await admin.get<EventView>(`/events/${eventId}`)).counts.invited).toBe(2);
    await expectAccessible(page);
  });

  const invitation = await test.step('the invitation mail carries the answer link, the admission code, the QR image and the calendar file', async () => {
    const mail = await invitationMail(admin, many.email);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(expect.arrayContaining(['image/png', expect.stringMatching(/^text\/calendar/)]));
    return mail;
  });

  await test.step('on a phone, without an account, the volunteer accepts with a companion', async () => {
    const mobile = await phone(browser);
    await mobile.goto(invitation.rsvpLink);
    await expect(mobile.getByRole('heading', { name: title })).toBeVisible();
    await expectAccessible(mobile);
    await mobile.getByRole('radio', { name: 'Ich komme', exact: true }).check();
    // The event allows a companion; the door counts below expect Vera to bring one.
    await mobile.getByRole('checkbox', { name: 'Begleitperson', exact: true }).check();
    await mobile.getByRole('button', { name: 'Antwort senden' }).click();
    const status = mobile.getByTestId('rsvp-status');
    await expect(status).toContainText('Danke! Ihre Antwort ist gespeichert.');
    // "Sie kommen mit Begleitung (…). Wir freuen uns auf Sie!" – and not "Sie kommen nicht".
    await expect(status).toContainText(/zugesagt|angemeldet|Sie kommen(?! nicht)/i);
    await expect(status).toContainText('mit Begleitung');
    await expectAccessible(mobile);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await mobile.context().close();
  });

  // Malte accepts through the public API the answer page uses (the page itself is tested just above).
  await acceptByToken((await invitationMail(admin, some.email)).token);
  await expect.poll(async () => (await checkInCounts(admin, eventId)).expected).toBe(2);

  await test.step('at the door, a phone camera scans the QR code; the typed code says "already checked in"; a name search lets in the second guest', async () => {
    const door = await browserWithCamera(qrVideo(`${QR_PREFIX}${invitation.admissionCode}`, test.info().outputPath('door-camera.y4m')));
    try {
      const context = await door.newContext({
        baseURL: BASE_URL,
        viewport: { width: 390, height: 844 },
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        permissions: ['camera'],
        storageState: await page.context().storageState(),
      });
      const phonePage = await context.newPage();
      await phonePage.goto(`/events/${eventId}/check-in`);
      await expect(phonePage.getByRole('heading', { name: title })).toBeVisible();
      await expectAccessible(phonePage);

      await phonePage.getByRole('button', { name: 'Kamera starten' }).click();
      const result = phonePage.getByTestId('check-in-result');
      await expect(result).toContainText(`Willkommen, ${many.name}!`);
      await expect(result).toContainText('mit Begleitung');
      // Vera brought a companion: two people of three, one of two accepted invitations.
      const counts = phonePage.getByTestId('check-in-counts');
      await expect(counts).toContainText('2 von 3 da');
      await expect(counts).toContainText('1 von 2 Zusagen eingecheckt');
      await expect.poll(async () => (await checkInCounts(admin, eventId)).checkedIn).toBe(1);

      const code = phonePage.getByLabel('Einlass-Code');
      await code.fill(invitation.admissionCode);
      await code.press('Enter');
      // The first check-in stands: the answer names its time.
      await expect(result).toContainText(/Schon eingecheckt um \d{1,2}:\d{2}/);
      await expect(result).toContainText(many.name);
      expect((await checkInCounts(admin, eventId)).checkedIn).toBe(1);

      await phonePage.getByRole('searchbox', { name: 'Name suchen' }).fill(`Mittel ${tag}`);
      await expect(phonePage.getByText('1 gefunden.')).toBeVisible();
      await phonePage.getByRole('button', { name: `Einchecken: ${some.name}` }).click();
      await expect(result).toContainText(`Willkommen, ${some.name}!`);
      await expect.poll(async () => (await checkInCounts(admin, eventId)).checkedIn).toBe(2);
      await expect(counts).toContainText('3 von 3 da');
      await expect(counts).toContainText('2 von 2 Zusagen eingecheckt');
      await expectAccessible(phonePage);
      expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await door.close();
    }
  });

  await admin.dispose();
});
