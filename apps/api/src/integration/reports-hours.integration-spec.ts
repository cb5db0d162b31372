import type { Report, ReportTable } from '@miteinander/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addOrganisation, addVolunteer, insertEntry, staff } from './hours-fixtures';
import { fetchReport, tableOf } from './report-fixtures';

/** Rows of a table as [key, label, ...cells in column order], and its total the same way. */
const grid = (table: ReportTable) => table.rows.map((r) => [r.key, r.label, ...table.columns.map((c) => r.cells[c.key])]);
const totalOf = (table: ReportTable) => table.total && table.columns.map((c) => table.total!.cells[c.key]);

describe('the hours report', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let grimma: number;
  let borna: number;

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coordinator, 'hours', query, lang);
  const table = tableOf;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koord.bericht.stunden@example.org');
    [{ id: grimma }] = await t.dataSource.query(`INSERT INTO municipalities (name, kind, lat, lon) VALUES ('Grimma', 'town', 51.23, 12.72) RETURNING id`);
    [{ id: borna }] = await t.dataSource.query(`INSERT INTO municipalities (name, kind, lat, lon) VALUES ('Borna', 'town', 51.12, 12.5) RETURNING id`);
    const verein = (await addOrganisation(t, 'Sportverein Grimma')).id;
    const diakonie = (await addOrganisation(t, 'Diakonie Borna')).id;
    await t.dataSource.query(`UPDATE organisations SET kind = 'welfare' WHERE id = $1`, [diakonie]);
    const v = [];
    for (let i = 1; i <= 4; i++) v.push((await addVolunteer(t, { firstName: `G${i}`, lastName: 'Grimma', email: `g${i}.stunden@example.org`, account: false, municipalityId: grimma })).id);
    v.push((await addVolunteer(t, { firstName: 'B1', lastName: 'Borna', email: 'b1.stunden@example.org', account: false, municipalityId: borna })).id);
    const [v1, v2, v3, v4, v5] = v;
    const sponsorship = async (kind: string) => {
      const [{ id: beneficiary }] = await t.dataSource.query(
        `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs) VALUES ($1, 'Familie Test', $2, 'A1', 'Begleitung') RETURNING id`,
        [kind === 'learning' ? 'pupil' : 'family', grimma],
      );
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, planned_months, trial_weeks) VALUES ($1, $2, 'inquiry', true, 12, 6) RETURNING id`,
        [kind, beneficiary],
      );
      return id as string;
    };
    const family = await sponsorship('family');
    const learning = await sponsorship('learning');
    const entry = async (volunteerId: string, date: string, minutes: number, place: { org?: string; sponsorship?: string } = {}, status = 'approved') => {
      const id = await insertEntry(t, { volunteerId, date, minutes, status, organisationId: place.org ?? null });
      if (place.sponsorship) await t.dataSource.query(`UPDATE hour_entries SET sponsorship_id = $2 WHERE id = $1`, [id, place.sponsorship]);
    };
    // Period under test: 15 January to 10 March 2025 (a partial first and last month around a whole February).
    await entry(v1, '2025-01-10', 60, { org: verein }); // before the period
    await entry(v1, '2025-01-20', 60, { org: verein });
    await entry(v2, '2025-01-20', 30, { org: verein });
    await entry(v3, '2025-01-31', 45, { sponsorship: family });
    await entry(v1, '2025-01-25', 15, { org: verein }, 'submitted');
    await entry(v2, '2025-01-25', 120, { org: verein }, 'rejected');
    await entry(v4, '2025-02-01', 600, { org: verein }, 'withdrawn');
    await entry(v1, '2025-02-05', 60, { org: verein });
    await entry(v1, '2025-02-06', 30, { org: verein });
    await entry(v2, '2025-02-05', 60, { org: verein });
    await entry(v4, '2025-02-28', 90, { org: verein });
    await entry(v3, '2025-02-01', 60, { sponsorship: learning });
    await entry(v5, '2025-02-14', 120, { org: diakonie });
    await entry(v1, '2025-03-01', 45, { org: verein });
    await entry(v2, '2025-03-10', 15, { org: verein });
    await entry(v4, '2025-03-08', 30);
    await entry(v3, '2025-03-11', 60, { org: verein }); // after the period
  });
  afterAll(() => t.close());

  it('sums approved hours per month, exact to the day in the partial first and last month', async () => {
    const r = await report({ from: '2025-01-15', to: '2025-03-10' });
    expect(r).toMatchObject({ name: 'hours', title: 'Stunden', period: { from: '2025-01-15', to: '2025-03-10' }, municipalityId: null, municipalityNote: null });
    const byMonth = table(r, 'hoursByMonth');
    expect(byMonth).toMatchObject({ title: 'Stunden je Monat', chart: 'bar' });
    expect(byMonth.columns).toEqual([
      { key: 'minutes', label: 'Stunden', unit: 'minutes' },
      { key: 'volunteers', label: 'Ehrenamtliche', unit: 'count' },
    ]);
    expect(grid(byMonth)).toEqual([
      ['2025-01', 'Januar 2025', 135, 3],
      ['2025-02', 'Februar 2025', 420, 5],
      ['2025-03', 'März 2025', 90, 3],
    ]);
    // No distinct count of volunteers over the whole period (it would need every entry): the total has minutes only.
    expect(byMonth.total).toEqual({ key: 'total', label: 'Gesamt', cells: { minutes: 645 } });
    expect(byMonth.description).toContain('Für den ganzen Zeitraum fehlt diese Zahl');
  });

  it('groups hours by where they were given and hides areas fewer than 3 volunteers stand behind', async () => {
    const byArea = table(await report({ from: '2025-01-15', to: '2025-03-10' }), 'hoursByArea');
    expect(grid(byArea)).toEqual([
      ['family', 'Familienpatenschaft', '< 3'],
      ['mother', 'Mütterpatenschaft', 0],
      ['learning', 'Lernpatenschaft', '< 3'],
      ['association', 'Verein', 390],
      ['church', 'Kirchengemeinde', 0],
      ['municipality', 'Kommune', 0],
      ['welfare', 'Wohlfahrtsverband', '< 3'],
      ['initiative', 'Initiative', 0],
      ['other', 'Sonstiges', '< 3'],
    ]);
    expect(totalOf(byArea)).toEqual([645]);
    expect(byArea.description).toContain('kein eigenes Handlungsfeld');
  });

  it('reads whole months from the rollup alone', async () => {
    const r = await report({ from: '2025-02-01', to: '2025-02-28' });
    expect(grid(table(r, 'hoursByMonth'))).toEqual([['2025-02', 'Februar 2025', 420, 5]]);
    expect(grid(table(r, 'hoursByArea')).filter((row) => row[2] !== 0)).toEqual([
      ['learning', 'Lernpatenschaft', '< 3'],
      ['association', 'Verein', 240],
      ['welfare', 'Wohlfahrtsverband', '< 3'],
    ]);
  });

  it('filters by the volunteers’ municipality, hiding figures of one or two people', async () => {
    const inGrimma = await report({ from: '2025-01-15', to: '2025-03-10', municipalityId: grimma });
    expect(inGrimma.municipalityId).toBe(grimma);
    expect(grid(table(inGrimma, 'hoursByMonth'))).toEqual([
      ['2025-01', 'Januar 2025', 135, 3],
      ['2025-02', 'Februar 2025', 300, 4],
      ['2025-03', 'März 2025', 90, 3],
    ]);
    expect(totalOf(table(inGrimma, 'hoursByMonth'))).toEqual([525, undefined]);
    expect(grid(table(inGrimma, 'hoursByArea')).find((row) => row[0] === 'welfare')).toEqual(['welfare', 'Wohlfahrtsverband', 0]);

    const inBorna = await report({ from: '2025-01-15', to: '2025-03-10', municipalityId: borna });
    expect(grid(table(inBorna, 'hoursByMonth'))).toEqual([
      ['2025-01', 'Januar 2025', 0, 0],
      ['2025-02', 'Februar 2025', '< 3', '< 3'],
      ['2025-03', 'März 2025', 0, 0],
    ]);
    expect(totalOf(table(inBorna, 'hoursByMonth'))).toEqual(['< 3', undefined]);
  });

  it('speaks English when asked', async () => {
    const r = await report({ from: '2025-01-15', to: '2025-03-10' }, 'en');
    expect(r.title).toBe('Hours');
    const byMonth = table(r, 'hoursByMonth');
    expect(byMonth.title).toBe('Hours per month');
    expect(byMonth.rows.map((row) => row.label)).toEqual(['January 2025', 'February 2025', 'March 2025']);
    expect(byMonth.total?.label).toBe('Total');
    expect(table(r, 'hoursByArea').rows.map((row) => row.label)).toEqual([
      'Family sponsorship', 'Mothers’ sponsorship', 'Learning sponsorship', 'Association', 'Church parish', 'Municipality', 'Welfare organisation', 'Initiative', 'Other',
    ]);
  });

  it('answers 400 naming the field for a bad period', async () => {
    const res = await coordinator.agent.get('/api/v1/reports/hours').query({ from: '2025-03-10', to: '2025-01-15' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['to']);
  });
});
