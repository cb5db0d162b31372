import { createTestApp, type TestApp } from '../test-support/test-app';
import { linkToken, signIn, type SignedIn } from '../test-support/people';
import { addOrganisation, fieldErrors, insertEntry, staff, today } from './hours-fixtures';
import { cardVolunteer, cards, seedCardRules, thisYear } from './card-fixtures';

type Mail = { recipient: string; template: string; subject: string; body_text: string };
const mails = (t: TestApp, template: string): Promise<Mail[]> =>
  t.dataSource.query(`SELECT recipient, template, subject, body_text FROM outbox WHERE template = $1 ORDER BY created_at, recipient`, [template]);
const count = async (t: TestApp, table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('honorary card: apply, organisations confirm, the coordinator decides, the card is issued and verifiable', () => {
  let t: TestApp;
  let coord: SignedIn;
  let tafel: { id: string; contactIds: string[] };
  let chor: { id: string; contactIds: string[] };

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coord = await staff(t, 'koordination@example.org');
    tafel = await addOrganisation(t, 'Tafel Borna e. V.', [{ name: 'Petra Lang', email: 'petra@tafel.example.org' }]);
    chor = await addOrganisation(t, 'Kirchenchor Wurzen', []);
  });
  afterAll(() => t.close());

  it('an eligible volunteer applies in one click; each organisation gets a confirmation link; the applicant a status link', async () => {
    const anna = await cardVolunteer(t, { firstName: 'Anna', lastName: 'Müller', email: 'anna@example.org', minutesLastYear: 190 * 60, organisationId: tafel.id });
    await insertEntry(t, { volunteerId: anna.id, date: `${thisYear() - 1}-09-01`, minutes: 10 * 60, status: 'approved', organisationId: chor.id });
    const me = cards(anna.signedIn!);

    const before = await me.get('/me/card');
    expect(before.status).toBe(200);
    expect(before.body).toEqual(expect.objectContaining({ eligible: true, reasons: [], application: null, card: null }));
    expect(before.body.facts).toEqual(expect.objectContaining({ countedMinutes: 200 * 60, requiredMinutes: 200 * 60, windowFrom: `${thisYear() - 1}-01-01` }));

    const applied = await me.post('/me/card/applications', {});
    expect(applied.status).toBe(201);
    expect(applied.body.application).toEqual(expect.objectContaining({ status: 'awaiting_confirmation', confirmationsTotal: 2, confirmationsDone: 0, canWithdraw: true }));

    const [request] = await mails(t, 'card-confirmation-request');
    expect(request!.recipient).toBe('petra@tafel.example.org');
    expect(request!.body_text).toContain('Anna M.');
    expect(request!.body_text).not.toContain('Müller');
    expect(request!.body_text).toContain('190');
    const [received] = await mails(t, 'card-application-received');
    expect(received!.recipient).toBe('anna@example.org');

    // A second click makes no second application.
    const twice = await me.post('/me/card/applications', {});
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Es gibt schon einen offenen Antrag.');
    expect(await count(t, 'card_applications')).toBe(1);
  });

  it('the contact confirms through the link once; a second click or a forged link changes nothing and says only that', async () => {
    const [request] = await mails(t, 'card-confirmation-request');
    const token = linkToken(request!.body_text, 'card-confirm');
    const view = await t.http().get(`/api/v1/public/card-confirmations?token=${token}`);
    expect(view.body).toEqual(expect.objectContaining({ organisationName: 'Tafel Borna e. V.', volunteerName: 'Anna M.', minutes: 190 * 60, status: 'pending' }));

    const ok = await t.http().post(`/api/v1/public/card-confirmations?token=${token}`).send({ confirm: true });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('confirmed');
    const again = await t.http().post(`/api/v1/public/card-confirmations?token=${token}`).send({ confirm: false, reason: 'doch nicht' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Diese Bestätigung wurde schon abgegeben.');
    expect((await t.http().get(`/api/v1/public/card-confirmations?token=${token}`)).body.status).toBe('confirmed');

    const forged = await t.http().post(`/api/v1/public/card-confirmations?token=${'x'.repeat(43)}`).send({ confirm: true });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('TOKEN_INVALID');
    expect(JSON.stringify(forged.body)).not.toMatch(/Anna|Tafel/);
    const missingReason = await t.http().post(`/api/v1/public/card-confirmations?token=${token}`).send({ confirm: false });
    expect(missingReason.status).toBe(400);
  });

  it('an organisation without a contact is confirmed by the coordinator by phone; then the application is ready', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM card_applications`);
    const detail = await cards(coord).get(`/cards/applications/${id}`);
    const phone = detail.body.confirmations.find((c: { organisation: { name: string } }) => c.organisation.name === 'Kirchenchor Wurzen');
    expect(phone).toEqual(expect.objectContaining({ status: 'pending', contactEmailed: false, minutes: 600 }));
    const recorded = await cards(coord).post(`/cards/applications/${id}/confirmations/${phone.id}`, { confirm: true });
    expect(recorded.status).toBe(200);
    expect(recorded.body.status).toBe('ready_for_decision');
    expect(recorded.body.confirmationsPending).toBe(0);
  });

  it('approving issues the card: number, 12 months, a mail, a PDF with a QR code; the QR page shows only the state and initials', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM card_applications`);
    const approved = await cards(coord).post(`/cards/applications/${id}/decision`, { approve: true });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('issued');
    expect(approved.body.card).toEqual(expect.objectContaining({ cardNumber: `LL-${thisYear()}-00001`, validFrom: today(), state: 'valid' }));
    expect(approved.body.decision).toEqual(expect.objectContaining({ approved: true, overrodeEligibility: false }));
    const [issued] = await mails(t, 'card-issued');
    expect(issued!.body_text).toContain(`LL-${thisYear()}-00001`);

    const pdf = await cards(coord).get(`/cards/${approved.body.card.id}/pdf`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // The QR code is an embedded image.
    expect((pdf.body as Buffer).toString('latin1')).toContain('/Subtype /Image');

    const [{ verify_code }] = await t.dataSource.query(`SELECT verify_code FROM cards`);
    const verified = await t.http().get(`/api/v1/public/cards/verify?code=${verify_code}`);
    expect(verified.body).toEqual({ state: 'valid', validUntil: approved.body.card.validUntil, initials: 'A. M.' });
    expect((await t.http().get('/api/v1/public/cards/verify?code=forged')).body).toEqual({ state: 'unknown', validUntil: null, initials: null });

    const mine = await cards(await signIn(t, 'anna@example.org')).get('/me/card');
    expect(mine.body.card).toEqual(expect.objectContaining({ cardNumber: `LL-${thisYear()}-00001`, state: 'valid' }));
    expect(mine.body.application.status).toBe('issued');
  });

  it('the status link follows the application without an account', async () => {
    const [received] = await mails(t, 'card-application-received');
    const token = linkToken(received!.body_text, 'card-status');
    const status = await t.http().get(`/api/v1/public/card-applications/status?token=${token}`);
    expect(status.body).toEqual(expect.objectContaining({ status: 'issued', confirmationsTotal: 2, confirmationsDone: 2, canWithdraw: false }));
    const late = await t.http().post(`/api/v1/public/card-applications/withdraw?token=${token}`);
    expect(late.status).toBe(409);
  });

  it('a coordinator revokes the card: the QR page says revoked, twice is refused', async () => {
    const [{ id, verify_code }] = await t.dataSource.query(`SELECT id, verify_code FROM cards`);
    expect((await cards(coord).post(`/cards/${id}/revoke`, { reason: '' })).status).toBe(400);
    const revoked = await cards(coord).post(`/cards/${id}/revoke`, { reason: 'Wegzug aus dem Landkreis' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.state).toBe('revoked');
    expect((await t.http().get(`/api/v1/public/cards/verify?code=${verify_code}`)).body.state).toBe('revoked');
    expect((await cards(coord).post(`/cards/${id}/revoke`, { reason: 'nochmal' })).status).toBe(409);
    const audit = await t.dataSource.query(`SELECT diff FROM audit_log WHERE entity = 'card' AND action = 'update'`);
    expect(audit).toHaveLength(1);
  });

  it('a volunteer who is not eligible cannot apply and is told what is missing; nothing is written', async () => {
    const ben = await cardVolunteer(t, { firstName: 'Ben', lastName: 'Schulz', email: 'ben@example.org', minutesLastYear: 150 * 60, organisationId: tafel.id });
    await insertEntry(t, { volunteerId: ben.id, date: today(), minutes: 162 * 60, status: 'approved', organisationId: tafel.id });
    const me = cards(ben.signedIn!);
    const view = await me.get('/me/card');
    expect(view.body.eligible).toBe(false);
    expect(view.body.reasons).toEqual([{ reason: 'hours', params: { missingMinutes: 38 * 60, requiredMinutes: 200 * 60, by: `${thisYear()}-12-31` } }]);
    const before = await count(t, 'card_applications');
    const refused = await me.post('/me/card/applications', {});
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)['eligibility']).toContain('Sie erfüllen die Voraussetzungen noch nicht');
    expect(await count(t, 'card_applications')).toBe(before);
    expect(await count(t, 'card_confirmations')).toBe(2);
  });

  it('a coordinator applies on their behalf (flagged); approving against the check needs a reason and is recorded as an override', async () => {
    const [{ id: benId }] = await t.dataSource.query(`SELECT id FROM volunteers WHERE first_name = 'Ben'`);
    const created = await cards(coord).post('/cards/applications', { volunteerId: benId });
    expect(created.status).toBe(201);
    expect(created.body.flaggedNotEligible).toBe(true);
    expect(created.body.eligibilityAtSubmission.eligible).toBe(false);
    const [request] = (await mails(t, 'card-confirmation-request')).slice(-1);
    const token = linkToken(request!.body_text, 'card-confirm');
    // An expired link shows nothing and changes nothing.
    await t.dataSource.query(`UPDATE card_confirmations SET expires_at = now() - interval '1 minute' WHERE application_id = $1`, [created.body.id]);
    const expired = await t.http().post(`/api/v1/public/card-confirmations?token=${token}`).send({ confirm: true });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('TOKEN_INVALID');
    expect((await t.dataSource.query(`SELECT status FROM card_confirmations WHERE application_id = $1`, [created.body.id]))[0].status).toBe('pending');
    await t.dataSource.query(`UPDATE card_confirmations SET expires_at = now() + interval '1 day' WHERE application_id = $1`, [created.body.id]);
    expect((await t.http().post(`/api/v1/public/card-confirmations?token=${token}`).send({ confirm: true })).status).toBe(200);

    const noReason = await cards(coord).post(`/cards/applications/${created.body.id}/decision`, { approve: true });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(noReason.body)['reason']).toContain('Bitte begründen Sie die Bewilligung');
    expect(await count(t, 'cards')).toBe(1);

    const approved = await cards(coord).post(`/cards/applications/${created.body.id}/decision`, { approve: true, reason: 'Stunden aus dem Vorjahr bei der Tafel nachgewiesen' });
    expect(approved.body.status).toBe('issued');
    expect(approved.body.decision).toEqual(expect.objectContaining({ overrodeEligibility: true, reason: 'Stunden aus dem Vorjahr bei der Tafel nachgewiesen' }));
    const [audit] = await t.dataSource.query(`SELECT actor_id, diff FROM audit_log WHERE entity = 'card_application' AND entity_id = $1 AND diff::text LIKE '%overrodeEligibility%'`, [created.body.id]);
    expect(audit.actor_id).toBe(coord.userId);
    expect(JSON.stringify(audit.diff)).toContain('true');
  });

  it('rejecting needs a reason and mails it; a volunteer can withdraw their own open application, not someone else’s', async () => {
    const carla = await cardVolunteer(t, { firstName: 'Carla', lastName: 'Weber', email: 'carla@example.org', minutesLastYear: 220 * 60 });
    const mine = await cards(carla.signedIn!).post('/me/card/applications', {});
    expect(mine.body.application.status).toBe('ready_for_decision');
    const appId = mine.body.application.id;
    expect((await cards(coord).post(`/cards/applications/${appId}/decision`, { approve: false })).status).toBe(400);
    const rejected = await cards(coord).post(`/cards/applications/${appId}/decision`, { approve: false, reason: 'Wohnsitz außerhalb des Landkreises' });
    expect(rejected.body.status).toBe('rejected');
    const [mail] = (await mails(t, 'card-rejected')).filter((m) => m.recipient === 'carla@example.org');
    expect(mail!.body_text).toContain('Wohnsitz außerhalb des Landkreises');
    expect((await cards(coord).post(`/cards/applications/${appId}/decision`, { approve: true, reason: 'x' })).status).toBe(409);

    const again = await cards(carla.signedIn!).post('/me/card/applications', {});
    const otherId = again.body.application.id;
    const [{ id: annaApp }] = await t.dataSource.query(`SELECT a.id FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id WHERE v.first_name = 'Anna'`);
    expect((await cards(carla.signedIn!).post(`/me/card/applications/${annaApp}/withdraw`)).status).toBe(404);
    const withdrawn = await cards(carla.signedIn!).post(`/me/card/applications/${otherId}/withdraw`);
    expect(withdrawn.body.application).toEqual(expect.objectContaining({ status: 'withdrawn', canWithdraw: false }));
  });

  it('volunteers cannot reach the coordinators’ card endpoints', async () => {
    const dana = await cardVolunteer(t, { firstName: 'Dana', lastName: 'Roth', email: 'dana@example.org', minutesLastYear: 0 });
    expect((await cards(dana.signedIn!).get('/cards/applications')).status).toBe(403);
    expect((await cards(dana.signedIn!).get('/cards/eligibility')).status).toBe(403);
  });
});
