import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Report, ReportTable } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { choose } from '../support/events';
import { uniqueTag } from '../support/people';
import {
  activeVolunteers,
  approvedHours,
  expectAdded,
  familyRequests,
  germanDay,
  germanNumber,
  pageHours,
  pdfHours,
  readReport,
  recentPeriod,
  totalOf,
} from '../support/reports';
import { signIn } from '../support/session';
import { UserApi, escapeRegExp, municipalityId } from '../support/start-page';

/** No other spec records anyone here, so the figures before seeding are zero (and never hidden as "< 3"). */
const MUNICIPALITY = 'Otterwisch';
const TITLE = 'Auswertung der Ehrenamts- und Integrationsarbeit';

/** The total row of a report table on the page, as its cells read, by the API's column key. */
async function expectTotalCell(page: Page, table: ReportTable, column: string, text: string): Promise<void> {
  const onPage = page.getByRole('main').getByRole('table', { name: new RegExp(escapeRegExp(table.title)) });
  const index = table.columns.findIndex((c) => c.key === column);
  expect(index, `${table.key} has a column ${column}`).toBeGreaterThanOrEqual(0);
  await expect(onPage.locator('tfoot').getByRole('cell').nth(index)).toHaveText(text);
}

const tableOf = (report: Report, key: string): ReportTable => {
  const table = report.tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key} in ${report.name}`);
  return table;
};

test('a coordinator reads the reports for a period and municipality and downloads the evaluation PDF and Excel file with the same totals', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Rita Report');
  const staff = await UserApi.signIn(coordinator);
  const period = recentPeriod(await municipalityId(admin, MUNICIPALITY));

  const before = {
    volunteers: await readReport(staff, 'volunteers', period),
    hours: await readReport(staff, 'hours', period),
    sponsorships: await readReport(staff, 'sponsorships', period),
  };

  const added = await test.step('the coordinator records three volunteers in Otterwisch (active), their approved hours and three family requests', async () => {
    const volunteers = await activeVolunteers(
      staff,
      period.municipalityId,
      ['Anna', 'Bernd', 'Cem'].map((firstName) => ({ firstName, lastName: `Bericht ${tag}` })),
    );
    const [a, b, c] = volunteers.map((v) => v.id) as [string, string, string];
    // 6.5 hours: a half hour shows the decimal. The hours total is published when one month has three or more
    // people behind it, so each of the three worked today (this month, whatever the date).
    const minutes = await approvedHours(staff, [
      { volunteerId: a, minutes: 90, daysAgo: 0 },
      { volunteerId: a, minutes: 60, daysAgo: 2 },
      { volunteerId: b, minutes: 120, daysAgo: 0 },
      { volunteerId: c, minutes: 120, daysAgo: 0 },
    ]);
    await familyRequests(staff, period.municipalityId, ['Familie Ahmadi', 'Familie Haddad', 'Familie Tesfay'].map((n) => `${n} ${tag}`));
    return { volunteers: volunteers.length, minutes, requests: 3 };
  });

  const after = {
    volunteers: await readReport(staff, 'volunteers', period),
    hours: await readReport(staff, 'hours', period),
    sponsorships: await readReport(staff, 'sponsorships', period),
  };
  const expected = {
    newVolunteers: expectAdded(totalOf(before.volunteers, 'volunteersByMonth', 'new'), totalOf(after.volunteers, 'volunteersByMonth', 'new'), added.volunteers, 'new volunteers'),
    activeVolunteers: expectAdded(
      totalOf(before.volunteers, 'volunteersByMonth', 'active'),
      totalOf(after.volunteers, 'volunteersByMonth', 'active'),
      added.volunteers,
      'active volunteers at the end of the period',
    ),
    minutes: expectAdded(totalOf(before.hours, 'hoursByMonth', 'minutes'), totalOf(after.hours, 'hoursByMonth', 'minutes'), added.minutes, 'approved minutes'),
    requests: expectAdded(
      totalOf(before.sponsorships, 'sponsorshipsFlow', 'requested'),
      totalOf(after.sponsorships, 'sponsorshipsFlow', 'requested'),
      added.requests,
      'requested sponsorships',
    ),
  };
  await staff.dispose();

  await test.step('Berichte in the navigation; a custom period and Otterwisch chosen: the volunteers chart and table with the totals', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berichte', exact: true }).click();
    await expect(page).toHaveURL(/\/reports(\?|$)/);
    await expect(page.getByRole('heading', { level: 1, name: 'Berichte und Auswertung' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Freiwillige', exact: true })).toHaveAttribute('aria-selected', 'true');
    // No preset covers the period: "Eigener Zeitraum" with both days typed in, then the municipality.
    const filters = page.getByRole('search', { name: 'Zeitraum und Gemeinde' });
    await choose(page, filters.getByRole('combobox', { name: 'Zeitraum' }), 'Eigener Zeitraum');
    // Typed one after the other as people do, leaving each field with Tab: the first day is applied (a navigation)
    // while the second is typed, and neither may be lost.
    await filters.getByLabel('Von', { exact: true }).fill(period.from);
    await filters.getByLabel('Von', { exact: true }).press('Tab');
    await filters.getByLabel('Bis', { exact: true }).fill(period.to);
    await filters.getByLabel('Bis', { exact: true }).press('Tab');
    await expect(page).toHaveURL(new RegExp(`from=${period.from}&to=${period.to}`));
    await expect(filters.getByLabel('Von', { exact: true })).toHaveValue(period.from);
    await expect(filters.getByLabel('Bis', { exact: true })).toHaveValue(period.to);
    await choose(page, filters.getByRole('combobox', { name: 'Gemeinde' }), MUNICIPALITY);
    await expect(page).toHaveURL(new RegExp(`municipality=${period.municipalityId}`));
    const byMonth = tableOf(after.volunteers, 'volunteersByMonth');
    await expect(page.getByRole('main').getByRole('img', { name: new RegExp(escapeRegExp(byMonth.title)) })).toBeVisible();
    await expectTotalCell(page, byMonth, 'new', germanNumber(expected.newVolunteers));
    await expectTotalCell(page, byMonth, 'active', germanNumber(expected.activeVolunteers));
    await expectAccessible(page);
  });

  await test.step('with the arrow keys on the tab list to Stunden: the approved hours in German', async () => {
    const volunteersTab = page.getByRole('tab', { name: 'Freiwillige', exact: true });
    await volunteersTab.focus();
    // Freiwillige → Patenschaften → Stunden.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Stunden', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expectTotalCell(page, tableOf(after.hours, 'hoursByMonth'), 'minutes', pageHours(expected.minutes));
    await expectAccessible(page);
  });

  await test.step('"Auswertung erstellen": a progress bar, then the PDF with the title, the period in German and the totals', async () => {
    await page.getByRole('button', { name: 'Auswertung erstellen' }).click();
    await expect(page.getByRole('progressbar', { name: 'Fortschritt der Auswertung' })).toBeVisible();
    const pdfLink = page.getByRole('link', { name: /^PDF herunterladen/ });
    await expect(pdfLink).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0);

    const downloading = page.waitForEvent('download');
    await pdfLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Auswertung_${period.from}_bis_${period.to}_${MUNICIPALITY}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    // The title is set large and wraps onto two lines.
    expect(text.replace(/\s+/g, ' ')).toContain(TITLE);
    expect(text).toContain(`Zeitraum: ${germanDay(period.from)}–${germanDay(period.to)}`);
    expect(text).toContain(`Gemeinde: ${MUNICIPALITY}`);
    // The overview: each label, then its figure (pdfkit writes them as two text runs).
    const overview = (label: string, figure: string) => expect(text).toMatch(new RegExp(`${escapeRegExp(label)}\\n${escapeRegExp(figure)}(\\n|$)`));
    overview('Neue Freiwillige', germanNumber(expected.newVolunteers));
    overview('Aktive Freiwillige am Ende des Zeitraums', germanNumber(expected.activeVolunteers));
    overview('Bestätigte Stunden', pdfHours(expected.minutes));
    overview('Angefragte Patenschaften', germanNumber(expected.requests));
  });

  await test.step('the Excel file is an XLSX whose hours sheet has the same total', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Excel herunterladen/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Auswertung_${period.from}_bis_${period.to}_${MUNICIPALITY}.xlsx`);
    const xlsx = readFileSync((await download.path())!);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as the old Buffer type; the bytes are the same.
    await workbook.xlsx.load(xlsx as never);
    const hoursTable = tableOf(after.hours, 'hoursByMonth');
    // Sheets are named after the tables' German titles (cut to Excel's 31 characters).
    const sheet = workbook.worksheets.find((s) => hoursTable.title.startsWith(s.name));
    expect(sheet, `a sheet for "${hoursTable.title}" among ${workbook.worksheets.map((s) => s.name).join(', ')}`).toBeDefined();
    const column = 2 + hoursTable.columns.findIndex((c) => c.key === 'minutes');
    const totalRow = sheet!.getRow(2 + hoursTable.rows.length);
    expect(totalRow.getCell(1).value).toBe(hoursTable.total!.label);
    // Hours with one decimal, as a number Excel can add up.
    expect(totalRow.getCell(column).value).toBe(Math.round((expected.minutes / 60) * 10) / 10);
  });

  await test.step('in English, the reports page speaks English', async () => {
    await page.getByRole('button', { name: /^Sprache wählen/ }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reports and evaluation' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Hours', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Evaluation report' })).toBeVisible();
  });

  await admin.dispose();
});
