import ExcelJS from 'exceljs';
import { JobName, type EvaluationExportView, type Report, type ReportName } from '@miteinander/contracts';
import { JobRegistry } from '@miteinander/server-platform';
import { pdfText } from '@miteinander/testing';
import { createTestApp, waitFor, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { insertEvent, insertInvitation } from './event-fixtures';
import { insertApplication, insertCall, person, validData } from './grant-fixtures';
import { addVolunteer, insertEntry, staff } from './hours-fixtures';
import { addSponsorships, addVolunteersWithHistory } from './report-fixtures-people';
import { municipalityId } from './sponsorship-fixtures';

const FROM = '2025-01-01';
const TO = '2026-12-31';
const BERLIN = `::timestamp AT TIME ZONE 'Europe/Berlin'`;

/** Binary bodies for supertest (PDF, XLSX). */
const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The PDF's text with wrapped lines joined. */
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

describe('the evaluation report (PDF and XLSX for the county council)', () => {
  let t: TestApp;
  let coord: SignedIn;
  let volunteer: SignedIn;
  let grimma: number;

  const post = (who: SignedIn, body: object, lang = 'de') =>
    who.agent.post('/api/v1/reports/evaluations').set('x-xsrf-token', who.csrf).set('accept-language', lang).send(body);
  const view = async (id: string, lang = 'de'): Promise<EvaluationExportView> => {
    const res = await coord.agent.get(`/api/v1/reports/evaluations/${id}`).set('accept-language', lang);
    expect(res.status).toBe(200);
    return res.body as EvaluationExportView;
  };
  const download = (id: string, kind: 'pdf' | 'xlsx') => coord.agent.get(`/api/v1/reports/evaluations/${id}/${kind}`).buffer(true).parse(binary);
  const report = async (name: ReportName): Promise<Report> => {
    const res = await coord.agent.get(`/api/v1/reports/${name}`).query({ from: FROM, to: TO });
    expect(res.status).toBe(200);
    return res.body as Report;
  };
  const totalOf = (r: Report, table: string, column: string) => r.tables.find((x) => x.key === table)?.total?.cells[column];
  /** A row straight in the table, not queued: what the renderer finds after a crash, or before its job starts. */
  const insertExport = async (e: { status?: string; minutesAgo?: number; daysAgo?: number } = {}): Promise<string> => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO report_exports (period_from, period_to, status, created_at, updated_at)
       VALUES ($1, $2, $3, now() - make_interval(days => $4::int), now() - make_interval(mins => $5::int)) RETURNING id`,
      [FROM, TO, e.status ?? 'running', e.daysAgo ?? 0, e.minutesAgo ?? 0],
    );
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coord = await staff(t, 'auswertung@example.org');
    volunteer = (await addVolunteer(t, { firstName: 'Vera', lastName: 'Neugier', email: 'vera@example.org' })).signedIn!;
    grimma = await municipalityId(t, 'Grimma');
    const borna = await municipalityId(t, 'Borna');

    // Volunteers: 4 active since before the period, 3 new in March 2025, 3 new in February 2025 who left in May 2026.
    // Vera (above) has no status history: she is not counted. Active at the end: 7, new: 6, left: 3.
    const longStanding = await addVolunteersWithHistory(t, 4, grimma, [['active', '2024-06-01 10:00']]);
    const newcomers = await addVolunteersWithHistory(t, 3, grimma, [['active', '2025-03-10 10:00']]);
    await addVolunteersWithHistory(t, 3, borna, [['active', '2025-02-01 10:00'], ['left', '2026-05-05 10:00']]);

    // Approved hours in the period: 4 × 105 + 3 × 90 = 690 minutes = 11,5 hours. Submitted hours and hours before the period do not count.
    for (const id of longStanding) await insertEntry(t, { volunteerId: id, date: '2025-04-10', minutes: 105, status: 'approved' });
    for (const id of newcomers) await insertEntry(t, { volunteerId: id, date: '2026-02-15', minutes: 90, status: 'approved' });
    await insertEntry(t, { volunteerId: longStanding[0]!, date: '2025-04-11', minutes: 600, status: 'submitted' });
    await insertEntry(t, { volunteerId: longStanding[1]!, date: '2024-12-31', minutes: 990, status: 'approved' });

    // Sponsorships: 3 family sponsorships requested, matched and closed in the period.
    await addSponsorships(t, {
      n: 3, kind: 'family', municipalityId: grimma, requestedAt: '2025-02-01 09:00', volunteerId: longStanding[0],
      transitions: [['inquiry', '2025-02-01 09:00'], ['match_proposed', '2025-03-01 09:00'], ['trial', '2025-03-15 09:00'], ['active', '2025-05-01 09:00'], ['closed', '2026-03-01 09:00']],
      trialStart: '2025-03-15', endDate: '2026-03-01', endReason: 'goal_reached',
    });

    // Volunteer cards: 3 applications received in May 2025, 3 cards issued in June 2025.
    for (const [i, id] of newcomers.entries()) {
      const [{ id: applicationId }] = await t.dataSource.query(
        `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at, approved, decided_at)
         VALUES ($1, (SELECT id FROM card_rule_sets ORDER BY code, version LIMIT 1), 'issued', '2025-05-05 10:00'${BERLIN}, '{}'::jsonb, false, md5(random()::text),
                 now() + interval '90 days', true, '2025-06-02 10:00'${BERLIN}) RETURNING id`,
        [id],
      );
      await t.dataSource.query(
        `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, issued_at)
         VALUES ($1, $2, (SELECT code FROM card_rule_sets ORDER BY code, version LIMIT 1), $3, '2025-06-02', '2028-06-01', $4, '2025-06-02 10:00'${BERLIN})`,
        [applicationId, id, `EK-2025-T${i}`, `verify-${i}-${Math.random().toString(36).slice(2)}`],
      );
    }

    // Micro-projects: 3 applications of 1.500 € each submitted, 1.000 € each approved, 500 € each paid in 2025 and 200 € more for one in 2026;
    // requested 4.500 €, approved 3.000 €, paid 1.700 €. A draft does not count.
    const applicant = await person(t, 'verein@example.org', ['applicant']);
    const callId = await insertCall(t);
    const data = await validData(t, { fieldOfAction: 'language' });
    for (let i = 0; i < 3; i++) {
      const id = await insertApplication(t, { callId, applicantId: applicant.userId, status: 'paid', data, approvedCents: 100_000, reference: `MP-E-000${i}` });
      await t.dataSource.query(`UPDATE grant_applications SET submitted_at = '2025-03-01 10:00'${BERLIN}, decided_at = '2025-04-01 10:00'${BERLIN} WHERE id = $1`, [id]);
      await t.dataSource.query(`INSERT INTO grant_payments (application_id, amount_cents, requested_at, paid_on) VALUES ($1, 50000, '2025-05-01 10:00'${BERLIN}, '2025-05-10')`, [id]);
      if (i === 0) await t.dataSource.query(`INSERT INTO grant_payments (application_id, amount_cents, requested_at, paid_on) VALUES ($1, 20000, '2026-01-05 10:00'${BERLIN}, '2026-01-10')`, [id]);
    }
    await insertApplication(t, { callId, applicantId: applicant.userId, status: 'draft', data });

    // An event in November 2025: 4 accepted, 3 of them checked in, 1 declined.
    const eventId = await insertEvent(t, { title: 'Dankeschön-Empfang', startsAt: new Date('2025-11-20T17:00:00+01:00'), rsvpDeadline: '2025-11-10' });
    for (let i = 0; i < 5; i++) {
      const invitation = await insertInvitation(t, { eventId, name: `Gast ${i}`, email: `gast${i}@example.org`, status: i === 4 ? 'declined' : 'accepted' });
      if (i < 3) await t.dataSource.query(`UPDATE event_invitations SET checked_in_at = '2025-11-20 17:30'${BERLIN} WHERE id = $1`, [invitation]);
    }
  }, 60_000);

  afterAll(() => t?.close());

  it('renders the two-year evaluation with progress, a German PDF with the expected totals and an XLSX with the tables', async () => {
    const started = Date.now();
    const res = await post(coord, { from: FROM, to: TO });
    expect(res.status).toBe(202);
    const first = res.body as EvaluationExportView;
    expect(first).toMatchObject({ status: 'running', period: { from: FROM, to: TO }, municipalityId: null, pdfUrl: null, xlsxUrl: null });

    const seen: number[] = [first.progress];
    const done = await waitFor(async () => {
      const v = await view(first.id);
      seen.push(v.progress);
      return v.status !== 'running' ? v : undefined;
    }, 60_000, 'the evaluation');
    const seconds = (Date.now() - started) / 1000;
    console.log(`BENCH evaluation-2-years-small-data n=1 ours=${seconds.toFixed(2)}s`);
    expect(done).toMatchObject({ status: 'done', progress: 100, step: 'Fertig', pdfUrl: `/api/v1/reports/evaluations/${first.id}/pdf`, xlsxUrl: `/api/v1/reports/evaluations/${first.id}/xlsx` });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(done.finishedAt).not.toBeNull();
    expect((await view(first.id, 'en')).step).toBe('Done');

    // The request is in the audit trail, by whom.
    const audit = await t.dataSource.query(`SELECT actor_id, action FROM audit_log WHERE entity = 'report_export' AND entity_id = $1`, [first.id]);
    expect(audit).toEqual([{ actor_id: coord.userId, action: 'create' }]);

    // The figures the reports API gives for the period are the hand-counted ones...
    const [volunteers, sponsorships, hours, cardsReport, grants, events] = await Promise.all(
      (['volunteers', 'sponsorships', 'hours', 'cards', 'grants', 'events'] as const).map(report),
    );
    expect([totalOf(volunteers!, 'volunteersByMonth', 'active'), totalOf(volunteers!, 'volunteersByMonth', 'new'), totalOf(volunteers!, 'volunteersByMonth', 'left')]).toEqual([7, 6, 3]);
    expect(['requested', 'matched', 'closed'].map((c) => totalOf(sponsorships!, 'sponsorshipsFlow', c))).toEqual([3, 3, 3]);
    expect(totalOf(hours!, 'hoursByMonth', 'minutes')).toBe(690);
    expect(totalOf(cardsReport!, 'cardsByMonth', 'issued')).toBe(3);
    expect(['requestedCents', 'approvedCents', 'paidCents'].map((c) => totalOf(grants!, 'grantsByField', c))).toEqual([450_000, 300_000, 170_000]);
    expect(totalOf(events!, 'eventsAttendance', 'attended')).toBe(3);

    // ...and the PDF states them in its overview, in German.
    const pdf = await download(first.id, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('filename="Auswertung_2025-01-01_bis_2026-12-31.pdf"');
    const text = flat(pdf.body as Buffer);
    expect(text).toContain('Auswertung der Ehrenamts- und Integrationsarbeit');
    expect(text).toContain(t.config.countyName);
    expect(text).toContain('Zeitraum: 01.01.2025–31.12.2026');
    expect(text).toContain('Gemeinde: alle Gemeinden');
    expect(text).toContain('Datengrundlage');
    const overview = text.slice(text.indexOf('Überblick'));
    for (const line of [
      'Aktive Freiwillige am Ende des Zeitraums 7', 'Neue Freiwillige 6', 'Ausgeschiedene Freiwillige 3',
      'Angefragte Patenschaften 3', 'Vermittelte Patenschaften 3', 'Beendete Patenschaften 3',
      'Bestätigte Stunden 11,5 Std.', 'Ausgegebene Ehrenamtskarten 3',
      'Mikroprojekte: beantragte Mittel 4.500,00 €', 'Mikroprojekte: bewilligte Mittel 3.000,00 €', 'Mikroprojekte: ausgezahlte Mittel 1.700,00 €',
      'Teilnehmende an Veranstaltungen 3',
    ]) expect(overview).toContain(line);
    // Every table of every report has its section; no person's name is in it.
    for (const r of [volunteers!, sponsorships!, hours!, cardsReport!, grants!, events!]) {
      expect(text).toContain(r.title);
      for (const table of r.tables) expect(text).toContain(table.title.replace(/\s+/g, ' '));
    }
    expect(text).not.toContain('Neugier');
    expect(text).not.toContain('Gast 1');
    expect(text).toMatch(/Seite 1 von (\d+)/);

    // The XLSX: an Info sheet, then one sheet per table with its header and real numbers.
    const xlsx = await download(first.id, 'xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toContain('filename="Auswertung_2025-01-01_bis_2026-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const tables = [volunteers!, sponsorships!, hours!, cardsReport!, grants!, events!].flatMap((r) => r.tables);
    expect(workbook.worksheets.length).toBe(1 + tables.length);
    expect(workbook.worksheets[0]!.name).toBe('Info');
    expect(workbook.worksheets[0]!.getCell('B2').value).toBe('01.01.2025–31.12.2026');
    const hoursByMonth = hours!.tables.find((x) => x.key === 'hoursByMonth')!;
    const sheet = workbook.worksheets[1 + tables.indexOf(hoursByMonth)]!;
    expect(sheet.getRow(1).values).toEqual([undefined, hoursByMonth.title, ...hoursByMonth.columns.map((c) => c.label)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const totalRow = sheet.getRow(2 + hoursByMonth.rows.length);
    expect(totalRow.getCell(2).value).toBe(11.5);
  }, 90_000);

  it('filters by municipality and says so on the title page and in the file name', async () => {
    const res = await post(coord, { from: FROM, to: TO, municipalityId: grimma });
    expect(res.status).toBe(202);
    const done = await waitFor(async () => {
      const v = await view(res.body.id);
      return v.status !== 'running' ? v : undefined;
    }, 60_000, 'the evaluation');
    expect(done).toMatchObject({ status: 'done', municipalityId: grimma });
    const pdf = await download(done.id, 'pdf');
    expect(pdf.headers['content-disposition']).toContain('filename="Auswertung_2025-01-01_bis_2026-12-31_Grimma.pdf"');
    const text = flat(pdf.body as Buffer);
    expect(text).toContain('Gemeinde: Grimma');
    // Grimma has the 4 long-standing and the 3 new volunteers; the 3 who left lived in Borna.
    expect(text).toContain('Ausgeschiedene Freiwillige 0');
    expect(text).toContain('Veranstaltungen haben keine Gemeinde; der Gemeindefilter gilt hier nicht.');
  }, 90_000);

  it('refuses a bad period with the fields named, in the requester language, and starts nothing', async () => {
    const exports = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM report_exports`))[0].n;
    const before = await exports();
    const de = await post(coord, { from: '2025-02-30', to: '2024-01-01' });
    expect(de.status).toBe(400);
    expect(de.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
    expect(de.body.errors[0].message).toContain('Zeitraum von');
    const en = await post(coord, { from: '2026-01-01', to: '2025-01-01' }, 'en');
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    expect(en.body.errors[0].message).toContain('Period to');
    const missing = await post(coord, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'to']);
    const unknown = await post(coord, { from: FROM, to: TO, municipalityId: 99_999 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'municipalityId' })]);
    expect((await post(coord, { from: "2025-01-01'; DROP TABLE report_exports; --", to: TO })).status).toBe(400);
    expect(await exports()).toBe(before);
  });

  it('is for coordinators and admins only', async () => {
    expect((await post(volunteer, { from: FROM, to: TO })).status).toBe(403);
    const id = await insertExport({ status: 'done' });
    expect((await volunteer.agent.get(`/api/v1/reports/evaluations/${id}`)).status).toBe(403);
    expect((await volunteer.agent.get(`/api/v1/reports/evaluations/${id}/pdf`)).status).toBe(403);
    expect((await t.http().get(`/api/v1/reports/evaluations/${id}`)).status).toBe(401);
  });

  it('answers 404 for ids that are no uuid, unknown, or older than a week (and deletes those)', async () => {
    for (const path of ['abc', 'abc/pdf', 'abc/xlsx', '00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000/pdf']) {
      expect((await coord.agent.get(`/api/v1/reports/evaluations/${path}`)).status).toBe(404);
    }
    const old = await insertExport({ status: 'done', daysAgo: 8 });
    expect((await coord.agent.get(`/api/v1/reports/evaluations/${old}/pdf`)).status).toBe(404);
    expect((await coord.agent.get(`/api/v1/reports/evaluations/${old}`)).status).toBe(404);
    expect(await t.dataSource.query(`SELECT id FROM report_exports WHERE id = $1`, [old])).toEqual([]);
    const failed = await insertExport({ status: 'failed' });
    expect((await coord.agent.get(`/api/v1/reports/evaluations/${failed}/pdf`)).status).toBe(404);
    expect((await view(failed)).status).toBe('failed');
  });

  it('answers 409 for the files while the export is still running', async () => {
    const id = await insertExport();
    const pdf = await coord.agent.get(`/api/v1/reports/evaluations/${id}/pdf`);
    expect(pdf.status).toBe(409);
    expect((await coord.agent.get(`/api/v1/reports/evaluations/${id}/xlsx`)).status).toBe(409);
    expect(await view(id)).toMatchObject({ status: 'running', progress: 0, step: 'Wartet auf den Start', pdfUrl: null });
    await t.dataSource.query(`DELETE FROM report_exports WHERE id = $1`, [id]);
  });

  it('queues an export again whose worker died (no progress for two minutes), and it finishes', async () => {
    const id = await insertExport({ minutesAgo: 3 });
    await view(id);
    const done = await waitFor(async () => {
      const v = await view(id);
      return v.status === 'done' ? v : undefined;
    }, 60_000, 'the recovered evaluation');
    expect(done.progress).toBe(100);
    expect(flat((await download(id, 'pdf')).body as Buffer)).toContain('Bestätigte Stunden 11,5 Std.');
  }, 90_000);

  it('leaves one good result when the job runs twice, at once or again later', async () => {
    const id = await insertExport();
    const registry = t.app.get(JobRegistry);
    await Promise.all([registry.run(JobName.RenderEvaluation, { exportId: id }), registry.run(JobName.RenderEvaluation, { exportId: id })]);
    const [row] = await t.dataSource.query(`SELECT status, progress, finished_at, pdf IS NOT NULL AS has_pdf, xlsx IS NOT NULL AS has_xlsx FROM report_exports WHERE id = $1`, [id]);
    expect(row).toMatchObject({ status: 'done', progress: 100, has_pdf: true, has_xlsx: true });
    await registry.run(JobName.RenderEvaluation, { exportId: id });
    const [again] = await t.dataSource.query(`SELECT status, finished_at FROM report_exports WHERE id = $1`, [id]);
    expect(again).toEqual({ status: 'done', finished_at: row.finished_at });
    expect(flat((await download(id, 'pdf')).body as Buffer)).toContain('Teilnehmende an Veranstaltungen 3');
  }, 90_000);
});
