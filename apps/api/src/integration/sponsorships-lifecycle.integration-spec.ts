import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';
import { daysAgo, staff, today } from './hours-fixtures';
import { api, backdate, familyRequest, fieldErrors, readyVolunteer, toTrial } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

describe('sponsorships from first inquiry to closing', () => {
  let t: TestApp;
  let coord: SignedIn;
  let c: ReturnType<typeof api>;
  const count = async (table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    c = api(coord);
  });
  afterAll(() => t.close());

  it('follows a family sponsorship through every step, timestamped, attributed and shown as a timeline', async () => {
    const v = await readyVolunteer(t, 'lena.pate@example.org', { certificate: true });
    const created = await c.create(await familyRequest(t));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'inquiry', kind: 'family', involvesMinors: true, allowedNext: ['intake', 'closed'], waitingDays: 0, coordinator: { name: 'koordination' } });
    const id = created.body.id;
    await toTrial(t, c, id, v.id, daysAgo(50));
    const review = await c.checkIn(id, { date: daysAgo(8), mood: 'good', note: 'Treffen jede Woche, Kinder freuen sich', nextStep: 'Sprachkurs suchen' });
    expect(review.status).toBe(201);
    expect(review.body.checkIns[0]).toMatchObject({ kind: 'trial_review', mood: 'good', recordedBy: 'koordination' });
    const active = await c.move(id, { to: 'active' });
    expect(active.status).toBe(200);
    expect((await c.move(id, { to: 'closing' })).status).toBe(200);
    const closed = await c.move(id, { to: 'closed', endDate: today(), endReason: 'goal_reached', closingNote: 'Familie kommt gut zurecht' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', endReason: 'goal_reached', endDate: today(), closingNote: 'Familie kommt gut zurecht', nextCheckInDue: null, allowedNext: [] });
    expect(closed.body.transitions.map((s: { to: string }) => s.to)).toEqual(['inquiry', 'intake', 'ready_to_match', 'match_proposed', 'intro_meeting', 'trial', 'active', 'closing', 'closed']);
    expect(closed.body.transitions.every((s: { byName: string; at: string }) => s.byName === 'koordination' && !Number.isNaN(Date.parse(s.at)))).toBe(true);
    expect(closed.body.transitions[3].volunteer).toEqual({ id: v.id, name: 'Lena lena.pate' });

    const again = await c.rematch(id);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ state: 'ready_to_match', name: 'Familie Haddad', rematchOf: id, volunteer: null, childrenAges: [7] });
    // A double click does not make a second request.
    expect((await c.rematch(id)).body.id).toBe(again.body.id);
    expect((await c.get(`/${id}`)).body.rematchedAs).toBe(again.body.id);
  });

  it('audits every staff read of a family record, and keeps the family data itself out of the audit trail', async () => {
    const id = (await c.create(await familyRequest(t, { name: 'Familie Audit', notes: 'Vater krank' }))).body.id;
    await c.get(`/${id}`);
    const reads = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity = 'sponsorship' AND entity_id = $1`, [id]);
    expect(reads).toEqual([{ actor_id: coord.userId }]);
    const [created] = await t.dataSource.query(`SELECT diff FROM audit_log WHERE action = 'create' AND entity = 'beneficiary' ORDER BY id DESC LIMIT 1`);
    expect(created.diff.name).toEqual(['***', '***']);
    expect(created.diff.notes).toEqual(['***', '***']);
    expect(JSON.stringify(created.diff)).not.toMatch(/Audit|Vater|5550123/);
  });

  it('refuses an illegal move with 409, naming the allowed next states in words, and writes nothing', async () => {
    const { body } = await c.create(await familyRequest(t));
    const before = await count('sponsorship_transitions');
    const res = await c.move(body.id, { to: 'active' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: 'Dieser Schritt ist jetzt nicht möglich. Möglich ist: Erstgespräch, Beendet.', allowedNext: ['intake', 'closed'] });
    expect((await api(coord, 'en').move(body.id, { to: 'trial' })).body.message).toBe('This step is not possible now. Possible: Intake, Closed.');
    expect(await count('sponsorship_transitions')).toBe(before);
    expect((await c.get(`/${body.id}`)).body.state).toBe('inquiry');
    const unknown = await c.move(body.id, { to: 'finished' });
    expect(fieldErrors(unknown.body)).toEqual({ to: 'Nächster Schritt: Dieser Wert ist nicht erlaubt.' });
  });

  it('refuses a proposal without a volunteer, a volunteer beyond capacity, and minors without a valid certificate record', async () => {
    const full = await readyVolunteer(t, 'voll@example.org', { certificate: true, capacity: 1 });
    const noCertificate = await readyVolunteer(t, 'ohne-zeugnis@example.org', { capacity: 2 });
    const first = (await c.create(await familyRequest(t))).body.id;
    const second = (await c.create(await familyRequest(t, { name: 'Familie Nouri' }))).body.id;
    for (const id of [first, second]) {
      await c.move(id, { to: 'intake' });
      await c.move(id, { to: 'ready_to_match' });
    }
    const before = await count('sponsorship_transitions');
    const none = await c.move(first, { to: 'match_proposed' });
    expect(none.status).toBe(400);
    expect(fieldErrors(none.body)).toEqual({ volunteerId: 'Ehrenamtliche Person: Bitte eine freiwillige Person auswählen.' });
    const withoutCertificate = await c.move(first, { to: 'match_proposed', volunteerId: noCertificate.id });
    expect(fieldErrors(withoutCertificate.body)).toEqual({
      volunteerId: 'Ehrenamtliche Person: Bei Minderjährigen ist ein eingesehenes erweitertes Führungszeugnis nötig; für diese Person ist keines erfasst.',
    });
    expect(await count('sponsorship_transitions')).toBe(before);

    expect((await c.move(first, { to: 'match_proposed', volunteerId: full.id })).status).toBe(200);
    const beyond = await c.move(second, { to: 'match_proposed', volunteerId: full.id });
    expect(beyond.status).toBe(400);
    expect(fieldErrors(beyond.body)).toEqual({ volunteerId: 'Ehrenamtliche Person: Diese Person hat schon so viele Patenschaften, wie sie übernehmen möchte (1).' });
    expect((await c.get(`/${second}`)).body).toMatchObject({ state: 'ready_to_match', volunteer: null });

    // A family of adults only needs no certificate.
    const adults = (await c.create(await familyRequest(t, { name: 'Familie Said', childrenAges: [], guardianConsent: null }))).body.id;
    await c.move(adults, { to: 'intake' });
    await c.move(adults, { to: 'ready_to_match' });
    expect((await c.move(adults, { to: 'match_proposed', volunteerId: noCertificate.id })).status).toBe(200);
    // Adding a child afterwards is refused while the volunteer has no certificate.
    const child = await c.patch(adults, { childrenAges: [4] });
    expect(child.status).toBe(400);
    expect(Object.keys(fieldErrors(child.body))).toEqual(['childrenAges']);
    expect((await c.get(`/${adults}`)).body).toMatchObject({ childrenAges: [], involvesMinors: false });
  });

  it('two proposals for the last place at the same time: exactly one wins', async () => {
    const v = await readyVolunteer(t, 'begehrt@example.org', { certificate: true, capacity: 1 });
    const ids: string[] = [];
    for (const name of ['Familie Eins', 'Familie Zwei', 'Familie Drei']) {
      const id = (await c.create(await familyRequest(t, { name }))).body.id;
      await c.move(id, { to: 'intake' });
      await c.move(id, { to: 'ready_to_match' });
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => c.move(id, { to: 'match_proposed', volunteerId: v.id })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM sponsorships WHERE volunteer_id = $1`, [v.id]);
    expect(n).toBe(1);
  });

  it('a declined proposal goes back to the waiting list with the reason in the timeline', async () => {
    const v = await readyVolunteer(t, 'absage@example.org', { certificate: true });
    const id = (await c.create(await familyRequest(t))).body.id;
    await c.move(id, { to: 'intake' });
    await c.move(id, { to: 'ready_to_match' });
    await c.move(id, { to: 'match_proposed', volunteerId: v.id });
    const noReason = await c.move(id, { to: 'ready_to_match' });
    expect(fieldErrors(noReason.body)).toEqual({ reason: 'Begründung: Bitte ausfüllen.' });
    // The volunteer declines from their own page.
    const declined = await v.signedIn!.agent.post(`/api/v1/sponsorships/mine/${id}/decline`).set('x-xsrf-token', v.signedIn!.csrf).send({ reason: 'Zu weit weg' });
    expect(declined.status).toBe(200);
    expect(declined.body).toEqual([]);
    const after = (await c.get(`/${id}`)).body;
    expect(after).toMatchObject({ state: 'ready_to_match', volunteer: null });
    expect(after.transitions.at(-1)).toMatchObject({ from: 'match_proposed', to: 'ready_to_match', reason: 'Zu weit weg', volunteer: { id: v.id }, byName: 'absage' });
  });

  it("finds a coordinator-recorded volunteer's proposal on their first visit after signing up", async () => {
    const [{ id: volunteerId }] = await t.dataSource.query(
      `INSERT INTO volunteers (first_name, last_name, email, status) VALUES ('Neu', 'Angemeldet', 'neu@example.org', 'active') RETURNING id`,
    );
    await insertPoliceCheck(t.dataSource, volunteerId, { inspectionDate: daysAgo(3), issueDate: daysAgo(3) });
    const id = (await c.create(await familyRequest(t, { name: 'Familie Erstbesuch' }))).body.id;
    for (const body of [{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId }]) expect((await c.move(id, body)).status).toBe(200);
    await createUser(t, 'neu@example.org', ['volunteer']);
    const neu = await signIn(t, 'neu@example.org');
    const mine = await neu.agent.get('/api/v1/sponsorships/mine');
    expect(mine.body).toEqual([expect.objectContaining({ id, state: 'match_proposed', canDecline: true, contact: null })]);
    // Someone else's proposal cannot be declined: it is not found.
    const stranger = await readyVolunteer(t, 'fremde@example.org');
    expect((await stranger.signedIn!.agent.post(`/api/v1/sponsorships/mine/${id}/decline`).set('x-xsrf-token', stranger.signedIn!.csrf).send({ reason: 'x' })).status).toBe(404);
  });

  it('refuses check-ins before the trial start or in the future, and closing without a reason', async () => {
    const v = await readyVolunteer(t, 'gespraech@example.org', { certificate: true });
    const id = (await c.create(await familyRequest(t))).body.id;
    const early = await c.checkIn(id, { date: today(), mood: 'good', note: 'x' });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('Das ist in der Phase „Anfrage“ nicht möglich.');
    await toTrial(t, c, id, v.id, daysAgo(20));
    const before = await count('sponsorship_check_ins');
    const beforeStart = await c.checkIn(id, { date: daysAgo(21), mood: 'okay', note: 'Telefonat' });
    expect(beforeStart.status).toBe(400);
    expect(fieldErrors(beforeStart.body)).toEqual({ date: 'Datum: Das Gespräch kann nicht vor dem Beginn der Probephase liegen.' });
    const future = await c.checkIn(id, { date: '2999-01-01', mood: 'difficult', note: 'x' });
    expect(Object.keys(fieldErrors(future.body))).toEqual(['date']);
    const badMood = await c.checkIn(id, { date: today(), mood: 'great', note: '' });
    expect(Object.keys(fieldErrors(badMood.body)).sort()).toEqual(['mood', 'note']);
    expect(await count('sponsorship_check_ins')).toBe(before);

    expect((await c.move(id, { to: 'closing' })).status).toBe(200);
    const noReason = await c.move(id, { to: 'closed', endDate: today() });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(noReason.body)).toEqual({ endReason: 'Grund für das Ende: Bitte ausfüllen.' });
    const unknownReason = await c.move(id, { to: 'closed', endDate: today(), endReason: 'bored' });
    expect(Object.keys(fieldErrors(unknownReason.body))).toEqual(['endReason']);
    expect((await c.get(`/${id}`)).body.state).toBe('closing');
  });

  it('refuses a learning request for a pupil under 18 without the guardian consent, and writes nothing', async () => {
    const pupil = { age: 12, grade: 6, schoolType: 'oberschule', subjects: ['math', 'german'], schoolContact: 'Frau Lehmann, Oberschule Grimma' };
    const body = await familyRequest(t, { kind: 'learning', name: 'Amina H.', adults: undefined, childrenAges: undefined, guardianConsent: undefined, pupil });
    const before = await count('beneficiaries');
    const res = await c.create(body);
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({ guardianConsent: 'Einwilligung der Sorgeberechtigten: Für Minderjährige wird die Einwilligung der Sorgeberechtigten benötigt (Name und Datum).' });
    expect(await count('beneficiaries')).toBe(before);
    const ok = await c.create({ ...body, guardianConsent: { givenBy: 'Samira H.', date: daysAgo(1) } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'learning', involvesMinors: true, pupil: { grade: 6, subjects: ['math', 'german'] } });
    // Removing the consent later is refused too.
    expect(Object.keys(fieldErrors((await c.patch(ok.body.id, { guardianConsent: null })).body))).toEqual(['guardianConsent']);
    // A family's request without the household, and a name set to null, are refused by field.
    const bad = await c.create({ ...(await familyRequest(t)), adults: undefined, municipalityId: 99999 });
    expect(Object.keys(fieldErrors(bad.body))).toEqual(['adults']);
    expect(Object.keys(fieldErrors((await c.patch(ok.body.id, { name: null })).body))).toEqual(['name']);
  });

  it('shows the family contact to the volunteer only after both sides agreed, and audits that read', async () => {
    const v = await readyVolunteer(t, 'kontakt@example.org', { certificate: true });
    const id = (await c.create(await familyRequest(t))).body.id;
    await backdate(t, id, 90);
    for (const body of [{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: v.id }, { to: 'intro_meeting', introMeetingDate: daysAgo(5) }]) await c.move(id, body);
    const mine = () => v.signedIn!.agent.get('/api/v1/sponsorships/mine').then((r) => r.body.find((s: { id: string }) => s.id === id));
    expect(await mine()).toMatchObject({ state: 'intro_meeting', contact: null, canDecline: false, canLogHours: true });
    await c.move(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(4) });
    expect(await mine()).toMatchObject({ state: 'trial', contact: { phone: '0176 5550123', address: 'Lange Straße 3, 04668 Grimma' }, nextCheckInDue: expect.any(String) });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity = 'sponsorship_contact' AND entity_id = $1`, [id]);
    expect(n).toBe(1);
    // Hours against the sponsorship; never against someone else's, nor before the intro meeting.
    const logHours = (volunteer: typeof v, sponsorshipId: string) =>
      volunteer.signedIn!.agent.post('/api/v1/hours').set('x-xsrf-token', volunteer.signedIn!.csrf).send({ activityDate: daysAgo(1), minutes: 90, activity: 'sponsorship_meeting', sponsorshipId });
    const logged = await logHours(v, id);
    expect(logged.status).toBe(201);
    expect(logged.body.sponsorshipId).toBe(id);
    const other = await readyVolunteer(t, 'fremd@example.org', { certificate: true });
    const foreign = await logHours(other, id);
    expect(fieldErrors(foreign.body)).toEqual({ sponsorshipId: 'Patenschaft: Diese Patenschaft gehört nicht zu dieser Person.' });
    const waiting = (await c.create(await familyRequest(t, { name: 'Familie Wartend' }))).body.id;
    await c.move(waiting, { to: 'intake' });
    await c.move(waiting, { to: 'ready_to_match' });
    await c.move(waiting, { to: 'match_proposed', volunteerId: other.id });
    expect(Object.keys(fieldErrors((await logHours(other, waiting)).body))).toEqual(['sponsorshipId']);
    const [{ n: entries }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM hour_entries WHERE sponsorship_id IS NOT NULL`);
    expect(entries).toBe(1);
    // Coordinators only: the volunteer cannot read the whole record.
    expect((await v.signedIn!.agent.get(`/api/v1/sponsorships/${id}`)).status).toBe(403);
  });
});
