import { REPORT_NAMES, type ErasureResult, type PrivacyRequestView } from '@miteinander/contracts';
import { ErasureLedger } from '@miteinander/server-privacy';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, type SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { insertEvent, insertInvitation } from './event-fixtures';
import { insertApplication, insertCall, validData } from './grant-fixtures';
import { addVolunteer, daysAgo, fieldErrors, insertEntry, staff, today, type TestVolunteer } from './hours-fixtures';
import { addSponsorships, addVolunteersWithHistory } from './report-fixtures-people';
import { municipalityId } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

const at = (days: number) => `${daysAgo(days)} 10:00`;
const inFiveYears = () => `${Number(today().slice(0, 4)) + 5}${today().slice(4)}`;

describe('DSGVO erasure (Art. 17) with the erasure ledger', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let clara: TestVolunteer;
  let sponsorshipId: string;
  let applicantId: string;
  let grimma: number;
  const period = () => ({ from: daysAgo(300), to: today() });

  const post = (path: string, body: object, lang = 'de') =>
    coordinator.agent.post(`/api/v1/privacy${path}`).set('x-xsrf-token', coordinator.csrf).set('accept-language', lang).send(body);
  const erasureRequest = async (subjectType: string, subjectId: string): Promise<PrivacyRequestView> => {
    const res = await post('/requests', { kind: 'erasure', subjectType, subjectId, receivedOn: today() });
    expect(res.status).toBe(201);
    return res.body;
  };

  /** Every report for the whole seeded period (and for Grimma), as JSON without the time it was made. */
  const allReports = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const name of REPORT_NAMES) {
      for (const query of [period(), { ...period(), municipalityId: grimma }]) {
        const res = await coordinator.agent.get(`/api/v1/reports/${name}`).query(query);
        expect([name, res.status]).toEqual([name, 200]);
        const { generatedAt: _, ...rest } = res.body;
        out.push(JSON.stringify(rest));
      }
    }
    const rollups = await t.dataSource.query(
      `SELECT (SELECT json_agg(x ORDER BY x::text) FROM hour_day_totals x) AS d, (SELECT json_agg(x ORDER BY x::text) FROM hour_month_totals x) AS m,
              (SELECT json_agg(x ORDER BY x::text) FROM hour_volunteer_months x) AS v`,
    );
    out.push(JSON.stringify(rollups));
    return out;
  };

  /** Where in the database a text still appears (the append-only audit trail aside). */
  const tablesContaining = async (text: string): Promise<string[]> => {
    const tables: { tablename: string }[] = await t.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'audit_log') ORDER BY 1`,
    );
    const hits: { tbl: string }[] = await t.dataSource.query(
      tables.map((x) => `SELECT '${x.tablename}' AS tbl FROM "${x.tablename}" t WHERE to_jsonb(t)::text ILIKE '%' || $1 || '%'`).join(' UNION ') ,
      [text],
    );
    return hits.map((h) => h.tbl).sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    grimma = await municipalityId(t, 'Grimma');
    coordinator = await staff(t, 'koordination@example.org');
    // Others, so the reports have figures besides Clara's.
    const others = await addVolunteersWithHistory(t, 4, grimma, [['interested', at(250)], ['active', at(200)]]);
    for (const v of others) await insertEntry(t, { volunteerId: v, date: daysAgo(100), minutes: 60, status: 'approved' });

    clara = await addVolunteer(t, { firstName: 'Clara', lastName: 'Neumann', email: 'clara.neumann@example.org', municipalityId: grimma });
    await t.dataSource.query(`UPDATE volunteers SET phone = '0176 5551234', date_of_birth = '1990-04-01', notes = 'Clara spricht Arabisch', gender = 'female' WHERE id = $1`, [clara.id]);
    await t.dataSource.query(
      `INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_at)
       VALUES ($1, NULL, 'interested', 'Anruf von Clara Neumann', $2::timestamp AT TIME ZONE 'Europe/Berlin'), ($1, 'interested', 'active', 'Gespräch mit Clara', $3::timestamp AT TIME ZONE 'Europe/Berlin')`,
      [clara.id, at(240), at(180)],
    );
    await insertEntry(t, { volunteerId: clara.id, date: daysAgo(90), minutes: 120, status: 'approved', activity: 'Clara begleitet zum Amt' });
    await insertEntry(t, { volunteerId: clara.id, date: daysAgo(60), minutes: 45, status: 'approved' });
    await insertEntry(t, { volunteerId: clara.id, date: daysAgo(5), minutes: 30 });
    await t.dataSource.query(`INSERT INTO volunteer_consents (volunteer_id, purpose, text_version) VALUES ($1, 'placement', 'v1'), ($1, 'photos', 'v1')`, [clara.id]);
    await insertPoliceCheck(t.dataSource, clara.id, { inspectionDate: daysAgo(170), issueDate: daysAgo(170), inspector: 'K. Richter' });
    [sponsorshipId] = await addSponsorships(t, {
      n: 1,
      kind: 'family',
      municipalityId: grimma,
      requestedAt: at(160),
      transitions: [['inquiry', at(160)], ['ready_to_match', at(150)], ['match_proposed', at(140)], ['intro_meeting', at(130)], ['trial', at(120)], ['active', at(70)]],
      trialStart: daysAgo(120),
      volunteerId: clara.id,
    });
    await t.dataSource.query(`UPDATE beneficiaries SET name = 'Familie Haddad', phone = '0341 998877', address = 'Lindenweg 3, Grimma', contact_person = 'Samir Haddad' WHERE id = (SELECT beneficiary_id FROM sponsorships WHERE id = $1)`, [sponsorshipId]);
    await t.dataSource.query(`INSERT INTO sponsorship_check_ins (sponsorship_id, kind, held_on, mood, note) VALUES ($1, 'regular', $2, 'good', 'Clara und Familie Haddad waren im Zoo')`, [sponsorshipId, daysAgo(30)]);
    const [card] = await t.dataSource.query(
      `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, decided_at, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at, note)
       VALUES ($1, (SELECT id FROM card_rule_sets ORDER BY code, version LIMIT 1), 'issued', now() - interval '50 days', now() - interval '40 days', '{}'::jsonb, false, md5(random()::text), now() + interval '90 days', 'Clara hat angerufen')
       RETURNING id`,
      [clara.id],
    );
    await t.dataSource.query(
      `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, issued_at) VALUES ($1, $2, 'ehrenamtskarte', 'EK-2026-0001', $3, NULL, 'VERIFY1', now() - interval '40 days')`,
      [card.id, clara.id, daysAgo(40)],
    );
    const eventId = await insertEvent(t, { startsAt: new Date(Date.now() - 20 * 86_400_000), rsvpDeadline: daysAgo(30), status: 'invited' });
    const invitationId = await insertInvitation(t, { eventId, name: 'Clara Neumann', email: 'clara.neumann@example.org', status: 'accepted', volunteerId: clara.id });
    await t.dataSource.query(`UPDATE event_invitations SET checked_in_at = now() - interval '20 days', dietary_needs = 'vegan' WHERE id = $1`, [invitationId]);
    await t.dataSource.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES (md5(random()::text), $1, 'rsvp')`, [invitationId]);
    await t.dataSource.query(`INSERT INTO outbox (template, recipient, locale, subject, body_text, status, message_id) VALUES ('welcome', 'clara.neumann@example.org', 'de', 'Willkommen Clara', 'Hallo Clara', 'sent', '<c1@test>')`);

    applicantId = (await createUser(t, 'verein@example.org', ['applicant'])).id;
    const callId = await insertCall(t);
    await insertApplication(t, { callId, applicantId, status: 'approved', approvedCents: 150_000, data: await validData(t, { contactPhone: '0170 1112223' }) });
    await insertApplication(t, { callId, applicantId, status: 'draft', data: await validData(t, { title: 'Entwurf' }) });
  });

  afterAll(() => t.close());

  it('refuses an erasure whose confirmation name does not match, in the requester’s language', async () => {
    const request = await erasureRequest('volunteer', clara.id);
    const de = await post(`/requests/${request.id}/erase`, { confirmName: 'Clara' });
    expect(de.status).toBe(400);
    expect(fieldErrors(de.body)).toEqual({ confirmName: 'Name zur Bestätigung: Stimmt nicht mit dem Namen der Person überein.' });
    const en = await post(`/requests/${request.id}/erase`, {}, 'en');
    expect(fieldErrors(en.body)).toEqual({ confirmName: 'Name to confirm: Please fill this in.' });
    expect((await t.dataSource.query(`SELECT first_name FROM volunteers WHERE id = $1`, [clara.id]))[0].first_name).toBe('Clara');
  });

  it('erases a volunteer: every personal field and link gone, every report figure unchanged, and the ledger makes a restored copy forget her again', async () => {
    const saved = {
      user: (await t.dataSource.query(`SELECT to_jsonb(u) AS row FROM users u WHERE id = $1`, [clara.signedIn!.userId]))[0].row,
      volunteer: (await t.dataSource.query(`SELECT to_jsonb(v) AS row FROM volunteers v WHERE id = $1`, [clara.id]))[0].row,
      consents: (await t.dataSource.query(`SELECT to_jsonb(c) AS row FROM volunteer_consents c WHERE volunteer_id = $1`, [clara.id])).map((r: { row: unknown }) => r.row),
      police: (await t.dataSource.query(`SELECT to_jsonb(c) AS row FROM police_certificate_checks c WHERE volunteer_id = $1`, [clara.id])).map((r: { row: unknown }) => r.row),
    };
    expect(await tablesContaining('Clara')).toEqual(expect.arrayContaining(['volunteers', 'hour_entries', 'event_invitations', 'outbox', 'sponsorship_check_ins']));
    const before = await allReports();

    const request = await erasureRequest('volunteer', clara.id);
    const res = await post(`/requests/${request.id}/erase`, { confirmName: 'Clara Neumann' });
    expect(res.status).toBe(200);
    const result = res.body as ErasureResult;
    expect(result.erased).toMatchObject({ volunteers: 1, users: 1, volunteer_consents: 2, police_certificate_checks: 1, hour_entries: 3, event_invitations: 1, outbox: 1, sessions: 1 });
    expect(result.kept).toEqual([]);

    expect(await allReports()).toEqual(before);
    expect(await tablesContaining('Clara')).toEqual([]);
    expect(await tablesContaining('Neumann')).toEqual([]);
    expect(await tablesContaining('0176 5551234')).toEqual([]);
    const [shell] = await t.dataSource.query(`SELECT first_name, last_name, email, phone, date_of_birth, notes, user_id, status FROM volunteers WHERE id = $1`, [clara.id]);
    expect(shell).toEqual({ first_name: 'gelöscht', last_name: 'gelöscht', email: null, phone: null, date_of_birth: null, notes: null, user_id: null, status: 'active' });
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM users WHERE id = $2) AS users, (SELECT count(*)::int FROM sessions WHERE user_id = $2) AS sessions,
              (SELECT count(*)::int FROM volunteer_consents WHERE volunteer_id = $1) AS consents, (SELECT count(*)::int FROM police_certificate_checks WHERE volunteer_id = $1) AS police,
              (SELECT sum(minutes)::int FROM hour_entries WHERE volunteer_id = $1) AS minutes, (SELECT count(*)::int FROM cards WHERE volunteer_id = $1) AS cards,
              (SELECT count(*)::int FROM event_invitation_tokens) AS tokens`,
      [clara.id, clara.signedIn!.userId],
    );
    expect(counts).toEqual({ users: 0, sessions: 0, consents: 0, police: 0, minutes: 195, cards: 1, tokens: 0 });
    expect((await clara.signedIn!.agent.get('/api/v1/privacy/me/export.json')).status).toBe(401);
    expect((await coordinator.agent.get(`/api/v1/privacy/requests/${request.id}`)).body).toMatchObject({ status: 'done', subjectId: null, subjectLabel: 'gelöscht' });
    expect(await t.dataSource.query(`SELECT subject_type, subject_id FROM erasure_ledger ORDER BY 1`)).toEqual([
      { subject_type: 'user', subject_id: clara.signedIn!.userId },
      { subject_type: 'volunteer', subject_id: clara.id },
    ]);

    // A backup from before the erasure is restored: her rows are back …
    await t.dataSource.query(`INSERT INTO users SELECT * FROM jsonb_populate_record(NULL::users, $1)`, [saved.user]);
    await t.dataSource.query(
      `UPDATE volunteers v SET first_name = r.first_name, last_name = r.last_name, email = r.email, phone = r.phone, date_of_birth = r.date_of_birth, notes = r.notes, user_id = r.user_id
         FROM jsonb_populate_record(NULL::volunteers, $1) r WHERE v.id = r.id`,
      [saved.volunteer],
    );
    await t.dataSource.query(`INSERT INTO volunteer_consents OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_recordset(NULL::volunteer_consents, $1)`, [JSON.stringify(saved.consents)]);
    await t.dataSource.query(`INSERT INTO police_certificate_checks SELECT * FROM jsonb_populate_recordset(NULL::police_certificate_checks, $1)`, [JSON.stringify(saved.police)]);
    expect(await tablesContaining('Neumann')).toEqual(['users', 'volunteers']);

    // … and the start-up re-apply forgets her again, twice over without harm.
    await t.app.get(ErasureLedger).reapply();
    await t.app.get(ErasureLedger).reapply();
    expect(await tablesContaining('Neumann')).toEqual([]);
    expect(await tablesContaining('clara.neumann@example.org')).toEqual([]);
    const [again] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM users WHERE id = $2) AS users, (SELECT count(*)::int FROM volunteer_consents WHERE volunteer_id = $1) AS consents,
              (SELECT count(*)::int FROM police_certificate_checks WHERE volunteer_id = $1) AS police`,
      [clara.id, clara.signedIn!.userId],
    );
    expect(again).toEqual({ users: 0, consents: 0, police: 0 });
    expect(await allReports()).toEqual(before);
  });

  it('erases a family: names and contact data gone, the sponsorship figures unchanged', async () => {
    const [{ beneficiary_id: familyId }] = await t.dataSource.query(`SELECT beneficiary_id FROM sponsorships WHERE id = $1`, [sponsorshipId]);
    const before = await allReports();
    const request = await erasureRequest('beneficiary', familyId);
    const res = await post(`/requests/${request.id}/erase`, { confirmName: 'Familie Haddad' });
    expect(res.status).toBe(200);
    expect(res.body.erased).toMatchObject({ beneficiaries: 1, sponsorships: 1 });
    expect(await allReports()).toEqual(before);
    expect(await tablesContaining('Haddad')).toEqual([]);
    expect(await tablesContaining('Lindenweg')).toEqual([]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM sponsorships WHERE beneficiary_id = $1 AND state = 'active'`, [familyId]))[0].n).toBe(1);
  });

  it('keeps micro-project records under the retention duty and says until when; the draft and the account’s personal data go', async () => {
    const before = await allReports();
    const request = await erasureRequest('user', applicantId);
    const res = await post(`/requests/${request.id}/erase`, { confirmName: 'verein' });
    expect(res.status).toBe(200);
    expect(res.body.kept).toEqual([{ table: 'grant_applications', count: 1, until: inFiveYears() }]);
    expect(await allReports()).toEqual(before);
    const apps = await t.dataSource.query(`SELECT status, data->>'contactPhone' AS phone FROM grant_applications WHERE applicant_id = $1`, [applicantId]);
    expect(apps).toEqual([{ status: 'approved', phone: '0170 1112223' }]);
    const [account] = await t.dataSource.query(`SELECT email, display_name, password_hash, active FROM users WHERE id = $1`, [applicantId]);
    expect(account).toEqual({ email: `geloescht-${applicantId}@invalid`, display_name: 'gelöscht', password_hash: null, active: false });
    expect((await t.http().post('/api/v1/auth/login').send({ email: 'verein@example.org', password: 'Lange-Testphase-2026' })).status).toBe(401);
  });
});
