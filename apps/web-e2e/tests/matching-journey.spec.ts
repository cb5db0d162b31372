import { expect, test, type Browser, type Page } from '@playwright/test';
import type { MunicipalityView, SponsorshipView, VolunteerView } from '@miteinander/contracts';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { BASE_URL } from '../support/environment';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

/** A phone-sized browser of its own (390 × 844), German, Berlin time. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 390, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** The state chip in the sponsorship page's header says `state` (next to its icon). */
async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.getByRole('main').locator('header app-state-chip')).toContainText(state);
}

test('a coordinator reads why volunteers are suggested, runs a matching round for three requests and accepts two of them', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  // Tigrinya: nobody else in the test database speaks it, so only these volunteers pass the language requirement.
  const families = [`Familie Kidane ${tag}`, `Familie Tesfay ${tag}`, `Familie Haile ${tag}`];
  const volunteerNames = [`Selam Berhe ${tag}`, `Yonas Gebre ${tag}`, `Saba Tekle ${tag}`];

  const { coordinator, requests } = await test.step('three active volunteers and three requests ready to match, all speaking Tigrinya', async () => {
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Mara Vermittlung');
    const places = await admin.get<MunicipalityView[]>('/municipalities');
    const place = (name: string) => places.find((m) => m.name === name)!.id;
    const activate = async (id: string) => {
      await admin.send('POST', `/volunteers/${id}/status`, { status: 'intake_done', reason: 'Erstgespräch' });
      await admin.send('POST', `/volunteers/${id}/status`, { status: 'active', reason: 'Bereit für eine Patenschaft' });
    };
    const homes = ['Wurzen', 'Grimma', 'Wurzen'];
    // The third volunteer has no evening free: the first is the best one for the first family.
    const times = [['tue-evening', 'sat-morning'], ['tue-evening'], ['sat-morning']];
    for (const [i, fullName] of volunteerNames.entries()) {
      const [firstName, ...rest] = fullName.split(' ');
      const profile = await admin.send<VolunteerView>('POST', '/volunteers', {
        firstName,
        lastName: rest.join(' '),
        email: `matching-${i}-${tag}@e2e.example`,
        municipalityId: place(homes[i]!),
        languages: [{ code: 'ti', level: 'native' }, { code: 'de', level: 'B1' }],
      });
      await admin.send('PATCH', `/volunteers/${profile.id}`, { capacity: 1, interests: ['family_sponsorship'], availability: times[i] });
      await activate(profile.id);
    }
    // Someone the language requirement rules out.
    const other = await admin.send<VolunteerView>('POST', '/volunteers', {
      firstName: 'Omar',
      lastName: `Nur-Arabisch ${tag}`,
      email: `matching-ar-${tag}@e2e.example`,
      municipalityId: place('Wurzen'),
      languages: [{ code: 'ar', level: 'native' }],
    });
    await activate(other.id);
    const requests: SponsorshipView[] = [];
    for (const [i, name] of families.entries()) {
      const created = await admin.send<SponsorshipView>('POST', '/sponsorships', {
        kind: 'family',
        name,
        municipalityId: place(homes[i]!),
        languages: [{ code: 'ti', level: 'native' }],
        germanLevel: 'none',
        needs: 'Begleitung zu Ämtern und zur Kita',
        availability: ['tue-evening'],
        adults: 2,
        childrenAges: [],
      });
      await admin.send('POST', `/sponsorships/${created.id}/transitions`, { to: 'intake' });
      requests.push(await admin.send<SponsorshipView>('POST', `/sponsorships/${created.id}/transitions`, { to: 'ready_to_match' }));
    }
    return { coordinator, requests };
  });

  await test.step('the suggestions for one request explain each candidate by factor', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.goto(`/sponsorships/${requests[0]!.id}`);
    await expect(page.getByRole('heading', { name: families[0], level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Vorschläge ansehen' }).click();

    await expect(page.getByRole('heading', { name: `Vorschläge für ${families[0]}`, level: 1 })).toBeVisible();
    await expect(page.getByText('3 Vorschläge, die besten zuerst')).toBeVisible();
    const first = page.getByRole('article', { name: volunteerNames[0] });
    await expect(first).toContainText('Platz 1');
    await expect(first.getByText('spricht Tigrinya wie die Familie')).toBeVisible();
    await expect(first.getByText('wohnt im selben Ort')).toBeVisible();
    await expect(first.getByText('1 von 1 gewünschten Zeiten')).toBeVisible();
    await expect(page.getByRole('article', { name: volunteerNames[1] }).getByText(/^\d+ km entfernt$/)).toBeVisible();
    // Omar (and anybody else in the database without Tigrinya) was ruled out by a requirement, and the page says which.
    await expect(page.getByText(/× keine gemeinsame Sprache/)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('a candidate is excluded with a reason, and the exclusion is lifted again', async () => {
    await page.getByRole('button', { name: `${volunteerNames[2]} ausschließen` }).click();
    const dialog = page.getByRole('dialog', { name: `${volunteerNames[2]} ausschließen` });
    await expect(dialog.getByLabel('Grund')).toBeFocused();
    await dialog.getByRole('button', { name: 'Ausschließen' }).click();
    await expect(dialog.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Grund').fill('Kennt die Familie privat');
    await dialog.getByRole('button', { name: 'Ausschließen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${volunteerNames[2]} ist für diese Anfrage ausgeschlossen.`)).toBeVisible();
    await expect(page.getByText('2 Vorschläge, die besten zuerst')).toBeVisible();
    await expect(page.getByText('Grund: Kennt die Familie privat')).toBeVisible();
    await expect(page.getByText('1 × von der Koordination ausgeschlossen')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: `Ausschluss von ${volunteerNames[2]} aufheben` }).click();
    await expect(page.getByText(`Der Ausschluss von ${volunteerNames[2]} ist aufgehoben.`)).toBeVisible();
    await expect(page.getByText('3 Vorschläge, die besten zuerst')).toBeVisible();
  });

  await test.step('the same explanation in English', async () => {
    await page.getByRole('button', { name: /^Sprache wählen/ }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: `Suggestions for ${families[0]}`, level: 1 })).toBeVisible();
    await expect(page.getByRole('article', { name: volunteerNames[0] }).getByText('speaks Tigrinya like the family')).toBeVisible();
    await page.getByRole('button', { name: /^Choose language/ }).click();
    await page.getByRole('menuitemradio', { name: 'Deutsch' }).click();
    await expect(page.getByRole('heading', { name: `Vorschläge für ${families[0]}`, level: 1 })).toBeVisible();
  });

  let roundUrl = '';
  await test.step('a round over the three requests proposes a volunteer for each', async () => {
    await page.getByRole('link', { name: 'Vermittlung', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Vermittlungsrunde', level: 1 })).toBeVisible();
    for (const name of families) await expect(page.getByRole('checkbox', { name: `${name} auswählen` })).toBeChecked();
    await expectAccessible(page);
    // Only these three: other tests may leave requests waiting.
    await page.getByRole('checkbox', { name: 'Alle angezeigten Anfragen auswählen' }).uncheck();
    for (const name of families) await page.getByRole('checkbox', { name: `${name} auswählen` }).check();
    await expect(page.getByText(/^3 von \d+ ausgewählt$/)).toBeVisible();
    await page.getByRole('button', { name: 'Runde starten' }).click();

    await expect(page).toHaveURL(/\/matching\/rounds\/[^/]+$/);
    roundUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { name: 'Ergebnis der Vermittlungsrunde', level: 1 })).toBeVisible();
    await expect(page.getByText('3 Vorschläge, 0 ohne Vorschlag')).toBeVisible();
    await expect(page.getByText(/^Gesamtpassung: \d+$/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Vorschläge der Runde' });
    for (const name of families) {
      const row = table.getByRole('row').filter({ hasText: name });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('spricht Tigrinya wie die Familie');
      await expect(row).toContainText('offen');
    }
    await expectAccessible(page);
  });

  await test.step('two proposals are accepted; their requests become proposals, the third keeps waiting', async () => {
    await page.getByRole('checkbox', { name: `Vorschlag für ${families[0]} annehmen` }).check();
    await page.getByRole('checkbox', { name: `Vorschlag für ${families[1]} annehmen` }).check();
    await page.getByRole('button', { name: 'Ausgewählte annehmen (2)' }).click();
    await expect(page.getByText('2 Vorschläge angenommen. Die Anfragen stehen jetzt auf „Vorschlag“.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Vorschläge der Runde' });
    await expect(table.getByRole('row').filter({ hasText: families[0] })).toContainText('angenommen');
    await expect(table.getByRole('row').filter({ hasText: families[1] })).toContainText('angenommen');
    await expect(table.getByRole('row').filter({ hasText: families[2] })).toContainText('offen');
    await expect(page.getByRole('checkbox', { name: `Vorschlag für ${families[0]} annehmen` })).toHaveCount(0);
    await expectAccessible(page);

    for (const [i, request] of requests.entries()) {
      await page.goto(`/sponsorships/${request.id}`);
      await expect(page.getByRole('heading', { name: families[i], level: 1 })).toBeVisible();
      await expectState(page, i < 2 ? 'Vorschlag' : 'Bereit zur Vermittlung');
    }
  });

  await test.step('the open proposal is kept and the round calculated again for the request still waiting', async () => {
    await page.goto(roundUrl);
    const table = page.getByRole('table', { name: 'Vorschläge der Runde' });
    const open = table.getByRole('row').filter({ hasText: families[2] });
    await open.getByRole('checkbox', { name: /^.* für .* festhalten$/ }).check();
    await expect(page.getByText(/1 festgehalten, 0 ausgeschlossen/)).toBeVisible();
    await page.getByRole('button', { name: 'Neu berechnen' }).click();
    await expect(page).not.toHaveURL(roundUrl);
    await expect(page.getByText('1 Vorschlag, 0 ohne Vorschlag')).toBeVisible();
    const again = page.getByRole('table', { name: 'Vorschläge der Runde' }).getByRole('row').filter({ hasText: families[2] });
    await expect(again).toContainText('festgehalten');
    await expect(again.getByRole('checkbox', { name: /festhalten$/ })).toBeChecked();
    await expectAccessible(page);
  });

  await test.step('on a phone: the round and the suggestions fit the screen', async () => {
    const mobile = await phone(browser);
    await signIn(mobile, coordinator.email, coordinator.password);
    await mobile.goto(roundUrl);
    await expect(mobile.getByRole('heading', { name: 'Ergebnis der Vermittlungsrunde', level: 1 })).toBeVisible();
    await expect(mobile.getByRole('table', { name: 'Vorschläge der Runde' }).getByRole('row').filter({ hasText: families[0] })).toContainText('angenommen');
    await expectAccessible(mobile);
    await expectNoSidewaysScrolling(mobile);
    await mobile.goto(`/matching/requests/${requests[2]!.id}`);
    await expect(mobile.getByRole('heading', { name: `Vorschläge für ${families[2]}`, level: 1 })).toBeVisible();
    await expect(mobile.getByText('1 Vorschlag, der beste zuerst')).toBeVisible();
    await expect(mobile.getByText(/^\d+ × keine freien Plätze$/)).toBeVisible();
    await expectAccessible(mobile);
    await expectNoSidewaysScrolling(mobile);
    await mobile.context().close();
  });

  await test.step('the weights: checked as you type, previewed on the waiting request, saved as a new version', async () => {
    await page.goto('/matching');
    await page.getByRole('link', { name: 'Gewichtung', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Gewichtung der Vorschläge', level: 1 })).toBeVisible();
    await expect(page.getByText(/^Aktuell: Version \d+/)).toBeVisible();
    const language = page.getByRole('spinbutton', { name: 'Sprache' });
    await expect(language).not.toHaveValue('');
    await language.fill('11');
    await expect(page.getByText('Bitte geben Sie höchstens 10 ein.')).toBeVisible();
    await expectAccessible(page);
    await language.fill('8');
    await page.getByRole('spinbutton', { name: 'Entfernung' }).fill('10');

    await page.getByRole('combobox', { name: 'Anfrage für die Vorschau' }).click();
    await page.getByRole('option', { name: new RegExp(families[2]!) }).click();
    await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
    const preview = page.getByRole('table', { name: `Vorschau für ${families[2]}` });
    // Two of the three volunteers are taken by the accepted proposals: one is left, and it keeps its place.
    await expect(preview.getByRole('row')).toHaveCount(2);
    await expect(preview).toContainText('unverändert');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Als neue Version speichern' }).click();
    const saved = page.getByText(/^Version \d+ ist gespeichert und gilt ab jetzt\.$/);
    await expect(saved).toBeVisible();
    const version = (await saved.textContent())!.match(/\d+/)![0];
    await expect(page.getByText(`Aktuell: Version ${version}`)).toBeVisible();
    await expect(page.getByRole('button', { name: `Version ${version} in das Formular laden` })).toBeVisible();
    await expectAccessible(page);
  });

  await admin.dispose();
});
