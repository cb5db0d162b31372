import type { PersonalDataExport, PrivacyRequestView } from '@miteinander/contracts';
import { coveredReferences, PERSONAL_DATA_SOURCES } from '@miteinander/server-privacy';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';
import { insertApplication, insertCall, validData } from './grant-fixtures';
import { addVolunteer, daysAgo, fieldErrors, insertEntry, staff, today, type TestVolunteer } from './hours-fixtures';
import { insertEvent, insertInvitation } from './event-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

/** Every column of the schema that points at a volunteer, a user account or a family/pupil. */
async function foreignKeysToPeople(t: TestApp): Promise<string[]> {
  const rows: { ref: string }[] = await t.dataSource.query(
    `SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS ref
       FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE rc.constraint_schema = 'public' AND ccu.table_name IN ('volunteers', 'users', 'beneficiaries')
      ORDER BY 1`,
  );
  return rows.map((r) => r.ref);
}

describe('DSGVO access requests (Art. 15)', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let anna: TestVolunteer;
  let other: TestVolunteer;
  let applicantId: string;

  const post = (who: SignedIn, path: string, body: object, lang = 'de') =>
    who.agent.post(`/api/v1/privacy${path}`).set('x-xsrf-token', who.csrf).set('accept-language', lang).send(body);
  const logRequest = async (body: object): Promise<PrivacyRequestView> => {
    const res = await post(coordinator, '/requests', body);
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koordination@example.org');
    anna = await addVolunteer(t, { firstName: 'Anna', lastName: 'Schäfer', email: 'anna.schaefer@example.org' });
    other = await addVolunteer(t, { firstName: 'Bernd', lastName: 'Krause', email: 'bernd@example.org' });
    await insertEntry(t, { volunteerId: anna.id, date: daysAgo(10), minutes: 120, status: 'approved' });
    await insertEntry(t, { volunteerId: anna.id, date: daysAgo(3), minutes: 45 });
    await insertEntry(t, { volunteerId: other.id, date: daysAgo(3), minutes: 60 });
    await t.dataSource.query(`INSERT INTO volunteer_consents (volunteer_id, purpose, text_version) VALUES ($1, 'placement', 'v1')`, [anna.id]);
    await insertPoliceCheck(t.dataSource, anna.id, { inspectionDate: daysAgo(30), issueDate: daysAgo(30), inspector: 'K. Richter' });
    // Found by email alone: invited before the profile existed.
    const eventId = await insertEvent(t, { startsAt: new Date(Date.now() + 20 * 86_400_000), rsvpDeadline: today() });
    await insertInvitation(t, { eventId, name: 'Anna S.', email: 'Anna.Schaefer@example.org', status: 'invited' });
    await t.dataSource.query(
      `INSERT INTO outbox (template, recipient, locale, subject, body_text, status, message_id) VALUES ('welcome', 'anna.schaefer@example.org', 'de', 'Willkommen', 'Ihr Link: /reset?token=geheim', 'sent', '<m1@test>')`,
    );
    const applicant = await createUser(t, 'verein@example.org', ['applicant']);
    applicantId = applicant.id;
    await insertApplication(t, { callId: await insertCall(t), applicantId, status: 'submitted', data: await validData(t) });
  });

  afterAll(() => t.close());

  it('covers every table that references a person: a new foreign key to volunteers, users or beneficiaries fails here until the export lists it', async () => {
    const covered = new Set(coveredReferences());
    const missing = (await foreignKeysToPeople(t)).filter((ref) => !covered.has(ref));
    expect(missing).toEqual([]);
  });

  it('refuses a request with wrong fields, naming each field in the requester’s language', async () => {
    const bad = { kind: 'gossip', subjectType: 'volunteer', subjectId: 'nope', receivedOn: '2026-02-30' };
    const de = await post(coordinator, '/requests', bad);
    expect(de.status).toBe(400);
    expect(fieldErrors(de.body)).toEqual({
      kind: 'Art der Anfrage: Dieser Wert ist nicht erlaubt.',
      subjectId: 'Person: Ungültige Kennung.',
      receivedOn: expect.stringMatching(/^Eingangsdatum: /),
    });
    const en = await post(coordinator, '/requests', { kind: 'access', subjectType: 'volunteer', subjectId: '00000000-0000-4000-8000-000000000000', receivedOn: '2999-01-01' }, 'en');
    expect(en.status).toBe(400);
    expect(fieldErrors(en.body)).toEqual({ receivedOn: 'Date received: The date lies in the future.', subjectId: 'Person: There is no such person (any more).' });
  });

  it('logs a request with its one-month deadline, lists open ones oldest deadline first, and closes them', async () => {
    const late = await logRequest({ kind: 'access', subjectType: 'volunteer', subjectId: anna.id, receivedOn: '2026-01-31', note: 'Brief vom 30.01.' });
    expect(late).toMatchObject({ kind: 'access', subjectLabel: 'Anna Schäfer', receivedOn: '2026-01-31', dueOn: '2026-02-28', status: 'open', loggedBy: 'staff', note: 'Brief vom 30.01.' });
    const early = await logRequest({ kind: 'access', subjectType: 'user', subjectId: applicantId, receivedOn: '2025-12-01' });
    const list = await coordinator.agent.get('/api/v1/privacy/requests').query({ status: 'open' });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: PrivacyRequestView) => [r.id, r.dueOn])).toEqual([[early.id, '2026-01-01'], [late.id, '2026-02-28']]);

    const closed = await post(coordinator, `/requests/${early.id}/close`, { note: 'Auskunft per Post versandt' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'done', outcome: 'Auskunft per Post versandt' });
    expect(closed.body.doneAt).not.toBeNull();
    expect((await post(coordinator, `/requests/${early.id}/close`, { note: 'nochmal' })).status).toBe(409);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'privacy_request' AND entity_id = $1 ORDER BY id`, [early.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
  });

  it('exports everything about the volunteer, found by id and by email, without secrets, and audits the read with its purpose', async () => {
    const request = await logRequest({ kind: 'access', subjectType: 'volunteer', subjectId: anna.id, receivedOn: today() });
    const res = await coordinator.agent.get(`/api/v1/privacy/requests/${request.id}/export.json`);
    expect(res.status).toBe(200);
    const data = res.body as PersonalDataExport;
    expect(data.subject).toEqual({ type: 'volunteer', id: anna.id, label: 'Anna Schäfer' });
    expect(data.tables['volunteers']!.map((v) => [v['first_name'], v['email']])).toEqual([['Anna', 'anna.schaefer@example.org']]);
    expect(data.tables['users']!.map((u) => u['email'])).toEqual(['anna.schaefer@example.org']);
    expect(data.tables['users']![0]).not.toHaveProperty('password_hash');
    expect(data.tables['hour_entries']!.map((h) => h['minutes']).sort()).toEqual([120, 45]);
    expect(data.tables['volunteer_consents']!.map((c) => c['purpose'])).toEqual(['placement']);
    expect(data.tables['police_certificate_checks']!.map((c) => c['inspector'])).toEqual(['K. Richter']);
    expect(data.tables['event_invitations']!.map((i) => i['name'])).toEqual(['Anna S.']);
    expect(data.tables['outbox']!.map((o) => o['subject'])).toEqual(['Willkommen']);
    expect(JSON.stringify(data)).not.toContain('token=geheim');
    expect(JSON.stringify(data)).not.toContain('Bernd');
    expect(data.omitted).toMatchObject({ users: ['password_hash'], auth_tokens: ['token_hash'], outbox: expect.arrayContaining(['body_text', 'html']) });
    const audit = await t.dataSource.query(`SELECT actor_id, purpose FROM audit_log WHERE action = 'read' AND entity = 'personal_data_export' AND entity_id = $1`, [anna.id]);
    expect(audit).toEqual([{ actor_id: coordinator.userId, purpose: 'access_request' }]);
  });

  it('exports an applicant’s micro-project applications with their versions', async () => {
    const request = await logRequest({ kind: 'access', subjectType: 'user', subjectId: applicantId, receivedOn: today() });
    const data = (await coordinator.agent.get(`/api/v1/privacy/requests/${request.id}/export.json`)).body as PersonalDataExport;
    expect(data.tables['grant_applications']!.map((a) => (a['data'] as { title: string }).title)).toEqual(['Nachbarschaftsfest am Muldeufer']);
    expect(data.tables['grant_application_versions']!.length).toBe(1);
  });

  it('renders the export as a German PDF', async () => {
    const request = await logRequest({ kind: 'access', subjectType: 'volunteer', subjectId: anna.id, receivedOn: today() });
    const res = await coordinator.agent.get(`/api/v1/privacy/requests/${request.id}/export.pdf`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Auskunft Anna Schäfer'));
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a volunteer download their own data, and nobody else’s', async () => {
    const own = await anna.signedIn!.agent.get('/api/v1/privacy/me/export.json');
    expect(own.status).toBe(200);
    expect(own.body.subject).toEqual({ type: 'user', id: anna.signedIn!.userId, label: 'anna.schaefer' });
    expect(own.body.tables['volunteers'].map((v: { id: string }) => v.id)).toEqual([anna.id]);
    expect(own.body.tables['hour_entries'].length).toBe(2);
    expect(JSON.stringify(own.body)).not.toContain('bernd@example.org');
    expect((await anna.signedIn!.agent.get('/api/v1/privacy/me/export.pdf')).status).toBe(200);
    expect((await anna.signedIn!.agent.get('/api/v1/privacy/requests')).status).toBe(403);
    expect((await t.http().get('/api/v1/privacy/me/export.json')).status).toBe(401);
  });

  it('includes the profile a coordinator recorded under the account’s confirmed email before the person ever opened it', async () => {
    const recorded = await addVolunteer(t, { firstName: 'Carla', lastName: 'Neu', email: 'carla.neu@example.org', account: false });
    await insertEntry(t, { volunteerId: recorded.id, date: daysAgo(2), minutes: 90, status: 'approved' });
    await createUser(t, 'Carla.Neu@example.org'.toLowerCase(), ['volunteer']);
    const carla = await signIn(t, 'carla.neu@example.org');
    const own = (await carla.agent.get('/api/v1/privacy/me/export.json').expect(200)).body as PersonalDataExport;
    expect(own.tables['volunteers']!.map((v) => v['id'])).toEqual([recorded.id]);
    expect(own.tables['hour_entries']!.map((h) => h['minutes'])).toEqual([90]);
    // Not linked by the export: the profile page still does that on the first visit.
    expect((await t.dataSource.query(`SELECT user_id FROM volunteers WHERE id = $1`, [recorded.id]))[0].user_id).toBeNull();
    // An unconfirmed address proves nothing: that account gets no one's profile.
    await t.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE email = 'carla.neu@example.org'`);
    expect(((await carla.agent.get('/api/v1/privacy/me/export.json').expect(200)).body as PersonalDataExport).tables['volunteers']).toBeUndefined();
  });

  it('logs a person’s own erasure request for the coordinators', async () => {
    const res = await post(other.signedIn!, '/me/erasure-request', { note: 'Bitte alles löschen' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'erasure', subjectType: 'user', subjectId: other.signedIn!.userId, loggedBy: 'self', status: 'open', receivedOn: today() });
  });

  it('reads only tables and columns that exist', async () => {
    for (const s of PERSONAL_DATA_SOURCES) {
      const cols: { column_name: string }[] = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [s.table]);
      const names = cols.map((c) => c.column_name);
      expect([s.table, [...s.keys, ...(s.omit ?? [])].filter((c) => !names.includes(c))]).toEqual([s.table, []]);
    }
  });
});
