import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { linkToken, sentMailTo, type SignedIn } from '../test-support/people';
import { addOrganisation, addVolunteer, daysAgo, fieldErrors, insertEntry, staff, today, type TestVolunteer } from './hours-fixtures';

describe('approving hours', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let anna: TestVolunteer;
  let ben: TestVolunteer;
  let tafel: { id: string; contactIds: string[] };
  let kirche: { id: string; contactIds: string[] };

  const decide = (who: SignedIn, body: object) => who.agent.post('/api/v1/hours/decisions').set('x-xsrf-token', who.csrf).send(body);
  const statusOf = async (id: string) => (await t.dataSource.query(`SELECT status FROM hour_entries WHERE id = $1`, [id]))[0].status;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koord.freigabe@example.org');
    tafel = await addOrganisation(t, 'Tafel Borna', [{ name: 'Frau Krause', email: 'krause@tafel.example.org' }]);
    kirche = await addOrganisation(t, 'Kirchgemeinde Grimma', [{ name: 'Pfarrer Lehmann', email: 'lehmann@kirche.example.org' }]);
    const [{ id: muni }] = await t.dataSource.query(`INSERT INTO municipalities (name, kind) VALUES ('Borna', 'town') RETURNING id`);
    anna = await addVolunteer(t, { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.freigabe@example.org', organisations: [tafel.id], municipalityId: muni });
    ben = await addVolunteer(t, { firstName: 'Ben', lastName: 'Albrecht', email: 'ben.freigabe@example.org', organisations: [kirche.id] });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM hour_entries`);
    await t.dataSource.query(`DELETE FROM outbox`);
    await t.dataSource.query(`DELETE FROM organisation_approval_links`);
  });

  it('shows the queue of waiting entries with names, filtered, sorted and paginated', async () => {
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel.id, date: daysAgo(5), minutes: 60 });
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel.id, date: daysAgo(1), minutes: 120 });
    await insertEntry(t, { volunteerId: ben.id, organisationId: kirche.id, date: daysAgo(3), minutes: 30 });
    await insertEntry(t, { volunteerId: ben.id, organisationId: kirche.id, date: daysAgo(2), minutes: 45, status: 'approved' });
    const queue = await coordinator.agent.get('/api/v1/hours').query({ status: 'submitted', sort: 'activityDate', direction: 'asc' });
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBe(3);
    expect(queue.body.items.map((e: { volunteerName: string; organisationName: string; minutes: number }) => [e.volunteerName, e.organisationName, e.minutes])).toEqual([
      ['Anna Schmidt', 'Tafel Borna', 60],
      ['Ben Albrecht', 'Kirchgemeinde Grimma', 30],
      ['Anna Schmidt', 'Tafel Borna', 120],
    ]);
    const page2 = await coordinator.agent.get('/api/v1/hours').query({ sort: 'minutes', direction: 'desc', pageSize: 2, page: 2 });
    expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page2.body.items.map((e: { minutes: number }) => e.minutes)).toEqual([45, 30]);
    const byVolunteer = await coordinator.agent.get('/api/v1/hours').query({ sort: 'volunteer', direction: 'asc' });
    expect(byVolunteer.body.items[0].volunteerName).toBe('Ben Albrecht');
    const filtered = await coordinator.agent.get('/api/v1/hours').query({ organisationId: kirche.id, from: daysAgo(3), to: daysAgo(3) });
    expect(filtered.body.items.map((e: { minutes: number }) => e.minutes)).toEqual([30]);
    const [{ municipality_id }] = await t.dataSource.query(`SELECT municipality_id FROM volunteers WHERE id = $1`, [anna.id]);
    expect((await coordinator.agent.get('/api/v1/hours').query({ municipalityId: municipality_id })).body.total).toBe(2);
    const bad = await coordinator.agent.get('/api/v1/hours').query({ sort: 'note; DROP TABLE hour_entries', from: 'gestern' });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldErrors(bad.body)).sort()).toEqual(['from', 'sort']);
  });

  it('approves one by one and in bulk, records the coordinator as decider and audits each decision', async () => {
    const one = await insertEntry(t, { volunteerId: anna.id, date: daysAgo(3), minutes: 60 });
    const two = await insertEntry(t, { volunteerId: anna.id, date: daysAgo(2), minutes: 60 });
    const three = await insertEntry(t, { volunteerId: ben.id, date: daysAgo(2), minutes: 60 });
    expect((await decide(coordinator, { ids: [one], decision: 'approve' })).body).toEqual({ approved: 1, rejected: 0, skipped: 0 });
    // The already approved entry is skipped, not decided twice.
    expect((await decide(coordinator, { ids: [one, two, three], decision: 'approve' })).body).toEqual({ approved: 2, rejected: 0, skipped: 1 });
    const rows = await t.dataSource.query(`SELECT status, decided_by_user, decided_by_contact, decided_at FROM hour_entries ORDER BY activity_date`);
    for (const r of rows) expect(r).toMatchObject({ status: 'approved', decided_by_user: coordinator.userId, decided_by_contact: null });
    const audit = await t.dataSource.query(`SELECT actor_id, entity_id, diff FROM audit_log WHERE entity = 'hour_entry' AND action = 'update' ORDER BY id`);
    expect(audit.map((a: { entity_id: string }) => a.entity_id).sort()).toEqual([one, two, three].sort());
    expect(audit[0].actor_id).toBe(coordinator.userId);
    expect(audit[0].diff.status).toEqual(['submitted', 'approved']);
    expect(audit[0].diff.decidedByUser).toEqual([null, coordinator.userId]);
    const view = (await anna.signedIn!.agent.get('/api/v1/hours/mine')).body.items[0];
    expect(view).toMatchObject({ status: 'approved', decidedBy: 'koord.freigabe' });
  });

  it('needs a reason to reject, and emails the volunteer the reason in the same transaction', async () => {
    const a = await insertEntry(t, { volunteerId: anna.id, date: '2026-01-05', minutes: 90, activity: 'Begleitung zum Jobcenter' });
    const b = await insertEntry(t, { volunteerId: anna.id, date: '2026-01-06', minutes: 30, activity: 'Sprachcafé' });
    const noReason = await decide(coordinator, { ids: [a, b], decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(noReason.body)['reason']).toBe('Begründung: Bitte ausfüllen.');
    expect(await statusOf(a)).toBe('submitted');
    const rejected = await decide(coordinator, { ids: [a, b], decision: 'reject', reason: 'Bitte die Einsatzstelle angeben.' });
    expect(rejected.body).toEqual({ approved: 0, rejected: 2, skipped: 0 });
    expect((await t.dataSource.query(`SELECT rejection_reason FROM hour_entries WHERE id = $1`, [a]))[0].rejection_reason).toBe('Bitte die Einsatzstelle angeben.');
    const mail = await sentMailTo(t, 'anna.freigabe@example.org');
    expect(mail.subject).toBe('Stunden nicht bestätigt');
    expect(mail.body_text).toContain('• 05.01.2026: Begleitung zum Jobcenter (1,5 h)\n• 06.01.2026: Sprachcafé (0,5 h)');
    expect(mail.body_text).toContain('Begründung: Bitte die Einsatzstelle angeben.');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox`))[0].n).toBe(1);
  });

  it('decides only entries still waiting when two coordinators decide at once', async () => {
    const other = await staff(t, 'koord.zwei@example.org');
    const ids = await Promise.all([1, 2, 3, 4].map((i) => insertEntry(t, { volunteerId: ben.id, date: daysAgo(i), minutes: 60 })));
    const [approve, reject] = await Promise.all([decide(coordinator, { ids, decision: 'approve' }), decide(other, { ids, decision: 'reject', reason: 'Doppelt eingetragen' })]);
    expect(approve.body.approved + reject.body.rejected).toBe(4);
    expect(approve.body.skipped + reject.body.skipped).toBe(4);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'hour_entry' AND entity_id = ANY($1::text[])`, [ids]);
    expect(n).toBe(4);
  });

  it('keeps decisions for staff: volunteers get 403', async () => {
    const id = await insertEntry(t, { volunteerId: anna.id, date: daysAgo(1), minutes: 60 });
    expect((await decide(anna.signedIn!, { ids: [id], decision: 'approve' })).status).toBe(403);
    expect(await statusOf(id)).toBe('submitted');
  });

  it('lets an organisation contact approve through the emailed link, only for their organisation', async () => {
    const ours = await insertEntry(t, { volunteerId: anna.id, organisationId: tafel.id, date: daysAgo(4), minutes: 120, activity: 'Ausgabe' });
    const alsoOurs = await insertEntry(t, { volunteerId: anna.id, organisationId: tafel.id, date: daysAgo(3), minutes: 60, activity: 'Sortieren' });
    const theirs = await insertEntry(t, { volunteerId: ben.id, organisationId: kirche.id, date: daysAgo(4), minutes: 60 });

    const sent = await coordinator.agent.post(`/api/v1/organisations/${tafel.id}/approval-links`).set('x-xsrf-token', coordinator.csrf).send({ contactId: tafel.contactIds[0] });
    expect(sent.status).toBe(204);
    const mail = await sentMailTo(t, 'krause@tafel.example.org');
    expect(mail.subject).toBe('Bitte bestätigen Sie die Stunden für Tafel Borna');
    expect(mail.body_text).toContain('2 Einträge warten');
    const token = linkToken(mail.body_text!, 'approve-hours');
    const [stored] = await t.dataSource.query(`SELECT token_hash, expires_at FROM organisation_approval_links`);
    expect(stored.token_hash).not.toContain(token);
    expect(new Date(stored.expires_at).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const view = await t.http().get('/api/v1/public/hour-approvals').query({ token });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ organisationName: 'Tafel Borna', contactName: 'Frau Krause' });
    expect(view.body.entries.map((e: { id: string; volunteerName: string }) => [e.id, e.volunteerName])).toEqual([[ours, 'Anna Schmidt'], [alsoOurs, 'Anna Schmidt']]);

    // An entry of another organisation is skipped, never changed.
    const decided = await t.http().post('/api/v1/public/hour-approvals/decisions').query({ token }).send({ ids: [ours, theirs], decision: 'approve' });
    expect(decided.status).toBe(200);
    expect(decided.body).toEqual({ approved: 1, rejected: 0, skipped: 1 });
    expect(await statusOf(theirs)).toBe('submitted');
    const [row] = await t.dataSource.query(`SELECT status, decided_by_contact, decided_by_user FROM hour_entries WHERE id = $1`, [ours]);
    expect(row).toEqual({ status: 'approved', decided_by_contact: tafel.contactIds[0], decided_by_user: null });
    const [audit] = await t.dataSource.query(`SELECT actor_id, diff FROM audit_log WHERE entity = 'hour_entry' AND entity_id = $1`, [ours]);
    expect(audit.actor_id).toBeNull();
    expect(audit.diff.decidedByContact).toEqual([null, tafel.contactIds[0]]);
    const seen = (await coordinator.agent.get('/api/v1/hours').query({ status: 'approved' })).body.items[0];
    expect(seen.decidedBy).toBe('Ansprechperson der Einsatzstelle: Frau Krause');

    const rejectWithout = await t.http().post('/api/v1/public/hour-approvals/decisions').query({ token }).send({ ids: [alsoOurs], decision: 'reject' });
    expect(fieldErrors(rejectWithout.body)['reason']).toBeDefined();
    const rejected = await t.http().post('/api/v1/public/hour-approvals/decisions').query({ token }).send({ ids: [alsoOurs], decision: 'reject', reason: 'War an dem Tag nicht da.' });
    expect(rejected.body.rejected).toBe(1);
    expect((await sentMailTo(t, 'anna.freigabe@example.org')).body_text).toContain('War an dem Tag nicht da.');
    expect((await t.http().get('/api/v1/public/hour-approvals').query({ token })).body.entries).toEqual([]);
  });

  it('puts a working capability link in the weekly digest to each contact of an organisation with waiting entries', async () => {
    const waiting = await insertEntry(t, { volunteerId: anna.id, organisationId: tafel.id, date: daysAgo(6), minutes: 60 });
    const runner = t.app.get(ReminderRunner);
    const morning = new Date(`${today()}T09:00:00Z`); // 10:00 or 11:00 in Berlin: outside quiet hours
    await runner.run('hours-approval-digest', morning);
    await runner.run('hours-approval-digest', morning); // a replayed run issues no second link
    const mail = await sentMailTo(t, 'krause@tafel.example.org');
    expect(mail.subject).toBe('1 Stundeneinträge warten auf Freigabe');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organisation_approval_links`))[0].n).toBe(1);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE recipient = 'lehmann@kirche.example.org'`))[0].n).toBe(0);
    const token = linkToken(mail.body_text!, 'approve-hours');
    const decided = await t.http().post('/api/v1/public/hour-approvals/decisions').query({ token }).send({ ids: [waiting], decision: 'approve' });
    expect(decided.body.approved).toBe(1);
  });

  it('refuses an unknown or expired link with TokenInvalid, in the right language, and changes nothing', async () => {
    const id = await insertEntry(t, { volunteerId: ben.id, organisationId: kirche.id, date: daysAgo(2), minutes: 60 });
    const unknown = await t.http().get('/api/v1/public/hour-approvals').query({ token: 'x'.repeat(43) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('TOKEN_INVALID');
    expect(unknown.body.message).toMatch(/ungültig oder abgelaufen/);
    await coordinator.agent.post(`/api/v1/organisations/${kirche.id}/approval-links`).set('x-xsrf-token', coordinator.csrf).send({ contactId: kirche.contactIds[0] });
    const token = linkToken((await sentMailTo(t, 'lehmann@kirche.example.org')).body_text!, 'approve-hours');
    await t.dataSource.query(`UPDATE organisation_approval_links SET expires_at = now() - interval '1 minute'`);
    const expired = await t.http().post('/api/v1/public/hour-approvals/decisions').set('accept-language', 'en').query({ token }).send({ ids: [id], decision: 'approve' });
    expect(expired.status).toBe(400);
    expect(expired.body).toMatchObject({ code: 'TOKEN_INVALID', message: 'This link is invalid or has expired. Please ask for a new one.' });
    expect(await statusOf(id)).toBe('submitted');
    expect((await t.http().get('/api/v1/public/hour-approvals')).status).toBe(400);
  });

  it('sends links only to a contact of that organisation, and only on staff request', async () => {
    const wrong = await coordinator.agent.post(`/api/v1/organisations/${tafel.id}/approval-links`).set('x-xsrf-token', coordinator.csrf).send({ contactId: kirche.contactIds[0] });
    expect(wrong.status).toBe(400);
    expect(fieldErrors(wrong.body)['contactId']).toBe('Ansprechperson: Diese Ansprechperson gehört nicht zu dieser Einsatzstelle.');
    const noOrg = await coordinator.agent.post(`/api/v1/organisations/00000000-0000-4000-8000-000000000000/approval-links`).set('x-xsrf-token', coordinator.csrf).send({ contactId: kirche.contactIds[0] });
    expect(noOrg.status).toBe(404);
    const byVolunteer = await anna.signedIn!.agent.post(`/api/v1/organisations/${tafel.id}/approval-links`).set('x-xsrf-token', anna.signedIn!.csrf).send({ contactId: tafel.contactIds[0] });
    expect(byVolunteer.status).toBe(403);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organisation_approval_links`))[0].n).toBe(0);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox`))[0].n).toBe(0);
  });
});
