import { SUPPRESSED, type Report, type ReportTable } from '@miteinander/contracts';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { staff } from './hours-fixtures';
import { addVolunteersWithHistory } from './report-fixtures-people';
import { fieldErrors, municipalityId } from './sponsorship-fixtures';
import { fetchReport, tableOf } from './report-fixtures';

const S = SUPPRESSED;

/** Cells of a table as [key, active, new, left] for compact exact comparisons. */
const grid = (table: ReportTable) => table.rows.map((r) => [r.key, r.cells['active'], r.cells['new'], r.cells['left']]);
const totals = (table: ReportTable) => [table.total!.cells['active'], table.total!.cells['new'], table.total!.cells['left']];

describe('the volunteers report', () => {
  let t: TestApp;
  let coord: SignedIn;
  let grimma: number;
  let wurzen: number;

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coord, 'volunteers', query, lang);
  const table = tableOf;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    grimma = await municipalityId(t, 'Grimma');
    wurzen = await municipalityId(t, 'Wurzen');
    // Active all along.
    await addVolunteersWithHistory(t, 5, grimma, [['interested', '2024-06-10 10:00'], ['active', '2024-07-01 10:00']]);
    // Paused and back within February: still active at its end.
    await addVolunteersWithHistory(t, 3, grimma, [['active', '2024-05-01 10:00'], ['paused', '2025-02-10 10:00'], ['active', '2025-02-20 10:00']]);
    await addVolunteersWithHistory(t, 4, wurzen, [['active', '2024-09-01 10:00'], ['left', '2025-01-15 10:00']]);
    // Recorded late on New Year's Eve in Berlin (still 2024 there), active half an hour into 2025.
    await addVolunteersWithHistory(t, 1, wurzen, [['interested', '2024-12-31 23:30'], ['active', '2025-01-01 00:30']]);
    // New in January, left in the last half hour of March.
    await addVolunteersWithHistory(t, 3, grimma, [['interested', '2025-01-05 10:00'], ['active', '2025-01-20 10:00'], ['left', '2025-03-31 23:30']]);
    // Three changes in one month, ending as left.
    await addVolunteersWithHistory(t, 2, grimma, [['active', '2025-02-03 10:00'], ['paused', '2025-02-05 10:00'], ['left', '2025-02-25 10:00']]);
    await addVolunteersWithHistory(t, 1, null, [['active', '2025-03-10 10:00']]);
    // Half an hour into April in Berlin: after the period.
    await addVolunteersWithHistory(t, 1, wurzen, [['active', '2025-04-01 00:30']]);
    await addVolunteersWithHistory(t, 4, grimma, [['interested', '2025-03-15 10:00']]);
  });

  afterAll(() => t.close());

  it('counts active at each month end, new and left per month, hiding figures of fewer than 3 and one more to protect them', async () => {
    const r = await report({ from: '2025-01-01', to: '2025-03-31' });
    expect(r.title).toBe('Freiwillige');
    expect(r.municipalityNote).toBeNull();
    const months = table(r, 'volunteersByMonth');
    expect(months.chart).toBe('line');
    expect(months.columns.map((c) => [c.key, c.label, c.unit])).toEqual([['active', 'Aktiv', 'count'], ['new', 'Neu', 'count'], ['left', 'Ausgeschieden', 'count']]);
    expect(months.rows.map((x) => x.label)).toEqual(['Januar 2025', 'Februar 2025', 'März 2025']);
    // new: 3, 2, 5 → the 2 hidden and the 3 with it; left: 4, 2, 3 → the 2 and the 3 hidden.
    expect(grid(months)).toEqual([
      ['2025-01', 12, S, 4],
      ['2025-02', 12, S, S],
      ['2025-03', 10, 5, S],
    ]);
    expect(totals(months)).toEqual([10, 10, 9]);
  });

  it('counts by municipality: active at the end of the period, new and left in it, not given last', async () => {
    const r = await report({ from: '2025-01-01', to: '2025-03-31' });
    const map = table(r, 'volunteersByMunicipality');
    expect(map.chart).toBe('map');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM municipalities`);
    expect(map.rows).toHaveLength(n + 1);
    const byKey = Object.fromEntries(map.rows.map((x) => [x.key, x]));
    // active: 8, 1, 1 (two hidden: nothing more); new: 9, 0, 1 (the 1 hidden, so the 9 too); left: 5, 4, 0.
    expect(byKey[String(grimma)]).toMatchObject({ label: 'Grimma', cells: { active: 8, new: S, left: 5 } });
    expect(byKey[String(grimma)]!.lat).toEqual(expect.any(Number));
    expect(byKey[String(wurzen)]).toMatchObject({ label: 'Wurzen', cells: { active: S, new: 0, left: 4 } });
    expect(map.rows.at(-1)).toEqual({ key: 'none', label: 'ohne Angabe', cells: { active: S, new: S, left: 0 } });
    const outside = map.rows.at(-2)!;
    expect(outside.label).toBe('außerhalb des Landkreises');
    expect(outside.lat).toBeUndefined();
    const others = map.rows.filter((x) => ![String(grimma), String(wurzen), 'none'].includes(x.key));
    expect(others).toHaveLength(n - 2);
    expect(others.every((x) => x.cells['active'] === 0 && x.cells['new'] === 0 && x.cells['left'] === 0)).toBe(true);
    expect(totals(map)).toEqual([10, 10, 9]);
  });

  it('filters by municipality', async () => {
    const r = await report({ from: '2025-01-01', to: '2025-03-31', municipalityId: grimma });
    expect(r.municipalityId).toBe(grimma);
    const months = table(r, 'volunteersByMonth');
    expect(grid(months)).toEqual([
      ['2025-01', 11, S, 0],
      ['2025-02', 11, S, S],
      ['2025-03', 8, 4, S],
    ]);
    expect(totals(months)).toEqual([8, 9, 5]);
    const map = table(r, 'volunteersByMunicipality');
    expect(grid(map)).toEqual([[String(grimma), 8, 9, 5]]);
    expect(totals(map)).toEqual([8, 9, 5]);
  });

  it('counts the last month up to the end of the period and the first from its start', async () => {
    const months = table(await report({ from: '2025-01-10', to: '2025-02-14' }), 'volunteersByMonth');
    // Opening stock 13 (the one active since New Year included; the three recorded on 5 January are not new);
    // on 14 February the three of the paused group are paused, and the two recorded on 3 February have paused too.
    expect(grid(months)).toEqual([
      ['2025-01', 12, 0, 4],
      ['2025-02', 9, S, 0],
    ]);
    expect(totals(months)).toEqual([9, S, 4]);
  });

  it('shows every month of the period, zero where nothing happened, with Berlin dates', async () => {
    const months = table(await report({ from: '2024-10-01', to: '2024-12-31' }), 'volunteersByMonth');
    expect(grid(months)).toEqual([
      ['2024-10', 12, 0, 0],
      ['2024-11', 12, 0, 0],
      ['2024-12', 12, S, 0],
    ]);
    // A total of one person is hidden as well.
    expect(totals(months)).toEqual([12, S, 0]);
  });

  it('speaks English', async () => {
    const r = await report({ from: '2025-01-01', to: '2025-03-31' }, 'en');
    expect(r.title).toBe('Volunteers');
    const months = table(r, 'volunteersByMonth');
    expect(months.title).toBe('Volunteers by month');
    expect(months.columns.map((c) => c.label)).toEqual(['Active', 'New', 'Left']);
    expect(months.rows.map((x) => x.label)).toEqual(['January 2025', 'February 2025', 'March 2025']);
    expect(months.total!.label).toBe('Total');
    const map = table(r, 'volunteersByMunicipality');
    expect(map.title).toBe('Volunteers by municipality');
    expect(map.rows.at(-1)!.label).toBe('not given');
    expect(map.rows.at(-2)!.label).toBe('outside the county');
  });

  it('is for coordinators only and names wrong input', async () => {
    for (const roles of [['volunteer'], ['applicant']] as const) {
      const who = await staff(t, `${roles[0]}@example.org`, [...roles]);
      expect((await who.agent.get('/api/v1/reports/volunteers').query({ from: '2025-01-01', to: '2025-03-31' })).status).toBe(403);
    }
    const reversed = await coord.agent.get('/api/v1/reports/volunteers').query({ from: '2025-03-01', to: '2025-01-31' }).set('accept-language', 'de');
    expect(reversed.status).toBe(400);
    expect(fieldErrors(reversed.body)['to']).toContain('Zeitraum bis');
    const unknown = await coord.agent.get('/api/v1/reports/volunteers').query({ from: '2025-01-01', to: '2025-03-31', municipalityId: 999999 });
    expect(unknown.status).toBe(400);
    expect(Object.keys(fieldErrors(unknown.body))).toEqual(['municipalityId']);
  });
});
