import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { openSettled, seedTour, TOUR, type TourData, type Viewer } from '../support/a11y-tour';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from '../support/environment';
import { uniqueTag } from '../support/people';
import { declaredPagePaths } from '../support/route-tree';
import { signIn } from '../support/session';


test('the tour visits every page the route files declare', () => {
  // A new route without a stop here fails this test: add it to TOUR in support/a11y-tour.ts.
  expect(TOUR.map((s) => s.route).sort()).toEqual(declaredPagePaths());
});

test.describe('every page and main state, signed in as who may see it', () => {
let data: TourData;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await AdminApi.signIn();
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  try {
    data = await seedTour(await context.newPage(), admin, uniqueTag());
  } finally {
    await context.close();
    await admin.dispose();
  }
});

/** A browser of its own for `viewer`, signed in through the form. */
async function pageFor(browser: Browser, viewer: Viewer, options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  if (viewer === 'admin') await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  else if (viewer === 'noRole') {
    // signIn waits for the start page; an account without a role lands on /no-role instead.
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').fill(data.people.noRole.email);
    await page.getByLabel('Passwort', { exact: true }).fill(data.people.noRole.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(page).toHaveURL(/\/no-role$/);
  } else if (viewer !== 'signedOut') await signIn(page, data.people[viewer].email, data.people[viewer].password);
  return page;
}

const VIEWERS: Viewer[] = ['signedOut', 'noRole', 'coordinator', 'admin', 'volunteer', 'applicant', 'reviewer'];

for (const viewer of VIEWERS) {
  const stops = TOUR.filter((s) => s.viewer === viewer);
  test(`${viewer}: ${stops.length} pages without axe violations`, async ({ browser }) => {
    test.setTimeout(30_000 + stops.length * 8_000);
    const page = await pageFor(browser, viewer);
    const problems: string[] = [];
    for (const stop of stops) {
      const url = stop.url(data);
      try {
        await openSettled(page, url);
        // A guard sending the viewer elsewhere would let a page go unchecked.
        expect(new URL(page.url()).pathname, `/${stop.route} stayed on its page`).toBe(new URL(url, BASE_URL).pathname);
        await expectAccessible(page);
      } catch (error) {
        problems.push(`/${stop.route} (${url}): ${(error as Error).message}`);
      }
    }
    await page.context().close();
    // Every page's problems at once, not just the first one's.
    expect(problems, `${problems.length} of ${stops.length} pages`).toEqual([]);
  });
}

test('main states: an open dialog, validation errors, a switched tab, the phone menu', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await pageFor(browser, 'coordinator');
  const main = page.getByRole('main');

  await test.step('a dialog: asking for a revision of the submitted application', async () => {
    await openSettled(page, `/grants/applications/${data.applicationId}`);
    await main.getByRole('button', { name: 'Überarbeitung anfordern' }).click();
    await expect(page.getByRole('dialog', { name: 'Überarbeitung anfordern' })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('a form with its validation errors shown: a new organisation saved empty', async () => {
    await openSettled(page, '/organisations/new');
    await main.locator('button[type=submit]').click();
    await expect(main.locator('mat-error').first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('a switched tab: the event\'s invitation list', async () => {
    await openSettled(page, `/events/${data.eventId}`);
    await main.getByRole('tab', { name: 'Einladungsliste' }).click();
    await expect(main.getByRole('tab', { name: 'Einladungsliste' })).toHaveAttribute('aria-selected', 'true');
    await expect(main.getByRole('table', { name: /^Einladungsliste, 1 Person/ })).toBeVisible();
    await expectAccessible(page);
  });
  await page.context().close();

  await test.step('the navigation opened on a phone', async () => {
    const phonePage = await pageFor(browser, 'coordinator', { phone: true });
    await phonePage.getByRole('button', { name: 'Navigation öffnen' }).click();
    await expect(phonePage.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Freiwillige' })).toBeVisible();
    await expect(phonePage.getByRole('button', { name: 'Navigation öffnen' })).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(phonePage);
    await phonePage.context().close();
  });
});

/** Picks the UI language in the toolbar's menu (checked open, as the expanded-menu state); signed in, the account keeps it. */
async function chooseLanguage(page: Page, language: 'en' | 'ar'): Promise<void> {
  await page.locator('app-language-menu button').click();
  const item = page.locator(`[role=menuitemradio][lang=${language}]`);
  await expect(item).toBeVisible();
  await expectAccessible(page);
  await item.click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('key pages in English and in Arabic (right to left)', async ({ browser }) => {
  test.setTimeout(120_000);
  // One browser each, signed in (German) once: the menu then switches English, then Arabic.
  const staff = await pageFor(browser, 'coordinator');
  const guest = await pageFor(browser, 'signedOut');
  await guest.goto('/login');
  for (const [language, dir] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
    for (const [page, urls] of [
      [staff, ['/', '/volunteers', `/events/${data.eventId}`]],
      [guest, [data.rsvpLink, '/accessibility']],
    ] as const) {
      await chooseLanguage(page, language);
      for (const url of urls) {
        await test.step(`${language} ${url}`, async () => {
          await openSettled(page, url);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await expect(page.locator('html')).toHaveAttribute('dir', dir);
          await expectAccessible(page);
        });
      }
    }
  }
  await staff.context().close();
  await guest.context().close();
});
});
