import { expect } from '@playwright/test';
import { SUPPRESSED, type Figure, type HourEntryView, type Report, type ReportName, type SponsorshipView, type VolunteerView } from '@miteinander/contracts';
import { isoInDays } from './grants';

/** What the seeding needs from an API session (UserApi in support/start-page.ts, or AdminApi). */
export interface StaffApi {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, data: unknown): Promise<T>;
}

export interface ReportPeriod {
  from: string;
  to: string;
  municipalityId: number;
}

/**
 * From the first day of last month to today (county dates): a custom period (no preset covers it) that holds
 * the last three days, whatever today's date.
 */
export function recentPeriod(municipalityId: number): ReportPeriod {
  const today = isoInDays(0);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const from = month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
  return { from, to: today, municipalityId };
}

/** The report as the API sends it for the period (the reports page and the evaluation read the same). */
export function readReport(api: StaffApi, name: ReportName, period: ReportPeriod): Promise<Report> {
  return api.get<Report>(`/reports/${name}?from=${period.from}&to=${period.to}&municipalityId=${period.municipalityId}`);
}

/** The total row's figure of one column of one table; fails the test when the table or column is not there. */
export function totalOf(report: Report, table: string, column: string): Figure {
  const found = report.tables.find((t) => t.key === table);
  if (!found) throw new Error(`report ${report.name} has no table ${table} (has ${report.tables.map((t) => t.key).join(', ')})`);
  const value = found.total?.cells[column];
  if (value === undefined) throw new Error(`table ${table} has no total for ${column}`);
  return value;
}

/**
 * `after` is exactly `before` plus what the test added. A "before" hidden as "< 3" could not be subtracted: the test
 * uses a municipality no other spec records anything in, so that would mean someone else seeds there too.
 */
export function expectAdded(before: Figure, after: Figure, added: number, what: string): number {
  expect(before, `${what} before seeding is a number (not "${SUPPRESSED}")`).not.toBe(SUPPRESSED);
  expect(after, `${what} after seeding`).toBe((before as number) + added);
  return after as number;
}

/** Volunteers recorded in the municipality (counted as new) and taken through the intake to "aktiv". */
export async function activeVolunteers(api: StaffApi, municipalityId: number, people: { firstName: string; lastName: string }[]): Promise<VolunteerView[]> {
  const recorded: VolunteerView[] = [];
  for (const person of people) {
    const volunteer = await api.send<VolunteerView>('POST', '/volunteers', { ...person, municipalityId, languages: [{ code: 'de', level: 'native' }] });
    await api.send('POST', `/volunteers/${volunteer.id}/status`, { status: 'intake_done', reason: 'Erstgespräch geführt' });
    recorded.push(await api.send<VolunteerView>('POST', `/volunteers/${volunteer.id}/status`, { status: 'active', reason: 'Einsatz beginnt' }));
  }
  return recorded;
}

/** Hour entries logged for volunteers (minutes, days before today) and approved together; returns the minutes approved. */
export async function approvedHours(api: StaffApi, entries: { volunteerId: string; minutes: number; daysAgo: number }[]): Promise<number> {
  const ids: string[] = [];
  for (const e of entries) {
    const entry = await api.send<HourEntryView>('POST', '/hours', { volunteerId: e.volunteerId, activityDate: isoInDays(-e.daysAgo), minutes: e.minutes, activity: 'Lernbegleitung' });
    ids.push(entry.id);
  }
  await api.send('POST', '/hours/decisions', { ids, decision: 'approve' });
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/** Family sponsorship requests from the municipality, as the coordinator records them (they wait for a match). */
export async function familyRequests(api: StaffApi, municipalityId: number, names: string[]): Promise<SponsorshipView[]> {
  const requests: SponsorshipView[] = [];
  for (const name of names) {
    requests.push(
      await api.send<SponsorshipView>('POST', '/sponsorships', {
        kind: 'family',
        name,
        municipalityId,
        languages: [{ code: 'ar', level: 'native' }],
        germanLevel: 'A1',
        needs: 'Begleitung zu Ämtern',
        adults: 2,
        childrenAges: [],
      }),
    );
  }
  return requests;
}

const germanHours = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const germanHoursPdf = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const germanCount = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** Minutes as the reports page writes them: "6,5 Std." (up to one decimal, none when whole). */
export const pageHours = (minutes: number): string => `${germanHours.format(minutes / 60)} Std.`;
/** Minutes as the evaluation PDF writes them: always one decimal, "6,0 Std." (libs/server/reporting evaluation-format). */
export const pdfHours = (minutes: number): string => `${germanHoursPdf.format(minutes / 60)} Std.`;
/** A count as the PDF and the page write it: "1.234". */
export const germanNumber = (n: number): string => germanCount.format(n);

/** yyyy-mm-dd → dd.mm.yyyy, as the German UI and the PDF write a day. */
export const germanDay = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

