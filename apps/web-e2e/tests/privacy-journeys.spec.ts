import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { ConsentPurpose, PersonalDataExport, VolunteerView } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { isoInDays, phone } from '../support/grants';
import { expectFocusVisible, moveFocusTo, press } from '../support/keyboard-only';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';
import { escapeRegExp, municipalityId } from '../support/start-page';

let admin: AdminApi;
test.beforeAll(async () => {
  admin = await AdminApi.signIn();
});
test.afterAll(async () => {
  await admin.dispose();
});

interface Seeded {
  id: string;
  name: string;
  email: string;
}

/** A volunteer profile in Grimma as a coordinator records it (the volunteer forms have their own journey). */
async function volunteerProfile(firstName: string, lastName: string, email: string): Promise<Seeded> {
  const profile = await admin.send<VolunteerView>('POST', '/volunteers', {
    firstName,
    lastName,
    email,
    municipalityId: await municipalityId(admin, 'Grimma'),
    languages: [{ code: 'de', level: 'native' }],
  });
  return { id: profile.id, name: `${firstName} ${lastName}`, email };
}

/** yyyy-mm-dd plus one calendar month; a day the next month lacks becomes its last day (31 Jan → 28/29 Feb), as Art. 12(3) is read. */
function oneMonthAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastOfNext))).toISOString().slice(0, 10);
}

/** yyyy-mm-dd as the German UI writes it: 04.01.2027. */
const german = (day: string) => day.split('-').reverse().join('.');

/** Runs `start` and returns the file the browser downloaded because of it: the name it was saved under and the bytes. */
async function downloadFrom(page: Page, start: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const downloading = page.waitForEvent('download');
  await start();
  const download = await downloading;
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

test('a coordinator logs an access request, sees the one-month deadline, downloads the export as JSON and PDF and closes the request', async ({ page }) => {
  const tag = uniqueTag();
  const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'privacy-coordinator', 'Dana Datenschutz');
  const subject = await volunteerProfile('Jana', `Auskunft ${tag}`, `privacy-subject-${tag}@e2e.example`);
  const today = isoInDays(0);
  const dueOn = oneMonthAfter(today);

  await signIn(page, coordinator.email, coordinator.password);
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { name: 'Datenschutz', level: 1 })).toBeVisible();

  await test.step('log the request that came in today', async () => {
    await page.getByRole('button', { name: 'Anfrage erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Datenschutz-Anfrage erfassen' });
    await expect(dialog.getByRole('radio', { name: 'Auskunft' })).toBeChecked();
    await expect(dialog.getByLabel('Eingegangen am')).toHaveValue(today);
    await dialog.getByLabel('Freiwillige/n suchen').fill(`Auskunft ${tag}`);
    await page.getByRole('option', { name: new RegExp(escapeRegExp(subject.name)) }).click();
    await expect(dialog.getByLabel('Freiwillige/n suchen')).toHaveValue(subject.name);
    await dialog.getByLabel('Notiz (optional)').fill('Brief vom heutigen Tag');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Anfrage erfassen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Die Anfrage von ${subject.name} ist erfasst. Frist: ${german(dueOn)}.`)).toBeVisible();
  });

  const row = page.getByRole('row').filter({ hasText: subject.name });
  const menu = page.getByRole('button', { name: `Aktionen für die Anfrage von ${subject.name}` });

  await test.step('the list shows it as open, received today, due one month later', async () => {
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(0)).toHaveText('Auskunft');
    await expect(row.getByRole('cell').nth(2)).toHaveText(german(today));
    const days = Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000);
    await expect(row.getByRole('cell').nth(3)).toHaveText(`${german(dueOn)} noch ${days} Tage`);
    await expect(row.getByRole('cell').nth(4)).toHaveText('Offen');
    // The paginator speaks the UI's language too.
    await expect(page.getByText('Einträge pro Seite')).toBeVisible();
    await expect(page.locator('.mat-mdc-paginator-range-label')).toHaveText(/^\s*\d+–\d+ von \d+\s*$/);
    await expectAccessible(page);
  });

  await test.step('the JSON export holds the volunteer and nobody else', async () => {
    await menu.click();
    const file = await downloadFrom(page, () => page.getByRole('menuitem', { name: 'Auskunft herunterladen (JSON)' }).click());
    // Named after the person, so several answers in the downloads folder are told apart.
    expect(file.name).toBe(`Auskunft ${subject.name} ${today}.json`);
    const data = JSON.parse(file.body.toString('utf8')) as PersonalDataExport;
    expect(data.subject).toEqual({ type: 'volunteer', id: subject.id, label: subject.name });
    expect(data.purpose).toBe('access_request');
    expect(data.tables['volunteers']).toEqual([expect.objectContaining({ id: subject.id, first_name: 'Jana', last_name: `Auskunft ${tag}`, email: subject.email })]);
  });

  await test.step('the PDF export is a PDF naming the volunteer', async () => {
    await menu.click();
    const pdf = await downloadFrom(page, () => page.getByRole('menuitem', { name: 'Auskunft herunterladen (PDF)' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.body);
    expect(text).toContain(subject.name);
    expect(text).toContain(subject.email);
  });

  await test.step('close it: it leaves the open requests and shows as done with the answer', async () => {
    await menu.click();
    await page.getByRole('menuitem', { name: 'Abschließen …' }).click();
    const dialog = page.getByRole('dialog', { name: `Anfrage von ${subject.name} abschließen` });
    await dialog.getByRole('button', { name: 'Abschließen', exact: true }).click();
    // The answer is what the county can show later: it cannot be left empty.
    await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
    await expect(dialog.getByLabel('Ergebnis')).toBeFocused();
    await dialog.getByLabel('Ergebnis').fill(`Auskunft am ${german(today)} per Post verschickt`);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Abschließen', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Die Anfrage von ${subject.name} ist abgeschlossen.`)).toBeVisible();
    await expect(row).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Anzeigen' }).click();
    await page.getByRole('option', { name: 'Erledigte Anfragen' }).click();
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(4)).toContainText('Erledigt');
    await expect(row.getByRole('cell').nth(4)).toContainText(`Auskunft am ${german(today)} per Post verschickt`);
    // No countdown for an answered request.
    await expect(row.getByRole('cell').nth(3)).toHaveText(german(dueOn));
    await expectAccessible(page);
  });
});

