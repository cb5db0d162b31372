import { addDays } from '@miteinander/domain-calendar';
import type { GrantApplicationData, GrantApplicationStatus } from '@miteinander/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { grantsApi, insertApplication, insertCall, person, validData } from './grant-fixtures';
import { today } from './hours-fixtures';

/** The 400's problems as field → message. */
const problems = (body: { errors?: { field: string; message: string }[] }): Record<string, string> => Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

const REPORT = {
  narrative: 'Das Fest fand mit 80 Gästen statt. Es gab Essen aus sieben Ländern.',
  actualCosts: [
    { lineId: 'miete', amountCents: 50_000 },
    { lineId: 'essen', amountCents: 100_000 },
    { lineId: 'flyer', amountCents: 20_000 },
  ],
  receipts: [{ date: today(), issuer: 'Stadthalle Grimma', description: 'Saalmiete', amountCents: 50_000 }],
  participantsRefugees: 45,
  participantsLocals: 35,
};

describe('micro-project payments and final report', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let anna: SignedIn;
  let ben: SignedIn;
  let callId: string;
  let data: GrantApplicationData;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await person(t, 'koordination@example.org', ['coordinator']);
    anna = await person(t, 'anna@example.org', ['applicant']);
    ben = await person(t, 'ben@example.org', ['applicant']);
    callId = await insertCall(t);
    data = await validData(t);
  });
  afterAll(() => t.close());

  /** Anna's application, approved with 1,500 € (the whole request). */
  const approved = (status: GrantApplicationStatus = 'approved', who = anna) =>
    insertApplication(t, { callId, applicantId: who.userId, status, data, approvedCents: 150_000, reportDue: addDays(today(), 200) });
  const statusOf = async (id: string): Promise<string> => (await t.dataSource.query(`SELECT status FROM grant_applications WHERE id = $1`, [id]))[0].status;
  const mails = (template: string): Promise<{ recipient: string; subject: string; body_text: string }[]> =>
    t.dataSource.query(`SELECT recipient, subject, body_text FROM outbox WHERE template = $1 ORDER BY created_at`, [template]);

  /** Requests and pays `amountCents` through the API, as applicant and coordinator would. */
  async function pay(id: string, amountCents: number): Promise<void> {
    const requested = await grantsApi(anna).post(`/grants/applications/${id}/payments`, { amountCents });
    expect(requested.status).toBe(201);
    const paid = await grantsApi(coordinator).post(`/grants/applications/${id}/payments/${requested.body.id}/paid`, { paidOn: today() });
    expect(paid.status).toBeLessThan(300);
  }

  it('requests money within the approved amount, one request at a time, and marks it paid with an email', async () => {
    const id = await approved();
    const path = `/grants/applications/${id}/payments`;

    expect((await grantsApi(ben).post(path, { amountCents: 10_000 })).status).toBe(404);

    const tooMuch = await grantsApi(anna).post(path, { amountCents: 150_001 });
    expect(tooMuch.status).toBe(400);
    expect(problems(tooMuch.body)['amountCents']).toMatch(/^Betrag: .*1\.500,00\s€/);
    const english = await grantsApi(anna, 'en').post(path, { amountCents: 'viel' });
    expect(problems(english.body)['amountCents']).toMatch(/^Amount: /);

    const first = await grantsApi(anna).post(path, { amountCents: 100_000 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ amountCents: 100_000, paidOn: null });
    expect(await statusOf(id)).toBe('payment_requested');

    const twice = await grantsApi(anna).post(path, { amountCents: 10_000 });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].message).toMatch(/wartet noch/);

    const paid = `${path}/${first.body.id}/paid`;
    expect((await grantsApi(anna).post(paid, { paidOn: today() })).status).toBe(403);
    const future = await grantsApi(coordinator).post(paid, { paidOn: addDays(today(), 1) });
    expect(future.status).toBe(400);
    expect(problems(future.body)['paidOn']).toMatch(/Zukunft/);
    const early = await grantsApi(coordinator).post(paid, { paidOn: addDays(today(), -3) });
    expect(problems(early.body)['paidOn']).toMatch(/vor der Mittelabforderung/);
    expect((await grantsApi(coordinator).post(paid, { paidOn: '2026-02-30' })).status).toBe(400);
    expect(await statusOf(id)).toBe('payment_requested');

    const done = await grantsApi(coordinator).post(paid, { paidOn: today() });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'paid', paidCents: 100_000, payments: [{ amountCents: 100_000, paidOn: today() }] });
    expect(await statusOf(id)).toBe('paid');
    const [mail] = await mails('grant-payment-paid');
    expect(mail!.recipient).toBe('anna@example.org');
    expect(mail!.body_text).toMatch(/1\.000,00\s€/);
    expect(mail!.body_text).toContain(`/my-grants/${id}`);
    expect((await grantsApi(coordinator).post(paid, { paidOn: today() })).status).toBe(409);

    // The second tranche: only what is left.
    const rest = await grantsApi(anna).post(path, { amountCents: 50_001 });
    expect(problems(rest.body)['amountCents']).toMatch(/500,00\s€/);
    expect((await grantsApi(anna).post(path, { amountCents: 50_000 })).status).toBe(201);
    const [{ sum }] = await t.dataSource.query(`SELECT SUM(amount_cents)::int AS sum FROM grant_payments WHERE application_id = $1`, [id]);
    expect(sum).toBe(150_000);
  });

  it('a double click requests once (the other gets a 409, never a 500)', async () => {
    const id = await approved();
    const both = await Promise.all([1, 2].map(() => grantsApi(anna).post(`/grants/applications/${id}/payments`, { amountCents: 20_000 })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);

    // Should the status ever miss a waiting request, the unique index still refuses a second one, as a 409.
    const odd = await approved('paid');
    await t.dataSource.query(`INSERT INTO grant_payments (application_id, amount_cents) VALUES ($1, 10000)`, [odd]);
    const raced = await grantsApi(anna).post(`/grants/applications/${odd}/payments`, { amountCents: 20_000 });
    expect(raced.status).toBe(409);
    expect(raced.body.errors[0].message).toMatch(/wartet noch/);
  });

  it('no payment before the approval', async () => {
    const id = await approved('in_review');
    expect((await grantsApi(anna).post(`/grants/applications/${id}/payments`, { amountCents: 20_000 })).status).toBe(409);
  });

  it('refuses a report before any money is paid, and lists every problem of a report at once', async () => {
    const early = await approved();
    const refused = await grantsApi(anna).put(`/grants/applications/${early}/report`, REPORT);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].message).toMatch(/erste Geld überwiesen/);

    const id = await approved();
    await pay(id, 150_000);
    const bad = { ...REPORT, narrative: ' ', actualCosts: [{ lineId: 'feuerwerk', amountCents: 10_000 }, { lineId: 'miete', amountCents: -500 }] };
    const draft = await grantsApi(anna).put(`/grants/applications/${id}/report`, bad);
    expect(draft.status).toBe(400);
    expect(Object.keys(problems(draft.body)).sort()).toEqual(['actualCosts.0.lineId', 'actualCosts.1.amountCents']);
    expect(problems(draft.body)['actualCosts.0.lineId']).toMatch(/^Tatsächliche Kosten, Zeile 1, Kostenposition: .*Kostenplan/);

    const filed = await grantsApi(anna).post(`/grants/applications/${id}/report/submit`, bad);
    expect(filed.status).toBe(400);
    expect(Object.keys(problems(filed.body)).sort()).toEqual(['actualCosts.0.lineId', 'actualCosts.1.amountCents', 'narrative']);
    expect(problems(filed.body)['narrative']).toMatch(/^Sachbericht: /);
    expect(await t.dataSource.query(`SELECT 1 FROM grant_reports WHERE application_id = $1`, [id])).toEqual([]);
    expect(await statusOf(id)).toBe('paid');

    // Someone else's application stays invisible.
    expect((await grantsApi(ben).put(`/grants/applications/${id}/report`, REPORT)).status).toBe(404);
  });

  it('files the report, gets it back for corrections, files it again, and the coordinator closes the project', async () => {
    const id = await approved();
    await pay(id, 150_000);
    const api = grantsApi(anna);
    const report = `/grants/applications/${id}/report`;

    const empty = await api.post(`${report}/submit`);
    expect(empty.status).toBe(400); // nothing saved yet
    expect(Object.keys(problems(empty.body)).sort()).toEqual(['narrative', 'participantsLocals', 'participantsRefugees']);
    expect((await api.put(report, { narrative: 'Erster Entwurf' })).status).toBeLessThan(300);
    // A saved draft without participant numbers is not "nobody came": filing it asks for them.
    const withoutNumbers = await api.post(`${report}/submit`);
    expect(withoutNumbers.status).toBe(400);
    expect(Object.keys(problems(withoutNumbers.body)).sort()).toEqual(['participantsLocals', 'participantsRefugees']);

    expect((await api.put(report, REPORT)).status).toBeLessThan(300);
    expect((await grantsApi(coordinator).post(`${report}/check`, { accept: true })).status).toBe(409); // nothing filed yet
    const submitted = await api.post(`${report}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'report_submitted', report: { status: 'submitted', narrative: REPORT.narrative } });
    expect(submitted.body.report.submittedAt).toEqual(expect.any(String));
    expect(await statusOf(id)).toBe('report_submitted');
    expect((await api.put(report, REPORT)).status).toBe(409); // on record while being checked

    const noComment = await grantsApi(coordinator).post(`${report}/check`, { accept: false, comment: '  ' });
    expect(noComment.status).toBe(400);
    expect(problems(noComment.body)['comment']).toMatch(/^Kommentar: /);
    expect((await api.post(`${report}/check`, { accept: true })).status).toBe(403);

    const comment = 'Bitte ergänzen Sie den Beleg für die Lebensmittel.';
    expect((await grantsApi(coordinator).post(`${report}/check`, { accept: false, comment })).status).toBeLessThan(300);
    expect(await statusOf(id)).toBe('report_corrections');
    const [corrections] = await mails('grant-report-corrections');
    expect(corrections!.body_text).toContain(comment);
    expect(corrections!.body_text).toContain(`/my-grants/${id}/report`);
    const [{ status, correction_comment }] = await t.dataSource.query(`SELECT status, correction_comment FROM grant_reports WHERE application_id = $1`, [id]);
    expect([status, correction_comment]).toEqual(['corrections_requested', comment]);

    const fixed = { ...REPORT, receipts: [...REPORT.receipts, { date: today(), issuer: 'Markt Grimma', description: 'Lebensmittel', amountCents: 100_000 }] };
    expect((await api.put(report, fixed)).status).toBeLessThan(300);
    expect((await api.post(`${report}/submit`)).status).toBeLessThan(300);
    expect(await statusOf(id)).toBe('report_submitted');

    const accepted = await grantsApi(coordinator).post(`${report}/check`, { accept: true });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'closed', report: { status: 'accepted', correctionComment: null } });
    const [closed] = await t.dataSource.query(
      `SELECT a.status, a.closed_at IS NOT NULL AS closed, r.status AS report, jsonb_array_length(r.receipts) AS receipts FROM grant_applications a JOIN grant_reports r ON r.application_id = a.id WHERE a.id = $1`,
      [id],
    );
    expect(closed).toEqual({ status: 'closed', closed: true, report: 'accepted', receipts: 2 });
    expect((await mails('grant-report-accepted')).map((m) => m.recipient)).toEqual(['anna@example.org']);
    expect((await api.post(`${report}/submit`)).status).toBe(409);
    const audited = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'grant_report' AND entity_id = $1`, [id]);
    expect(audited[0].n).toBeGreaterThanOrEqual(6);
  });

  it('shows the actual total and the money to return: paid 1,500 €, costs 1,700 €, own 300 €, other 200 € → 300 € back', async () => {
    const id = await approved();
    await pay(id, 100_000);
    await pay(id, 50_000);
    expect((await grantsApi(anna).put(`/grants/applications/${id}/report`, REPORT)).status).toBeLessThan(300);
    const view = await reportOf(id);
    expect(view).toMatchObject({ status: 'draft', actualTotalCents: 170_000, toReturnCents: 30_000, narrative: REPORT.narrative });

    // Costs as planned (2,000 €) justify the whole grant: nothing to return.
    const asPlanned = { ...REPORT, actualCosts: [{ lineId: 'miete', amountCents: 50_000 }, { lineId: 'essen', amountCents: 120_000 }, { lineId: 'flyer', amountCents: 30_000 }] };
    await grantsApi(anna).put(`/grants/applications/${id}/report`, asPlanned);
    expect(await reportOf(id)).toMatchObject({ actualTotalCents: 200_000, toReturnCents: 0 });
  });

  /** The report part of the application as its owner sees it. */
  async function reportOf(id: string): Promise<Record<string, unknown>> {
    const res = await grantsApi(anna).get(`/grants/applications/${id}`);
    expect(res.status).toBe(200);
    return res.body.report;
  }
});
