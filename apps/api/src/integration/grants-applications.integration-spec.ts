import type { GrantApplicationData } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { latestMailTo, sentMailTo, type SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { callInput, grantsApi, insertApplication, insertCall, person, validData } from './grant-fixtures';
import { fieldErrors, today } from './hours-fixtures';

/** Intl puts a non-breaking space before €; tests read it as a plain space. */
const plain = (s: string | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const deDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const year = Number(today().slice(0, 4));

describe('micro-projects: calls, drafts, submission with every problem at once, pre-check, versions, public page', () => {
  let t: TestApp;
  let coord: SignedIn;
  let anna: SignedIn;
  let ben: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    coord = await person(t, 'koordination@example.org', ['coordinator']);
    anna = await person(t, 'anna@example.org', ['applicant']);
    ben = await person(t, 'ben@example.org', ['applicant']);
  }, 120_000);
  afterAll(() => t.close());

  const row = async (id: string) =>
    (await t.dataSource.query(`SELECT status, version, reference, data, requested_cents FROM grant_applications WHERE id = $1`, [id]))[0] as {
      status: string; version: number; reference: string | null; data: GrantApplicationData; requested_cents: number | null;
    };
  const versionCount = async (id: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM grant_application_versions WHERE application_id = $1`, [id]))[0].n;
  const submittedMails = async (to: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE template = 'grant-submitted' AND recipient = $1`, [to]))[0].n;

  /** A draft of `who` in `callId` holding `data` (saved through the API). */
  async function draft(who: SignedIn, callId: string, data: GrantApplicationData | null): Promise<string> {
    const created = await grantsApi(who).post('/grants/applications', { callId });
    expect(created.status).toBe(201);
    if (data) {
      const saved = await grantsApi(who).patch(`/grants/applications/${created.body.id}`, { data });
      expect(saved.status).toBe(200);
    }
    return created.body.id;
  }

  /** Submits and expects a 400 naming `field`; nothing about the application changes. */
  async function refused(who: SignedIn, id: string, field: string): Promise<string> {
    const before = await row(id);
    const res = await grantsApi(who).post(`/grants/applications/${id}/submit`);
    expect(res.status).toBe(400);
    const errors = fieldErrors(res.body);
    expect(Object.keys(errors)).toContain(field);
    expect(await row(id)).toEqual(before);
    expect(await versionCount(id)).toBe(0);
    return plain(errors[field]);
  }

  describe('calls', () => {
    it('a coordinator sets up a call with the programme defaults, opens and pauses it; applicants see it and why it is paused', async () => {
      const created = await grantsApi(coord).post('/grants/calls', { year: 2031, totalBudgetCents: 3_000_000 });
      expect(created.status).toBe(201);
      expect(created.body).toEqual(expect.objectContaining({
        year: 2031, status: 'draft', maxPerProjectCents: 500_000, maxPerLanguageCourseCents: 100_000, deadline: '2031-10-31', minLeadDays: 14, reportMonths: 6,
        approvedCents: 0, remainingCents: 3_000_000, applicationCount: 0,
      }));
      expect(created.body.fieldsOfAction).toEqual(['language', 'education', 'work', 'cohesion']);
      const id = created.body.id;
      expect((await grantsApi(anna).get('/grants/calls/open')).body.map((c: { id: string }) => c.id)).not.toContain(id);
      expect((await grantsApi(anna).get('/grants/calls')).status).toBe(403);

      expect((await grantsApi(coord).post(`/grants/calls/${id}/status`, { status: 'open' })).status).toBe(200);
      const noReason = await grantsApi(coord).post(`/grants/calls/${id}/status`, { status: 'paused' });
      expect(noReason.status).toBe(400);
      expect(fieldErrors(noReason.body)['reason']).toBe('Begründung: Bitte ausfüllen.');
      const paused = await grantsApi(coord).post(`/grants/calls/${id}/status`, { status: 'paused', reason: 'Die Mittel sind ausgeschöpft.' });
      expect(paused.body).toEqual(expect.objectContaining({ status: 'paused', pauseReason: 'Die Mittel sind ausgeschöpft.' }));
      const open = (await grantsApi(anna).get('/grants/calls/open')).body.find((c: { id: string }) => c.id === id);
      expect(open).toEqual(expect.objectContaining({ status: 'paused', pauseReason: 'Die Mittel sind ausgeschöpft.', maxPerProjectCents: 500_000 }));
      expect(open.totalBudgetCents).toBeUndefined();

      expect((await grantsApi(coord).post(`/grants/calls/${id}/status`, { status: 'closed' })).status).toBe(200);
      const reopen = await grantsApi(coord).post(`/grants/calls/${id}/status`, { status: 'open' });
      expect(reopen.status).toBe(409);
      expect(reopen.body.message).toBe('Dieser Statuswechsel ist nicht möglich.');
      const edit = await grantsApi(coord).patch(`/grants/calls/${id}`, { title: 'Neu' });
      expect(edit.status).toBe(409);
    });

    it('refuses bad call settings all at once, and a budget below what is already approved (409); nothing changes', async () => {
      const bad = await grantsApi(coord).post('/grants/calls', { ...callInput(), maxPerLanguageCourseCents: 600_000, minLeadDays: -1, deadline: '2026-02-30' });
      expect(bad.status).toBe(400);
      const errors = fieldErrors(bad.body);
      expect(plain(errors['maxPerLanguageCourseCents'])).toBe('Höchstbetrag pro Sprachkurs: Darf nicht höher sein als der Höchstbetrag pro Projekt.');
      expect(errors['minLeadDays']).toBe('Tage zwischen Einreichen und Projektbeginn: Bitte eine ganze Zahl von 0 bis 365 angeben.');
      expect(errors['deadline']).toBe('Einreichfrist: Bitte ein gültiges Datum angeben.');

      const id = await insertCall(t, { approvedCents: 1_200_000 });
      const lower = await grantsApi(coord).patch(`/grants/calls/${id}`, { totalBudgetCents: 1_000_000 });
      expect(lower.status).toBe(409);
      expect(plain(lower.body.message)).toBe('Das Budget darf nicht kleiner sein als die schon bewilligten 12.000,00 €.');
      const [c] = await t.dataSource.query(`SELECT total_budget_cents::int AS total FROM grant_calls WHERE id = $1`, [id]);
      expect(c.total).toBe(2_000_000);
      const ok = await grantsApi(coord).patch(`/grants/calls/${id}`, { totalBudgetCents: 1_500_000 });
      expect(ok.body).toEqual(expect.objectContaining({ totalBudgetCents: 1_500_000, approvedCents: 1_200_000, remainingCents: 300_000 }));
    });
  });

  describe('bad input on draft save (400, nothing written)', () => {
    let callId: string;
    beforeAll(async () => {
      callId = await insertCall(t);
    });

    const badLine = async (amountCents: unknown, message: string) => {
      const id = await draft(anna, callId, await validData(t));
      const before = await row(id);
      const data = await validData(t);
      const res = await grantsApi(anna).patch(`/grants/applications/${id}`, { data: { ...data, costLines: [{ ...data.costLines![0]!, amountCents }, ...data.costLines!.slice(1)] } });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'costLines.0.amountCents', message }]);
      expect(await row(id)).toEqual(before);
    };

    it('a negative plan line amount', () => badLine(-100, 'Kostenplan, Zeile 1, Betrag: Der Betrag darf nicht negativ sein.'));
    it('a plan line amount written with a comma ("12,50")', () => badLine('12,50', 'Kostenplan, Zeile 1, Betrag: Bitte einen gültigen Betrag in Euro angeben, z. B. 12,50.'));
    it('a plan line amount in fractions of a cent (12.5)', () => badLine(12.5, 'Kostenplan, Zeile 1, Betrag: Bitte einen gültigen Betrag in Euro angeben, z. B. 12,50.'));

    it('several shape problems come back together, in English when asked, and the data survives the ValidationPipe whole', async () => {
      const id = await draft(anna, callId, null);
      const res = await grantsApi(anna, 'en').patch(`/grants/applications/${id}`, { data: { title: 5, startDate: '2026-13-01', shoeSize: 44, costLines: [{ id: 'a', amountCents: -1 }] } });
      expect(res.status).toBe(400);
      expect(fieldErrors(res.body)).toEqual({
        title: 'Title: This entry has the wrong form.',
        startDate: 'Start: Please enter a valid date.',
        shoeSize: 'shoeSize: This field is not expected here.',
        'costLines.0.amountCents': 'Cost plan, line 1, Amount: The amount must not be negative.',
      });
      const ok = await grantsApi(anna).patch(`/grants/applications/${id}`, { data: { title: 'Sprachcafé', costLines: [{ id: 'raum', category: 'rent', amountCents: 1250 }] } });
      expect(ok.status).toBe(200);
      expect(ok.body.data).toEqual({ title: 'Sprachcafé', costLines: [{ id: 'raum', category: 'rent', amountCents: 1250 }] });
      expect(ok.body.computedRequestCents).toBe(1250);
      expect((await row(id)).data).toEqual(ok.body.data);
    });
  });

  describe('bad input on submission (400 naming the field, nothing written)', () => {
    let callId: string;
    beforeAll(async () => {
      callId = await insertCall(t);
    });

    it('the amount requested is over the limit per project', async () => {
      const id = await draft(anna, callId, await validData(t, {
        costLines: [{ id: 'honorar', category: 'fees', description: 'Honorare', amountCents: 700_000 }], ownContributionCents: 0, otherFundingCents: 0, requestedCents: 700_000,
      }));
      expect(await refused(anna, id, 'requestedCents')).toBe('Beantragter Betrag: Höchstens 5.000,00 € sind möglich.');
      expect(await submittedMails('anna@example.org')).toBe(0);
    });

    it('a language course asks for more than its own, lower limit', async () => {
      const id = await draft(anna, callId, await validData(t, {
        fieldOfAction: 'language', projectArea: 'sprachkurs',
        costLines: [{ id: 'kurs', category: 'fees', description: 'Kursleitung', amountCents: 150_000 }], ownContributionCents: 0, otherFundingCents: 0, requestedCents: 150_000,
      }));
      expect(await refused(anna, id, 'requestedCents')).toBe('Beantragter Betrag: Höchstens 1.000,00 € sind möglich.');
      const view = await grantsApi(anna).get(`/grants/applications/${id}`);
      expect(view.body.limitCents).toBe(100_000);
    });

    it('the amount requested does not match the plan', async () => {
      const id = await draft(anna, callId, await validData(t, { requestedCents: 160_000 }));
      expect(await refused(anna, id, 'requestedCents')).toBe(
        'Beantragter Betrag: Der Betrag passt nicht zum Kostenplan: Kosten minus Eigenanteil minus andere Förderung = 1.500,00 €.',
      );
    });

    it('the end is before the start', async () => {
      const id = await draft(anna, callId, await validData(t, { startDate: addDays(today(), 40), endDate: addDays(today(), 35) }));
      expect(await refused(anna, id, 'endDate')).toBe('Ende: Das Ende liegt vor dem Beginn.');
    });

    it('the project starts too soon after the submission', async () => {
      const id = await draft(anna, callId, await validData(t, { startDate: addDays(today(), 3) }));
      expect(await refused(anna, id, 'startDate')).toBe(`Beginn: Das Projekt kann frühestens am ${deDate(addDays(today(), 14))} beginnen (14 Tage nach dem Einreichen).`);
    });

    it('the deadline has passed (and no new draft can be started then)', async () => {
      const late = await insertCall(t);
      const id = await draft(anna, late, await validData(t));
      const deadline = addDays(today(), -1);
      await t.dataSource.query(`UPDATE grant_calls SET deadline = $2 WHERE id = $1`, [late, deadline]);
      expect(await refused(anna, id, 'call')).toBe(`Förderaufruf: Die Frist ist am ${deDate(deadline)} abgelaufen.`);
      const another = await grantsApi(anna).post('/grants/applications', { callId: late });
      expect(another.status).toBe(409);
      expect(another.body.message).toBe(`Die Frist ist am ${deDate(deadline)} abgelaufen.`);
    });

    it('the call is paused: the message gives the reason (and no new draft can be started)', async () => {
      const paused = await insertCall(t);
      const id = await draft(anna, paused, await validData(t));
      await grantsApi(coord).post(`/grants/calls/${paused}/status`, { status: 'paused', reason: 'Die Mittel für dieses Jahr sind ausgeschöpft.' });
      const message = await refused(anna, id, 'call');
      expect(message).toContain('pausiert');
      expect(message).toContain('Die Mittel für dieses Jahr sind ausgeschöpft.');
      const another = await grantsApi(anna).post('/grants/applications', { callId: paused });
      expect(another.status).toBe(409);
      expect(another.body.message).toContain('Die Mittel für dieses Jahr sind ausgeschöpft.');
    });

    it('an empty draft lists every missing field at once, in the form order', async () => {
      const id = await draft(anna, callId, null);
      const res = await grantsApi(anna).post(`/grants/applications/${id}/submit`);
      expect(res.status).toBe(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields.length).toBeGreaterThanOrEqual(10);
      expect(fields).toEqual(expect.arrayContaining(['applicantType', 'title', 'goals', 'targetGroup', 'fieldOfAction', 'projectArea', 'municipalityId', 'startDate', 'endDate', 'costLines', 'requestedCents', 'iban']));
      expect(fields.indexOf('title')).toBeLessThan(fields.indexOf('iban'));
      expect(fieldErrors(res.body)['goals']).toBe('Ziele: Bitte ausfüllen.');
      expect(fieldErrors(res.body)['costLines']).toBe('Kostenplan: Bitte tragen Sie mindestens eine Kostenposition ein.');
      expect((await row(id)).status).toBe('draft');
    });
  });

  describe('submission, references, other people, revision and versions', () => {
    let callId: string;
    let annaApp: string;
    beforeAll(async () => {
      callId = await insertCall(t);
      await t.dataSource.query(`DELETE FROM grant_year_counters`);
    });

    it('a complete application is submitted: version 1, reference MP-<year>-0001 then -0002 in order, a receipt email', async () => {
      annaApp = await draft(anna, callId, await validData(t));
      const benApp = await draft(ben, callId, await validData(t, { title: 'Sprachcafé Wurzen' }));
      const first = await grantsApi(anna).post(`/grants/applications/${annaApp}/submit`);
      expect(first.status).toBe(200);
      expect(first.body).toEqual(expect.objectContaining({ status: 'submitted', version: 1, reference: `MP-${year}-0001` }));
      expect(first.body.can).toEqual(expect.objectContaining({ edit: false, submit: false, withdraw: true, precheck: false }));
      const second = await grantsApi(ben).post(`/grants/applications/${benApp}/submit`);
      expect(second.body.reference).toBe(`MP-${year}-0002`);
      expect(await versionCount(annaApp)).toBe(1);
      const audit = await t.dataSource.query(`SELECT actor_id, diff FROM audit_log WHERE entity = 'grant_application' AND entity_id = $1 AND diff ? 'reference'`, [annaApp]);
      expect(audit).toEqual([{ actor_id: anna.userId, diff: expect.objectContaining({ status: ['draft', 'submitted'], reference: [null, `MP-${year}-0001`] }) }]);

      const mail = await sentMailTo(t, 'anna@example.org');
      expect(mail.subject).toBe(`Ihr Antrag MP-${year}-0001 ist eingegangen`);
      expect(mail.body_text).toContain('Nachbarschaftsfest am Muldeufer');
      expect(mail.body_text).toContain(`/my-grants/${annaApp}`);

      const twice = await grantsApi(anna).post(`/grants/applications/${annaApp}/submit`);
      expect(twice.status).toBe(409);
      expect(twice.body.message).toBe('Der Antrag ist schon eingereicht.');
      expect(await submittedMails('anna@example.org')).toBe(1);
      const edit = await grantsApi(anna).patch(`/grants/applications/${annaApp}`, { data: await validData(t, { title: 'Anders' }) });
      expect(edit.status).toBe(409);
      expect((await row(annaApp)).data.title).toBe('Nachbarschaftsfest am Muldeufer');
    });

    it("another applicant cannot read, change, submit or withdraw someone's application: 404 like a missing one", async () => {
      const own = await draft(anna, callId, await validData(t, { title: 'Nur meins' }));
      const before = await row(own);
      const missing = await grantsApi(ben).get(`/grants/applications/00000000-0000-4000-8000-000000000000`);
      expect(missing.status).toBe(404);
      for (const res of [
        await grantsApi(ben).get(`/grants/applications/${own}`),
        await grantsApi(ben).patch(`/grants/applications/${own}`, { data: { title: 'Gekapert' } }),
        await grantsApi(ben).post(`/grants/applications/${own}/submit`),
        await grantsApi(ben).post(`/grants/applications/${own}/withdraw`),
        await grantsApi(ben).get(`/grants/applications/${own}/versions`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual(missing.body);
      }
      expect(await row(own)).toEqual(before);
      const mine = await grantsApi(ben).get('/grants/my-applications');
      expect(mine.body.map((a: { id: string }) => a.id)).not.toContain(own);
      expect((await grantsApi(coord).get(`/grants/applications/${own}`)).status).toBe(200);
    });

    it('the coordinator asks for a revision on `goals`; the applicant sees it, edits, resubmits: version 2, the diff shows goals before and after', async () => {
      const empty = await grantsApi(coord).post(`/grants/applications/${annaApp}/precheck`, { decision: 'revise', comments: { goals: '   ' } });
      expect(empty.status).toBe(400);
      expect(fieldErrors(empty.body)['comments']).toBe('Kommentare: Bitte schreiben Sie mindestens einen Kommentar.');
      const unknown = await grantsApi(coord).post(`/grants/applications/${annaApp}/precheck`, { decision: 'revise', comments: { hobby: 'x' } });
      expect(unknown.status).toBe(400);
      expect(Object.keys(fieldErrors(unknown.body))).toEqual(['comments.hobby']);
      expect((await row(annaApp)).status).toBe('submitted');

      const revise = await grantsApi(coord).post(`/grants/applications/${annaApp}/precheck`, {
        decision: 'revise',
        comments: { goals: 'Bitte beschreiben Sie genauer, was die Teilnehmenden lernen.', general: '' },
      });
      expect(revise.status).toBe(200);
      expect(revise.body.status).toBe('revision_requested');
      const again = await grantsApi(coord).post(`/grants/applications/${annaApp}/precheck`, { decision: 'accept' });
      expect(again.status).toBe(409);
      const mail = await latestMailTo(t, 'anna@example.org');
      expect(mail!.subject).toBe('Bitte ergänzen Sie Ihren Antrag „Nachbarschaftsfest am Muldeufer“');
      expect(mail!.body_text).toContain(`/my-grants/${annaApp}`);

      const seen = await grantsApi(anna).get(`/grants/applications/${annaApp}`);
      expect(seen.body.revision).toEqual(expect.objectContaining({ version: 1, comments: { goals: 'Bitte beschreiben Sie genauer, was die Teilnehmenden lernen.' } }));
      expect(seen.body.revision.requestedBy.id).toBe(coord.userId);
      expect(seen.body.can).toEqual(expect.objectContaining({ edit: true, submit: true }));

      const newGoals = 'Die Teilnehmenden kochen zusammen und lernen dabei 50 Wörter Deutsch.';
      const saved = await grantsApi(anna).patch(`/grants/applications/${annaApp}`, { data: await validData(t, { goals: newGoals }) });
      expect(saved.status).toBe(200);
      const resubmitted = await grantsApi(anna).post(`/grants/applications/${annaApp}/submit`);
      expect(resubmitted.body).toEqual(expect.objectContaining({ status: 'submitted', version: 2, reference: `MP-${year}-0001` }));

      const versions = await grantsApi(coord).get(`/grants/applications/${annaApp}/versions`);
      expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      const diff = await grantsApi(anna).get(`/grants/applications/${annaApp}/versions/diff?from=1&to=2`);
      expect(diff.status).toBe(200);
      expect(diff.body).toEqual({
        from: 1,
        to: 2,
        changes: [{ field: 'goals', before: 'Geflüchtete und Alteingesessene lernen sich beim gemeinsamen Kochen kennen.', after: newGoals }],
      });
      const notNumber = await grantsApi(anna).get(`/grants/applications/${annaApp}/versions/diff?from=abc&to=2.5`);
      expect(notNumber.status).toBe(400);
      expect(Object.keys(fieldErrors(notNumber.body))).toEqual(['from', 'to']);
      expect((await grantsApi(anna).get(`/grants/applications/${annaApp}/versions/diff?from=1&to=9`)).status).toBe(404);

      const accepted = await grantsApi(coord).post(`/grants/applications/${annaApp}/precheck`, { decision: 'accept' });
      expect(accepted.body.status).toBe('in_review');
      expect(accepted.body.can).toEqual(expect.objectContaining({ precheck: false, decide: true }));
    });

    it('an applicant withdraws a draft once; the coordinators list filters, searches, pages and refuses an unknown sort', async () => {
      const id = await draft(ben, callId, await validData(t, { title: '100% Nachbarschaft' }));
      const withdrawn = await grantsApi(ben).post(`/grants/applications/${id}/withdraw`);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect((await grantsApi(ben).post(`/grants/applications/${id}/withdraw`)).status).toBe(409);

      const all = await grantsApi(coord).get(`/grants/applications?callId=${callId}`);
      expect(all.status).toBe(200);
      expect(all.body.items.map((a: { reference: string | null }) => a.reference)).toEqual(expect.arrayContaining([`MP-${year}-0001`, `MP-${year}-0002`]));
      expect(all.body.items.every((a: { status: string }) => a.status !== 'draft')).toBe(true);
      const percent = await grantsApi(coord).get(`/grants/applications?q=${encodeURIComponent('100%')}`);
      expect(percent.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
      const byRef = await grantsApi(coord).get(`/grants/applications?q=${year}-0002`);
      expect(byRef.body.items).toHaveLength(1);
      expect(byRef.body.items[0]).toEqual(expect.objectContaining({ title: 'Sprachcafé Wurzen', organisationName: 'Willkommensinitiative Grimma', requestedCents: 150_000 }));
      const paged = await grantsApi(coord).get(`/grants/applications?callId=${callId}&pageSize=1&sort=title&dir=asc`);
      expect(paged.body).toEqual(expect.objectContaining({ total: all.body.total, page: 1, pageSize: 1 }));
      expect(paged.body.items).toHaveLength(1);
      const badSort = await grantsApi(coord).get('/grants/applications?sort=password');
      expect(badSort.status).toBe(400);
      expect(Object.keys(fieldErrors(badSort.body))).toEqual(['sort']);
      expect((await grantsApi(anna).get('/grants/applications')).status).toBe(403);
    });
  });

  describe('public page', () => {
    it('shows only consented, funded projects of closed calls, without people or bank details', async () => {
      const closed = await insertCall(t, { year: 2024, status: 'closed' });
      const running = await insertCall(t, { year: 2025, status: 'open' });
      const shown = await insertApplication(t, { callId: closed, applicantId: anna.userId, status: 'paid', approvedCents: 120_000, data: await validData(t, { title: 'Fest der Kulturen' }) });
      await insertApplication(t, { callId: closed, applicantId: ben.userId, status: 'approved', approvedCents: 80_000, data: await validData(t, { title: 'Ohne Zustimmung', publicConsent: false }) });
      await insertApplication(t, { callId: closed, applicantId: ben.userId, status: 'rejected', data: await validData(t, { title: 'Abgelehnt' }) });
      await insertApplication(t, { callId: closed, applicantId: ben.userId, status: 'withdrawn', data: await validData(t, { title: 'Zurückgezogen' }) });
      await insertApplication(t, { callId: running, applicantId: ben.userId, status: 'approved', approvedCents: 50_000, data: await validData(t, { title: 'Noch laufend' }) });
      expect(shown).toBeTruthy();

      const res = await t.http().get('/api/v1/public/grants/projects');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        {
          year: 2024, title: 'Fest der Kulturen', organisationName: 'Willkommensinitiative Grimma', municipality: 'Grimma', fieldOfAction: 'cohesion',
          approvedCents: 120_000, shortDescription: 'Ein Fest mit Essen aus vielen Ländern.',
        },
      ]);
      expect(JSON.stringify(res.body)).not.toContain('DE89');
      expect((await t.http().get('/api/v1/public/grants/projects?year=2023')).body).toEqual([]);
      expect((await t.http().get('/api/v1/public/grants/projects?year=abc')).status).toBe(400);
    });
  });
});
