import { SUPPRESSED, type Report, type ReportTable } from '@miteinander/contracts';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, type SignedIn } from '../test-support/people';
import { insertCall } from './grant-fixtures';
import { staff } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';
import { fetchReport, tableOf } from './report-fixtures';

const S = SUPPRESSED;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

/** Cells of a table by row key, the total under 'total'. */
const figures = (table: ReportTable) => Object.fromEntries([...table.rows, ...(table.total ? [table.total] : [])].map((r) => [r.key, r.cells]));
const cells = (submitted: unknown, requestedCents: unknown, approved: unknown, approvedCents: unknown, paidCents: unknown) => ({
  submitted,
  requestedCents,
  approved,
  approvedCents,
  paidCents,
});

describe('the micro-project report', () => {
  let t: TestApp;
  let coord: SignedIn;
  const muni: Record<string, number> = {};

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coord, 'grants', query, lang);
  const table = tableOf;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    for (const name of ['Grimma', 'Borna', 'Wurzen']) muni[name] = await municipalityId(t, name);
    coord = await staff(t, 'koordination@example.org');
    const applicant = await createUser(t, 'antrag@example.org', ['applicant']);
    const callId = await insertCall(t, { year: 2025, deadline: '2025-12-31' });

    /** An application as the report sees it: the form's field and place, its dates and its payments. */
    const app = async (a: {
      status: string; field?: string; place?: string; requested: number; submittedAt: string | null;
      approved?: number; decidedAt?: string; payments?: [number, string | null][];
    }) => {
      const data = { title: 'Projekt', ...(a.field ? { fieldOfAction: a.field } : {}), ...(a.place ? { municipalityId: muni[a.place] } : {}) };
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO grant_applications (call_id, applicant_id, status, data, requested_cents, submitted_at, approved_cents, decided_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) RETURNING id`,
        [callId, applicant.id, a.status, JSON.stringify(data), a.requested, a.submittedAt, a.approved ?? null, a.decidedAt ?? null],
      );
      for (const [cents, paidOn] of a.payments ?? []) {
        await t.dataSource.query(`INSERT INTO grant_payments (application_id, amount_cents, paid_on) VALUES ($1, $2, $3)`, [id, cents, paidOn]);
      }
    };
    // Cohesion: three funded projects, one paid in two instalments and with a third still waiting.
    await app({ status: 'paid', field: 'cohesion', place: 'Grimma', requested: 150_000, submittedAt: '2025-03-10T10:00:00+01:00',
      approved: 120_000, decidedAt: '2025-04-01T10:00:00+02:00', payments: [[50_000, '2025-05-01'], [50_000, '2025-09-01'], [20_000, null]] });
    await app({ status: 'paid', field: 'cohesion', place: 'Grimma', requested: 100_000, submittedAt: '2025-06-01T10:00:00+02:00',
      approved: 100_000, decidedAt: '2025-07-01T10:00:00+02:00', payments: [[100_000, '2025-08-01']] });
    await app({ status: 'closed', field: 'cohesion', place: 'Borna', requested: 80_000, submittedAt: '2025-02-01T10:00:00+01:00',
      approved: 50_000, decidedAt: '2025-02-20T10:00:00+01:00', payments: [[50_000, '2025-03-01']] });
    // Language: three submitted, none approved (one rejected).
    await app({ status: 'in_review', field: 'language', place: 'Grimma', requested: 90_000, submittedAt: '2025-05-05T10:00:00+02:00' });
    await app({ status: 'rejected', field: 'language', place: 'Borna', requested: 70_000, submittedAt: '2025-05-06T10:00:00+02:00', decidedAt: '2025-06-01T10:00:00+02:00' });
    await app({ status: 'submitted', field: 'language', place: 'Borna', requested: 60_000, submittedAt: '2025-07-07T10:00:00+02:00' });
    // Education: submitted and approved in 2024, paid in 2025: counts as paid only.
    await app({ status: 'paid', field: 'education', place: 'Wurzen', requested: 40_000, submittedAt: '2024-11-15T10:00:00+01:00',
      approved: 40_000, decidedAt: '2024-12-10T10:00:00+01:00', payments: [[40_000, '2025-01-15']] });
    // Work: half past midnight on New Year's Day in Berlin is still the old year in UTC, and the other way round.
    await app({ status: 'submitted', field: 'work', place: 'Grimma', requested: 20_000, submittedAt: '2025-01-01T00:30:00+01:00' });
    await app({ status: 'submitted', field: 'work', place: 'Grimma', requested: 25_000, submittedAt: '2026-01-01T00:30:00+01:00' });
    // Neither field nor place on the form.
    await app({ status: 'submitted', requested: 30_000, submittedAt: '2025-10-01T10:00:00+02:00' });
    // A draft never counts, whatever its dates say.
    await app({ status: 'draft', field: 'cohesion', place: 'Grimma', requested: 99_000, submittedAt: '2025-03-01T10:00:00+01:00' });
  });

  afterAll(() => t.close());

  it('counts applications and money by field of action, with payments of older applications and no instalment twice', async () => {
    const r = await report(YEAR);
    expect(r.title).toBe('Mikroprojekte');
    expect(r.municipalityNote).toBeNull();
    const byField = table(r, 'grantsByField');
    expect(byField.chart).toBe('bar');
    expect(byField.rows.map((x) => x.label)).toEqual(['Sprache', 'Bildung', 'Arbeit', 'Gesellschaftlicher Zusammenhalt', 'ohne Angabe']);
    expect(byField.columns.map((c) => [c.key, c.unit])).toEqual([
      ['submitted', 'count'], ['requestedCents', 'cents'], ['approved', 'count'], ['approvedCents', 'cents'], ['paidCents', 'cents'],
    ]);
    expect(figures(byField)).toEqual({
      language: cells(3, 220_000, 0, 0, 0),
      // One payment (one application) is hidden, and so the next smallest too: the total would give it away.
      education: cells(0, 0, 0, 0, S),
      work: cells(S, S, 0, 0, 0),
      cohesion: cells(3, 330_000, 3, 270_000, S),
      none: cells(S, S, 0, 0, 0),
      total: cells(8, 600_000, 3, 270_000, 290_000),
    });
    expect(byField.description).toContain('auch für Anträge aus früheren Zeiträumen');
  });

  it('counts the same by municipality, only where something happened, with "ohne Angabe" last', async () => {
    const byPlace = table(await report(YEAR), 'grantsByMunicipality');
    expect(byPlace.rows.map((x) => [x.key, x.label])).toEqual([
      [String(muni['Borna']), 'Borna'], [String(muni['Grimma']), 'Grimma'], [String(muni['Wurzen']), 'Wurzen'], ['none', 'ohne Angabe'],
    ]);
    expect(figures(byPlace)).toEqual({
      // Borna's 3 submissions are hidden because the single one without a place would follow from the total.
      [muni['Borna']!]: cells(S, S, S, S, S),
      [muni['Grimma']!]: cells(4, 360_000, S, S, S),
      [muni['Wurzen']!]: cells(0, 0, 0, 0, S),
      none: cells(S, S, 0, 0, 0),
      total: cells(8, 600_000, 3, 270_000, 290_000),
    });
  });

  it('keeps to one municipality when asked', async () => {
    const r = await report({ ...YEAR, municipalityId: muni['Grimma']! });
    expect(r.municipalityId).toBe(muni['Grimma']);
    expect(figures(table(r, 'grantsByMunicipality'))).toEqual({
      [muni['Grimma']!]: cells(4, 360_000, S, S, S),
      total: cells(4, 360_000, S, S, S),
    });
    expect(figures(table(r, 'grantsByField'))).toEqual({
      language: cells(S, S, 0, 0, 0),
      education: cells(0, 0, 0, 0, 0),
      work: cells(S, S, 0, 0, 0),
      cohesion: cells(S, S, S, S, S),
      total: cells(4, 360_000, S, S, S),
    });
    // A municipality without applications still gets its row, with zeros.
    const quiet = await report({ ...YEAR, municipalityId: await municipalityId(t, 'Colditz') });
    expect(figures(table(quiet, 'grantsByMunicipality'))).toEqual({ [await municipalityId(t, 'Colditz')]: cells(0, 0, 0, 0, 0), total: cells(0, 0, 0, 0, 0) });
  });

  it('counts by the day in Berlin and only the period asked for', async () => {
    const firstOfJanuary = figures(table(await report({ from: '2025-01-01', to: '2025-01-31' }), 'grantsByField'));
    // The work application submitted at 00:30 on 1 January (Berlin) and the 2024 education project's payment.
    expect(firstOfJanuary['work']).toEqual(cells(S, S, 0, 0, 0));
    expect(firstOfJanuary['education']).toEqual(cells(0, 0, 0, 0, S));
    expect(firstOfJanuary['total']).toEqual(cells(S, S, 0, 0, S));
    const nextYear = figures(table(await report({ from: '2026-01-01', to: '2026-01-31' }), 'grantsByField'));
    expect(nextYear['work']).toEqual(cells(S, S, 0, 0, 0));
    expect(nextYear['cohesion']).toEqual(cells(0, 0, 0, 0, 0));
  });

  it('speaks English when asked', async () => {
    const r = await report(YEAR, 'en');
    expect(r.title).toBe('Micro-projects');
    const byField = table(r, 'grantsByField');
    expect(byField.title).toBe('Micro-projects by field of action');
    expect(byField.rows.map((x) => x.label)).toEqual(['Language', 'Education', 'Work', 'Social cohesion', 'not stated']);
    expect(byField.columns.map((c) => c.label)).toEqual(['Applications submitted', 'Requested', 'Applications approved', 'Approved', 'Paid']);
    expect(byField.total?.label).toBe('Total');
    expect(table(r, 'grantsByMunicipality').title).toBe('Micro-projects by municipality');
  });
});
