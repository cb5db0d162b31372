import { expect, type Browser, type Page } from '@playwright/test';
import type { GrantCallInput, GrantCallView } from '@miteinander/contracts';
import type { AdminApi } from './admin-api';
import { BASE_URL } from './environment';

/** yyyy-mm-dd `days` from today in the county's time zone (negative: in the past). */
export function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/** A phone-sized browser of its own (390 × 844), German, Berlin time, downloads allowed. */
export async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
  });
  return context.newPage();
}

/** A desktop browser of its own (a second person at the same time), German, Berlin time. */
export async function desktop(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin', acceptDownloads: true });
  return context.newPage();
}

/**
 * An open call as a coordinator makes it (the call form has its own tests): a deadline two months ahead, 14 days'
 * lead time, two project areas and two weighted criteria, so two reviewers' scores give round averages.
 */
export async function openCall(admin: AdminApi, title: string): Promise<GrantCallView> {
  const input: GrantCallInput = {
    year: Number(isoInDays(0).slice(0, 4)),
    title,
    totalBudgetCents: 2_000_000,
    maxPerProjectCents: 500_000,
    maxPerLanguageCourseCents: 100_000,
    deadline: isoInDays(60),
    minLeadDays: 14,
    fieldsOfAction: ['language', 'cohesion'],
    projectAreas: [
      { code: 'sprachkurs', label: 'Sprachkurs', fieldOfAction: 'language', languageCourse: true },
      { code: 'begegnung', label: 'Begegnungsprojekt', fieldOfAction: 'cohesion', languageCourse: false },
    ],
    criteria: [
      { code: 'wirkung', label: 'Wirkung', weight: 2 },
      { code: 'machbarkeit', label: 'Machbarkeit', weight: 1 },
    ],
    reportMonths: 6,
  };
  const call = await admin.send<GrantCallView>('POST', '/grants/calls', input);
  await admin.send('POST', `/grants/calls/${call.id}/status`, { status: 'open' });
  return call;
}

/** The application's status chip (next to its icon) says `status`. */
export async function expectGrantStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByRole('main').locator('app-grant-status-chip').first()).toContainText(status);
}
