import type { SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { grantsApi, insertCall, person } from './grant-fixtures';
import { inReview } from './grant-review-fixtures';

const scores = (bedarf: number, wirkung: number, beteiligung: number) => ({
  scores: [
    { criterion: 'bedarf', points: bedarf },
    { criterion: 'wirkung', points: wirkung },
    { criterion: 'beteiligung', points: beteiligung },
  ],
});

describe('micro-projects: review with conflicts of interest, the score sheet and the ranking', () => {
  let t: TestApp;
  let coord: SignedIn;
  let r1: SignedIn;
  let r2: SignedIn;
  let r3: SignedIn;
  let applicant: SignedIn;
  let callId: string;
  let a: string;

  beforeAll(async () => {
    t = await createTestApp();
    coord = await person(t, 'koordination@example.org', ['coordinator']);
    r1 = await person(t, 'gutachterin1@example.org', ['reviewer']);
    r2 = await person(t, 'gutachter2@example.org', ['reviewer']);
    r3 = await person(t, 'gutachter3@example.org', ['reviewer']);
    applicant = await person(t, 'initiative@example.org', ['applicant', 'reviewer']);
    // Weights 40 / 40 / 20 (callInput): bedarf, wirkung, beteiligung.
    callId = await insertCall(t, { totalBudgetCents: 300_000 });
    a = await inReview(t, callId, applicant.userId, { reference: 'MP-T-000A' });
  }, 120_000);
  afterAll(() => t.close());

  it('a reviewer sees the application without bank details, and the list says whether they scored it', async () => {
    const list = await grantsApi(r1).get('/grants/reviews');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      { applicationId: a, reference: 'MP-T-000A', callTitle: expect.stringMatching(/^Mikroprojekte/), title: 'Nachbarschaftsfest am Muldeufer', fieldOfAction: 'cohesion', requestedCents: 150_000, scored: false },
    ]);
    const view = await grantsApi(r1).get(`/grants/reviews/${a}`);
    expect(view.status).toBe(200);
    expect(view.body.data.title).toBe('Nachbarschaftsfest am Muldeufer');
    expect(view.body.data).not.toHaveProperty('iban');
    expect(view.body.data).not.toHaveProperty('accountHolder');
    expect(view.body.call.criteria.map((c: { code: string }) => c.code)).toEqual(['bedarf', 'wirkung', 'beteiligung']);
    expect(view.body.attachments).toEqual([]);
    await t.dataSource.query(
      `INSERT INTO grant_attachments (application_id, file_name, content_type, size_bytes, sha256, storage_key) VALUES ($1, 'Kostenplan.pdf', 'application/pdf', 1234, 'x', 'k-review-1')`,
      [a],
    );
    const withFile = await grantsApi(r1).get(`/grants/reviews/${a}`);
    expect(withFile.body.attachments).toEqual([{ id: expect.any(String), fileName: 'Kostenplan.pdf', contentType: 'application/pdf', sizeBytes: 1234, uploadedAt: expect.any(String) }]);
    expect(withFile.body.attachments[0]).not.toHaveProperty('storageKey');
    expect(view.body.myScores).toEqual([]);
    // Only reviewers: an applicant or a coordinator without the role may not use the review routes.
    expect((await grantsApi(coord).get('/grants/reviews')).status).toBe(403);
  });

  it('refuses points outside 0–5 and unknown criteria, naming each entry; nothing is written', async () => {
    const res = await grantsApi(r1).put(`/grants/reviews/${a}/scores`, { scores: [{ criterion: 'bedarf', points: 6 }, { criterion: 'schoenheit', points: 3 }, { criterion: 'wirkung', points: 2.5 }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'scores.0.points', message: 'Bewertung, Zeile 1, Punkte: Bitte eine ganze Zahl von 0 bis 5 angeben.' },
      { field: 'scores.1.criterion', message: 'Bewertung, Zeile 2, Kriterium: Dieses Kriterium gibt es in diesem Aufruf nicht.' },
      { field: 'scores.2.points', message: 'Bewertung, Zeile 3, Punkte: Bitte eine ganze Zahl von 0 bis 5 angeben.' },
    ]);
    const en = await grantsApi(r1, 'en').put(`/grants/reviews/${a}/scores`, { scores: [{ criterion: 'bedarf', points: -1 }] });
    expect(en.body.errors[0].message).toBe('Scores, line 1, Points: Please enter a whole number from 0 to 5.');
    expect(await t.dataSource.query(`SELECT 1 FROM grant_scores`)).toHaveLength(0);
  });

  it('two reviewers score; the score sheet shows both side by side with averages and spread', async () => {
    // r1: (40·4 + 40·3 + 20·5) / 100 = 3.8;  r2: (40·2 + 40·5 + 20·1) / 100 = 3.0
    const saved = await grantsApi(r1).put(`/grants/reviews/${a}/scores`, { scores: [...scores(4, 3, 5).scores.slice(0, 2), { criterion: 'beteiligung', points: 5, comment: 'Geflüchtete planen mit.' }] });
    expect(saved.status).toBe(200);
    expect(saved.body.myScores).toEqual([
      { criterion: 'bedarf', points: 4 },
      { criterion: 'wirkung', points: 3 },
      { criterion: 'beteiligung', points: 5, comment: 'Geflüchtete planen mit.' },
    ]);
    expect((await grantsApi(r2).put(`/grants/reviews/${a}/scores`, scores(2, 5, 1))).status).toBe(200);
    // Saving again replaces per criterion, it does not add.
    expect((await grantsApi(r2).put(`/grants/reviews/${a}/scores`, scores(2, 5, 1))).status).toBe(200);
    expect((await grantsApi(r1).get('/grants/reviews')).body[0].scored).toBe(true);

    const sheet = await grantsApi(coord).get(`/grants/applications/${a}/scores`);
    expect(sheet.status).toBe(200);
    const byName = Object.fromEntries(sheet.body.reviewers.map((r: { reviewer: { name: string } }) => [r.reviewer.name, r]));
    expect(byName['gutachterin1']).toEqual({
      reviewer: { id: r1.userId, name: 'gutachterin1' },
      scores: [{ criterion: 'bedarf', points: 4 }, { criterion: 'wirkung', points: 3 }, { criterion: 'beteiligung', points: 5, comment: 'Geflüchtete planen mit.' }],
      weighted: 3.8,
      conflict: false,
      conflictReason: null,
    });
    expect(byName['gutachter2'].weighted).toBe(3);
    expect(sheet.body.perCriterion).toEqual([
      { criterion: 'bedarf', average: 3, min: 2, max: 4, spread: 2 },
      { criterion: 'wirkung', average: 4, min: 3, max: 5, spread: 2 },
      { criterion: 'beteiligung', average: 3, min: 1, max: 5, spread: 4 },
    ]);
    expect(sheet.body.weightedAverage).toBe(3.4);
    expect((await grantsApi(r1).get(`/grants/applications/${a}/scores`)).status).toBe(403);
    const audit = await t.dataSource.query(`SELECT 1 FROM audit_log WHERE entity = 'grant_score' AND entity_id = $1`, [a]);
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('after declaring a conflict the reviewer cannot see or score the application, and their scores are gone', async () => {
    expect((await grantsApi(r3).put(`/grants/reviews/${a}/scores`, { scores: [{ criterion: 'bedarf', points: 1 }] })).status).toBe(200);
    const noReason = await grantsApi(r3).post(`/grants/reviews/${a}/conflict`, { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');

    const declared = await grantsApi(r3).post(`/grants/reviews/${a}/conflict`, { reason: 'Ich bin Mitglied der Initiative.' });
    expect(declared.status).toBe(204);
    // Idempotent: a second click changes nothing.
    expect((await grantsApi(r3).post(`/grants/reviews/${a}/conflict`, { reason: 'Noch einmal' })).status).toBe(204);
    expect(await t.dataSource.query(`SELECT reason FROM grant_conflicts WHERE application_id = $1`, [a])).toEqual([{ reason: 'Ich bin Mitglied der Initiative.' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM grant_scores WHERE reviewer_id = $1`, [r3.userId])).toHaveLength(0);

    const score = await grantsApi(r3).put(`/grants/reviews/${a}/scores`, scores(5, 5, 5));
    expect(score.status).toBe(403);
    expect(score.body.message).toBe('Sie haben einen Interessenkonflikt erklärt. Deshalb können Sie diesen Antrag nicht bewerten.');
    expect(await t.dataSource.query(`SELECT 1 FROM grant_scores WHERE reviewer_id = $1`, [r3.userId])).toHaveLength(0);
    expect((await grantsApi(r3).get('/grants/reviews')).body).toEqual([]);
    expect((await grantsApi(r3).get(`/grants/reviews/${a}`)).status).toBe(404);

    const sheet = (await grantsApi(coord).get(`/grants/applications/${a}/scores`)).body;
    const conflicted = sheet.reviewers.find((r: { reviewer: { id: string } }) => r.reviewer.id === r3.userId);
    expect(conflicted).toEqual({ reviewer: { id: r3.userId, name: 'gutachter3' }, scores: [], weighted: null, conflict: true, conflictReason: 'Ich bin Mitglied der Initiative.' });
    expect(sheet.weightedAverage).toBe(3.4);
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE entity = 'grant_conflict' AND entity_id = $1`, [a])).toHaveLength(1);
  });

  it('nobody reviews their own application: it is not listed and reads as missing', async () => {
    expect((await grantsApi(applicant).get('/grants/reviews')).body.map((i: { applicationId: string }) => i.applicationId)).not.toContain(a);
    expect((await grantsApi(applicant).get(`/grants/reviews/${a}`)).status).toBe(404);
    expect((await grantsApi(applicant).put(`/grants/reviews/${a}/scores`, scores(5, 5, 5))).status).toBe(404);
    expect((await grantsApi(r1).get('/grants/reviews/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // Not yet accepted into review: reviewers cannot reach it at all.
    const submitted = await inReview(t, callId, (await person(t, 'neu@example.org', ['applicant'])).userId, { reference: 'MP-T-0S', status: 'submitted' });
    expect((await grantsApi(r1).get(`/grants/reviews/${submitted}`)).status).toBe(404);
    expect((await grantsApi(r1).put(`/grants/reviews/${submitted}/scores`, scores(5, 5, 5))).status).toBe(404);
    expect((await grantsApi(r1).post(`/grants/reviews/${submitted}/conflict`, { reason: 'Nachbar' })).status).toBe(404);
  });

  it('ranks the call by weighted average with the budget left after each row', async () => {
    const other = await person(t, 'verein@example.org', ['applicant']);
    const b = await inReview(t, callId, other.userId, { reference: 'MP-T-000B', data: { title: 'Sprachcafé', requestedCents: 100_000 } });
    const c = await inReview(t, callId, other.userId, { reference: 'MP-T-000C', data: { title: 'Ausflug', requestedCents: 50_000 } });
    const d = await inReview(t, callId, other.userId, { reference: 'MP-T-000D', data: { title: 'Abgelehnt', requestedCents: 120_000 }, status: 'rejected' });
    const e = await inReview(t, callId, other.userId, { reference: 'MP-T-000E', data: { title: 'Bewilligt', requestedCents: 90_000 } });
    await inReview(t, callId, other.userId, { reference: 'MP-T-000F', status: 'submitted' });
    await grantsApi(r1).put(`/grants/reviews/${b}/scores`, scores(5, 5, 5));
    await grantsApi(r2).put(`/grants/reviews/${b}/scores`, scores(4, 4, 4));
    await grantsApi(r1).put(`/grants/reviews/${e}/scores`, scores(3, 3, 3));
    // A half-filled sheet does not count.
    await grantsApi(r2).put(`/grants/reviews/${c}/scores`, { scores: [{ criterion: 'bedarf', points: 5 }] });
    const approved = await grantsApi(coord).post(`/grants/applications/${e}/decision`, { approve: true, amountCents: 80_000 });
    expect(approved.status).toBe(200);
    expect(approved.body.decision).toEqual(expect.objectContaining({ approved: true, amountCents: 80_000 }));

    const res = await grantsApi(coord).get(`/grants/calls/${callId}/ranking`);
    expect(res.status).toBe(200);
    expect(res.body.call).toEqual(expect.objectContaining({ id: callId, totalBudgetCents: 300_000, approvedCents: 80_000, remainingCents: 220_000 }));
    const rows = res.body.rows.map((r: Record<string, unknown>) => [r.reference, r.status, r.requestedCents, r.approvedCents, r.weightedAverage, r.spread, r.reviewCount, r.remainingAfterCents]);
    expect(rows).toEqual([
      ['MP-T-000B', 'in_review', 100_000, null, 4.5, 1, 2, 200_000],
      ['MP-T-000A', 'in_review', 150_000, null, 3.4, 0.8, 2, 50_000],
      ['MP-T-000E', 'approved', 90_000, 80_000, 3, 0, 1, -30_000],
      ['MP-T-000C', 'in_review', 50_000, null, null, null, 0, -80_000],
      ['MP-T-000D', 'rejected', 120_000, null, null, null, 0, -80_000],
    ]);
    expect(res.body.rows.map((r: { applicationId: string }) => r.applicationId)).toEqual([b, a, e, c, d]);
    expect((await grantsApi(r1).get(`/grants/calls/${callId}/ranking`)).status).toBe(403);
  });

  it('scores are closed once the application is decided', async () => {
    const res = await grantsApi(r1).put(`/grants/reviews/${a}/scores`, scores(1, 1, 1));
    expect(res.status).toBe(200);
    await t.dataSource.query(`UPDATE grant_applications SET status = 'rejected' WHERE id = $1`, [a]);
    const late = await grantsApi(r1).put(`/grants/reviews/${a}/scores`, scores(5, 5, 5));
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('Das geht nur, solange der Antrag in der Begutachtung ist.');
    expect((await grantsApi(r1).get(`/grants/reviews/${a}`)).status).toBe(404);
  });
});
