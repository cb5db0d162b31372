import ExcelJS from 'exceljs';
import { addDays, addMonths } from '@miteinander/domain-calendar';
import type { SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { grantsApi, insertCall, person } from './grant-fixtures';
import { binary, budgetOf, inReview } from './grant-review-fixtures';
import { today } from './hours-fixtures';

const euroText = (s: string) => s.replace(/\u00a0/g, ' ');
const success = (status: number) => status === 200;

describe('micro-projects: decisions within the budget, the decision letter, exports', () => {
  let t: TestApp;
  let coord: SignedIn;
  let applicant: SignedIn;
  let other: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    coord = await person(t, 'koordination@example.org', ['coordinator']);
    applicant = await person(t, 'initiative@example.org', ['applicant']);
    other = await person(t, 'andere@example.org', ['applicant']);
  }, 120_000);
  afterAll(() => t.close());

  it('refuses an amount above the request and a rejection without reason, naming the field; nothing is written', async () => {
    const callId = await insertCall(t);
    const id = await inReview(t, callId, applicant.userId, { reference: 'MP-T-0001' });
    const over = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 150_001 });
    expect(over.status).toBe(400);
    expect(euroText(over.body.errors[0].message)).toBe('Betrag: Höchstens der beantragte Betrag (1.500,00 €) ist möglich.');
    expect(over.body.errors[0].field).toBe('amountCents');
    const fraction = await grantsApi(coord, 'en').post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 12.5 });
    expect(fraction.status).toBe(400);
    expect(fraction.body.errors[0].field).toBe('amountCents');
    const zero = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 0 });
    expect(zero.body.errors[0].message).toBe('Betrag: Der Betrag muss mindestens 0,01 € sein.');
    const noReason = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: false, reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'Begründung: Bitte geben Sie eine Begründung an.' }]);
    const tooLong = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 100_000, conditions: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].field).toBe('conditions');
    const [row] = await t.dataSource.query(`SELECT status, approved_cents FROM grant_applications WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'in_review', approved_cents: null });
    expect((await budgetOf(t, callId)).approved).toBe(0);
    expect(await t.dataSource.query(`SELECT 1 FROM outbox WHERE template = 'grant-decision'`)).toHaveLength(0);
  });

  it('approves with conditions: budget taken, report due 6 months after the end, email in the outbox; deciding twice is 409', async () => {
    const callId = await insertCall(t);
    const endDate = addDays(today(), 90);
    const id = await inReview(t, callId, applicant.userId, { reference: 'MP-T-0002', data: { endDate } });
    const res = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 120_000, conditions: 'Bitte Fotos vom Fest mit dem Nachweis einreichen.' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(res.body.decision).toEqual(expect.objectContaining({ approved: true, amountCents: 120_000, conditions: 'Bitte Fotos vom Fest mit dem Nachweis einreichen.' }));
    expect(res.body.reportDue).toBe(addMonths(endDate, 6));
    const [row] = await t.dataSource.query(
      `SELECT status, approved_cents, conditions, to_char(report_due, 'YYYY-MM-DD') AS report_due, decided_by FROM grant_applications WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'approved', approved_cents: 120_000, conditions: 'Bitte Fotos vom Fest mit dem Nachweis einreichen.', report_due: addMonths(endDate, 6), decided_by: coord.userId });
    expect((await budgetOf(t, callId)).approved).toBe(120_000);
    const [mail] = await t.dataSource.query(`SELECT subject, body_text FROM outbox WHERE template = 'grant-decision' AND recipient = 'initiative@example.org'`);
    expect(mail.subject).toBe('Entscheidung über Ihren Antrag MP-T-0002');
    expect(euroText(mail.body_text)).toContain('Ihr Antrag wurde bewilligt. Sie erhalten 1.200,00 €.');
    expect(mail.body_text).toContain('Bescheid');
    expect(mail.body_text).toContain(`/my-grants/${id}`);
    const audit = await t.dataSource.query(`SELECT diff FROM audit_log WHERE entity = 'grant_application' AND entity_id = $1`, [id]);
    expect(audit.some((a: { diff: Record<string, unknown> }) => JSON.stringify(a.diff.status) === JSON.stringify(['in_review', 'approved']))).toBe(true);

    const again = await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: false, reason: 'Doch nicht.' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Über diesen Antrag wurde schon entschieden.');
    expect((await budgetOf(t, callId)).approved).toBe(120_000);
  });

  it('a coordinator cannot decide on their own application, an applicant not at all', async () => {
    const callId = await insertCall(t);
    const both = await person(t, 'koordination-und-antrag@example.org', ['coordinator', 'applicant']);
    const own = await inReview(t, callId, both.userId, { reference: 'MP-T-0003' });
    const res = await grantsApi(both).post(`/grants/applications/${own}/decision`, { approve: true, amountCents: 1000 });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('Über Ihren eigenen Antrag können Sie nicht entscheiden.');
    expect((await grantsApi(applicant).post(`/grants/applications/${own}/decision`, { approve: true, amountCents: 1000 })).status).toBe(403);
    expect((await budgetOf(t, callId)).approved).toBe(0);
  });

  it('50 parallel approvals of 500 € against a 10,000 € budget: exactly 20 succeed, 30 are told the budget is used up', async () => {
    const callId = await insertCall(t, { totalBudgetCents: 1_000_000 });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push(await inReview(t, callId, applicant.userId, { reference: `MP-R-${String(i).padStart(4, '0')}`, data: { requestedCents: 50_000, costLines: [{ id: 'a', category: 'rent', description: 'Miete', amountCents: 100_000 }] } }));
    }
    const results = await Promise.all(ids.map((id) => grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 50_000 })));
    expect(results.filter((r) => success(r.status))).toHaveLength(20);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(30);
    for (const r of refused) expect(euroText(r.body.message)).toBe('Das Budget reicht nicht: noch 0,00 € frei.');
    expect(await budgetOf(t, callId)).toEqual({ total: 1_000_000, approved: 1_000_000, approvedApplications: 20, approvedSum: 1_000_000 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM grant_applications WHERE call_id = $1 AND status = 'in_review'`, [callId]);
    expect(n).toBe(30);
  }, 120_000);

  it('ten parallel clicks on the same approval decide once and take the budget once', async () => {
    const callId = await insertCall(t);
    const id = await inReview(t, callId, applicant.userId, { reference: 'MP-T-0010' });
    const results = await Promise.all(Array.from({ length: 10 }, () => grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 100_000 })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.message)).toEqual(Array(9).fill('Über diesen Antrag wurde schon entschieden.'));
    expect(await budgetOf(t, callId)).toEqual({ total: 2_000_000, approved: 100_000, approvedApplications: 1, approvedSum: 100_000 });
    expect(await t.dataSource.query(`SELECT 1 FROM outbox WHERE template = 'grant-decision' AND vars->>'reference' = 'MP-T-0010'`)).toHaveLength(1);
  });

  it('parallel approvals of different amounts: only those that fit succeed, and the refusals name what was left', async () => {
    const callId = await insertCall(t, { totalBudgetCents: 100_000 });
    const amounts = [70_000, 40_000, 30_000, 60_000, 10_000, 25_000, 5_000];
    const ids: string[] = [];
    for (const [i, amount] of amounts.entries()) ids.push(await inReview(t, callId, applicant.userId, { reference: `MP-M-${i}`, data: { requestedCents: amount } }));
    const results = await Promise.all(ids.map((id, i) => grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: amounts[i] })));
    const granted = amounts.filter((_, i) => success(results[i]!.status));
    const refused = amounts.filter((_, i) => results[i]!.status === 409);
    expect(granted.length + refused.length).toBe(amounts.length);
    const budget = await budgetOf(t, callId);
    const sum = granted.reduce((a, b) => a + b, 0);
    expect(budget.approved).toBe(sum);
    expect(budget.approvedSum).toBe(sum);
    expect(sum).toBeLessThanOrEqual(100_000);
    // What is left at the end only shrank: every refused amount did not fit then and does not fit now.
    for (const amount of refused) expect(amount).toBeGreaterThan(100_000 - sum);
    for (const r of results.filter((x) => x.status === 409)) {
      const left = Number(euroText(r.body.message).match(/noch ([\d.]+),(\d\d) € frei/)!.slice(1).join('').replace(/\./g, ''));
      expect(left).toBeGreaterThanOrEqual(100_000 - sum);
    }
    expect(refused.length).toBeGreaterThan(0);
  });

  it('the decision letter downloads for the owner and coordinators, 404 for another applicant, 409 before the decision', async () => {
    const callId = await insertCall(t);
    const id = await inReview(t, callId, applicant.userId, { reference: 'MP-T-0100' });
    expect((await grantsApi(applicant).get(`/grants/applications/${id}/decision-letter`)).status).toBe(409);
    await grantsApi(coord).post(`/grants/applications/${id}/decision`, { approve: true, amountCents: 150_000 });
    const pdf = await grantsApi(applicant).get(`/grants/applications/${id}/decision-letter`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('Bescheid-MP-T-0100.pdf');
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit compresses the page and encodes text as glyph ids; the reference is in the document title too.
    expect(body.toString('latin1')).toContain('(Bescheid MP-T-0100)');
    expect(body.length).toBeGreaterThan(5000);
    expect((await grantsApi(coord).get(`/grants/applications/${id}/decision-letter`)).status).toBe(200);
    expect((await grantsApi(other).get(`/grants/applications/${id}/decision-letter`)).status).toBe(404);

    const rejected = await inReview(t, callId, applicant.userId, { reference: 'MP-T-0101' });
    await grantsApi(coord).post(`/grants/applications/${rejected}/decision`, { approve: false, reason: 'Das Projekt liegt außerhalb des Landkreises.' });
    const letter = await grantsApi(applicant).get(`/grants/applications/${rejected}/decision-letter`).buffer(true).parse(binary);
    expect(letter.status).toBe(200);
    expect((letter.body as Buffer).toString('latin1')).toContain('(Bescheid MP-T-0101)');

    // In English when the applicant's account is set to English.
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [applicant.userId]);
    const english = await grantsApi(applicant).get(`/grants/applications/${rejected}/decision-letter`).buffer(true).parse(binary);
    expect(english.headers['content-disposition']).toContain('Decision-MP-T-0101.pdf');
    expect((english.body as Buffer).toString('latin1')).toContain('(Decision letter MP-T-0101)');
    await t.dataSource.query(`UPDATE users SET locale = 'de' WHERE id = $1`, [applicant.userId]);
  });

  it('exports applications, decisions and payments of a call as XLSX, and the call summary as PDF', async () => {
    const callId = await insertCall(t);
    const a = await inReview(t, callId, applicant.userId, { reference: 'MP-X-0001' });
    const b = await inReview(t, callId, applicant.userId, { reference: 'MP-X-0002', data: { title: 'Sprachcafé', requestedCents: 80_000 } });
    await grantsApi(coord).post(`/grants/applications/${a}/decision`, { approve: true, amountCents: 100_000, conditions: 'Fotos einreichen' });
    await grantsApi(coord).post(`/grants/applications/${b}/decision`, { approve: false, reason: 'Kein Bezug zur Zielgruppe' });
    await t.dataSource.query(`INSERT INTO grant_payments (application_id, amount_cents, paid_on) VALUES ($1, 60000, $2)`, [a, today()]);

    const sheet = async (kind: 'applications' | 'decisions' | 'payments') => {
      const res = await grantsApi(coord).get(`/grants/calls/${callId}/export/${kind}`).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      const ws = wb.worksheets[0]!;
      expect(ws.getCell('A1').font?.bold).toBe(true);
      // Euros are numbers shown with a € format, so Excel can sum them.
      const euroColumn = { applications: 'G', decisions: 'D', payments: 'D' }[kind]!;
      expect(ws.getCell(`${euroColumn}2`).numFmt).toBe('#,##0.00 "€"');
      return ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    };
    const apps = await sheet('applications');
    expect(apps[0]).toEqual(['Aktenzeichen', 'Projekt', 'Träger', 'Ort', 'Handlungsfeld', 'Stand', 'Beantragt', 'Eingereicht am']);
    expect(apps.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['MP-X-0001', 'Nachbarschaftsfest am Muldeufer', 'Grimma', 'Gesellschaftlicher Zusammenhalt', 'Bewilligt', 1500],
      ['MP-X-0002', 'Sprachcafé', 'Grimma', 'Gesellschaftlicher Zusammenhalt', 'Abgelehnt', 800],
    ]);
    expect(apps[1]![7]).toBeInstanceOf(Date);
    expect((apps[1]![7] as Date).toISOString().slice(0, 10)).toBe(today());
    const decisions = await sheet('decisions');
    expect(decisions[0]).toEqual(['Aktenzeichen', 'Projekt', 'Entscheidung', 'Bewilligt', 'Auflagen / Gründe', 'Entschieden am', 'Nachweis fällig']);
    expect(decisions.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['MP-X-0001', 'Nachbarschaftsfest am Muldeufer', 'Bewilligt', 1000, 'Fotos einreichen'],
      ['MP-X-0002', 'Sprachcafé', 'Abgelehnt', '', 'Kein Bezug zur Zielgruppe'],
    ]);
    const payments = await sheet('payments');
    expect(payments[0]).toEqual(['Aktenzeichen', 'Projekt', 'Angefordert am', 'Betrag', 'Ausgezahlt am']);
    expect(payments.slice(1).map((r) => [r[0], r[3], (r[4] as Date).toISOString().slice(0, 10)])).toEqual([['MP-X-0001', 600, today()]]);

    const wrong = await grantsApi(coord).get(`/grants/calls/${callId}/export/iban`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('kind');
    expect((await grantsApi(applicant).get(`/grants/calls/${callId}/export/applications`)).status).toBe(403);

    const summary = await grantsApi(coord).get(`/grants/calls/${callId}/summary`).buffer(true).parse(binary);
    expect(summary.status).toBe(200);
    expect(summary.headers['content-type']).toBe('application/pdf');
    expect((summary.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