test.describe('a volunteer on a phone, with the keyboard alone', () => {
  // No mouse in this test: every step is a key press, and after each one a visible element holds the focus.
  test('downloads their own data and withdraws a consent', async ({ browser }) => {
    const tag = uniqueTag();
    const page = await phone(browser);
    const volunteer = await accountWithRoles(page, admin, ['volunteer'], 'privacy-volunteer', 'Mara Meinedaten');
    const own = await volunteerProfile('Mara', `Meinedaten ${tag}`, volunteer.email);
    const other = await volunteerProfile('Otto', `Anderer ${tag}`, `privacy-other-${tag}@e2e.example`);
    for (const id of [own.id, other.id]) {
      for (const purpose of ['newsletter', 'photos'] satisfies ConsentPurpose[]) {
        await admin.send('PUT', `/volunteers/${id}/consents`, { purpose, given: true, textVersion: '2026-01' });
      }
    }
    await page.context().clearCookies();
    await signIn(page, volunteer.email, volunteer.password);

    await page.goto('/my-data');
    await expect(page.getByRole('heading', { name: 'Meine Daten', level: 1 })).toBeVisible();
    await expectAccessible(page);

    await test.step('the JSON copy holds their own email and not another volunteer’s', async () => {
      const link = page.getByRole('link', { name: 'Als JSON herunterladen' });
      await moveFocusTo(page, link);
      const file = await downloadFrom(page, () => page.keyboard.press('Enter'));
      expect(file.name).toBe(`Meine Daten ${isoInDays(0)}.json`);
      const data = JSON.parse(file.body.toString('utf8')) as PersonalDataExport;
      expect(data.purpose).toBe('self_export');
      expect(data.tables['users']).toEqual([expect.objectContaining({ email: volunteer.email })]);
      const text = JSON.stringify(data);
      expect(text).toContain(volunteer.email);
      expect(text).not.toContain(other.email);
      expect(text).not.toContain(other.id);
      await expectFocusVisible(page, 'downloading');
    });

    await test.step('the erasure dialog opens and closes again without asking anything', async () => {
      const button = page.getByRole('button', { name: 'Löschung beantragen' });
      await moveFocusTo(page, button);
      await press(page, 'Enter');
      const dialog = page.getByRole('dialog', { name: 'Löschung Ihrer Daten beantragen' });
      await expect(dialog).toBeVisible();
      await expectAccessible(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
      await expectFocusVisible(page, 'cancelling the erasure dialog');
    });

    const photos = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Fotos', exact: true }) });
    const newsletter = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Newsletter', exact: true }) });

    await test.step('withdraw the photo consent from the page the consents link leads to', async () => {
      // The link stands above the erasure button, which has the focus now.
      await moveFocusTo(page, page.getByRole('link', { name: 'Einwilligungen unter „Mein Engagement“ verwalten' }), 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/my-volunteering$/);
      await expect(page.getByRole('heading', { name: 'Mein Engagement', level: 1 })).toBeVisible();
      await expect(photos).toContainText(/Erteilt am /);
      const withdraw = page.getByRole('button', { name: 'Einwilligung „Fotos“ widerrufen' });
      await moveFocusTo(page, withdraw);
      await page.keyboard.press('Space');
      await expect(page.getByRole('status').filter({ hasText: 'Die Einwilligung „Fotos“ ist widerrufen.' })).toBeVisible();
      await expect(photos).toContainText(`Widerrufen am ${german(isoInDays(0))}`);
      await expect(photos.getByRole('button', { name: 'Einwilligung „Fotos“ erteilen' })).toBeVisible();
      await expectFocusVisible(page, 'withdrawing the consent');
      await expectAccessible(page);
    });

    await test.step('after a reload the photo consent stays withdrawn and the newsletter consent given', async () => {
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Mein Engagement', level: 1 })).toBeVisible();
      await expect(photos).toContainText(`Widerrufen am ${german(isoInDays(0))}`);
      await expect(newsletter).toContainText(/Erteilt am /);
      await expectAccessible(page);
    });

    const stored = await admin.get<VolunteerView>(`/volunteers/${other.id}`);
    expect(stored.consents.filter((c) => c.withdrawnAt).map((c) => c.purpose), 'the other volunteer keeps every consent').toEqual([]);
    await page.context().close();
  });
});
