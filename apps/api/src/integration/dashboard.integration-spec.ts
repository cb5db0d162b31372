import type { CoordinatorToday, WorkQueue } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { insertEvent, insertInvitation } from './event-fixtures';
import { insertApplication, insertCall, person, validData } from './grant-fixtures';
import { addVolunteer, daysAgo, insertEntry, staff, today } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';

/** A sponsorship straight in the table: waiting ones without a volunteer, running ones with everything their state needs. */
async function insertSponsorship(
  t: TestApp,
  s: { name: string; kind?: string; state: string; volunteerId?: string; requestedDaysAgo?: number; nextCheckInDue?: string },
): Promise<string> {
  const [{ id: beneficiaryId }] = await t.dataSource.query(
    `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs) VALUES ($1, $2, $3, 'A1', 'Begleitung') RETURNING id`,
    [s.kind === 'learning' ? 'pupil' : 'family', s.name, await municipalityId(t)],
  );
  const running = !['inquiry', 'intake', 'ready_to_match'].includes(s.state);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, volunteer_id, planned_months, trial_weeks, intro_meeting_date,
                               trial_start, contacts_shared_at, has_trial_review, next_check_in_due, requested_at)
     VALUES ($1, $2, $3, true, $4, 12, 6, $5, $6, $7, $8, $9, now() - make_interval(days => $10::int)) RETURNING id`,
    [s.kind ?? 'family', beneficiaryId, s.state, running ? s.volunteerId : null, running ? daysAgo(120) : null, running ? daysAgo(100) : null,
      running ? new Date() : null, s.state === 'active', s.nextCheckInDue ?? null, s.requestedDaysAgo ?? 150],
  );
  return id;
}

async function insertCardApplication(t: TestApp, volunteerId: string, status: string, receivedDaysAgo: number): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at)
     VALUES ($1, (SELECT id FROM card_rule_sets ORDER BY code, version LIMIT 1), $2, now() - make_interval(days => $3::int), '{}'::jsonb, false,
             md5(random()::text), now() + interval '90 days') RETURNING id`,
    [volunteerId, status, receivedDaysAgo],
  );
  return id;
}

async function insertMail(t: TestApp, m: { subject: string; to: string; status: string; hoursAgo: number }): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO outbox (template, recipient, locale, subject, body_text, status, attempts, last_error, message_id, created_at)
     VALUES ('event-invitation', $1, 'de', $2, 'Text', $3, 5, CASE WHEN $3 = 'failed' THEN 'mailbox unavailable' END, gen_random_uuid()::text || '@test',
             now() - make_interval(hours => $4::int)) RETURNING id`,
    [m.to, m.subject, m.status, m.hoursAgo],
  );
  return id;
}

/** An instant at about that hour of a Berlin date (winter offset; in summer an hour later, still the same day). */
const at = (date: string, hour: number): Date => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+01:00`);

describe("the coordinator's start page", () => {
  let t: TestApp;
  let coord: SignedIn;
  const ids: Record<string, string> = {};

  const today$ = async (who: SignedIn, lang = 'de'): Promise<CoordinatorToday> => {
    const res = await who.agent.get('/api/v1/dashboard/today').set('accept-language', lang);
    expect(res.status).toBe(200);
    return res.body as CoordinatorToday;
  };
  const queue = (body: CoordinatorToday, kind: WorkQueue['kind']): WorkQueue => body.queues.find((q) => q.kind === kind)!;
  const links = (q: WorkQueue): string[] => q.items.map((i) => i.link);

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coord = await staff(t, 'koordination@example.org');
    const helper = await addVolunteer(t, { firstName: 'Lena', lastName: 'Pate', email: 'pate@example.org', account: false });

    // Check-ins: 30 and 3 days overdue count; due today, due tomorrow, a closed one and a waiting one with an old date do not.
    ids['overdue30'] = await insertSponsorship(t, { name: 'Familie Haddad', state: 'active', volunteerId: helper.id, nextCheckInDue: daysAgo(30) });
    ids['overdue3'] = await insertSponsorship(t, { name: 'Amina Lange', kind: 'learning', state: 'trial', volunteerId: helper.id, nextCheckInDue: daysAgo(3) });
    await insertSponsorship(t, { name: 'Familie Heute', state: 'active', volunteerId: helper.id, nextCheckInDue: today() });
    await insertSponsorship(t, { name: 'Familie Morgen', state: 'closing', volunteerId: helper.id, nextCheckInDue: addDays(today(), 1) });
    await insertSponsorship(t, { name: 'Familie Vorschlag', state: 'match_proposed', volunteerId: helper.id, nextCheckInDue: daysAgo(10) });

    // Waiting requests: six waiting (only five shown), a proposed match is no longer waiting.
    for (const [key, days, state] of [['w40', 40, 'inquiry'], ['w30', 30, 'intake'], ['w20', 20, 'ready_to_match'], ['w10', 10, 'inquiry'], ['w5', 5, 'intake'], ['w1', 1, 'inquiry']] as const) {
      ids[key] = await insertSponsorship(t, { name: `Familie ${key}`, kind: key === 'w40' ? 'mother' : 'family', state, requestedDaysAgo: days });
    }

    // Hours: Yusuf waits longest with one entry, Marta has two; approved and withdrawn entries do not count.
    const yusuf = await addVolunteer(t, { firstName: 'Yusuf', lastName: 'Demir', email: 'yusuf@example.org', account: false });
    const marta = await addVolunteer(t, { firstName: 'Marta', lastName: 'Keller', email: 'marta@example.org', account: false });
    ids['yusuf'] = yusuf.id;
    ids['marta'] = marta.id;
    const backdateEntry = (id: string, days: number) =>
      t.dataSource.query(`UPDATE hour_entries SET created_at = now() - make_interval(days => $2::int) WHERE id = $1`, [id, days]);
    await backdateEntry(await insertEntry(t, { volunteerId: yusuf.id, date: daysAgo(12), minutes: 30 }), 10);
    await backdateEntry(await insertEntry(t, { volunteerId: marta.id, date: daysAgo(6), minutes: 60 }), 5);
    await backdateEntry(await insertEntry(t, { volunteerId: marta.id, date: daysAgo(2), minutes: 90 }), 1);
    await backdateEntry(await insertEntry(t, { volunteerId: helper.id, date: daysAgo(20), minutes: 120, status: 'approved' }), 20);
    await backdateEntry(await insertEntry(t, { volunteerId: helper.id, date: daysAgo(21), minutes: 45, status: 'withdrawn' }), 21);

    // Card applications: two ready for a decision; organisations still confirming, or approved and waiting for the quota, do not count.
    const cardPeople = [];
    for (const [first, last] of [['Anna', 'Schulz'], ['Bernd', 'Vogel'], ['Clara', 'Weiß'], ['Dirk', 'Lorenz']]) {
      cardPeople.push(await addVolunteer(t, { firstName: first!, lastName: last!, email: `${first!.toLowerCase()}@example.org`, account: false }));
    }
    ids['cardNew'] = await insertCardApplication(t, cardPeople[0]!.id, 'ready_for_decision', 2);
    ids['cardOld'] = await insertCardApplication(t, cardPeople[1]!.id, 'ready_for_decision', 8);
    await insertCardApplication(t, cardPeople[2]!.id, 'awaiting_confirmation', 20);
    await insertCardApplication(t, cardPeople[3]!.id, 'waiting_for_quota', 30);

    // Grants: two submitted (pre-check), one in review; reports overdue when paid or sent back and past due.
    const applicant = await person(t, 'antrag@example.org', ['applicant']);
    const callId = await insertCall(t);
    const data = await validData(t);
    const application = (reference: string, status: Parameters<typeof insertApplication>[1]['status'], extra: { reportDue?: string; title?: string } = {}) =>
      insertApplication(t, {
        callId, applicantId: applicant.userId, status, reference, data: { ...data, title: extra.title ?? data.title },
        approvedCents: ['paid', 'report_corrections', 'report_submitted'].includes(status) ? 150_000 : undefined, reportDue: extra.reportDue,
      });
    const submittedAgo = (id: string, days: number) =>
      t.dataSource.query(`UPDATE grant_applications SET submitted_at = now() - make_interval(days => $2::int) WHERE id = $1`, [id, days]);
    ids['grantNew'] = await application('MP-T-0002', 'submitted', { title: 'Sprachcafé' });
    await submittedAgo(ids['grantNew'], 1);
    ids['grantOld'] = await application('MP-T-0001', 'submitted');
    await submittedAgo(ids['grantOld'], 9);
    await submittedAgo(await application('MP-T-0003', 'in_review'), 20);
    ids['report10'] = await application('MP-T-0004', 'paid', { reportDue: daysAgo(10), title: 'Fahrradwerkstatt' });
    ids['report2'] = await application('MP-T-0005', 'report_corrections', { reportDue: daysAgo(2), title: 'Kochabend' });
    await application('MP-T-0006', 'paid', { reportDue: addDays(today(), 1) });
    await application('MP-T-0007', 'report_submitted', { reportDue: daysAgo(30) });

    // Events: a reception in 3 days with answers, a draft in 30 days; cancelled, past and too far ahead do not count.
    ids['eventSoon'] = await insertEvent(t, { startsAt: at(addDays(today(), 3), 18), rsvpDeadline: addDays(today(), 1), title: 'Ehrenamtsempfang' });
    ids['eventLater'] = await insertEvent(t, { startsAt: at(addDays(today(), 30), 17), rsvpDeadline: addDays(today(), 20), title: 'Preisverleihung', status: 'draft' });
    await insertEvent(t, { startsAt: at(addDays(today(), 5), 18), rsvpDeadline: addDays(today(), 2), title: 'Abgesagt', status: 'cancelled' });
    await insertEvent(t, { startsAt: at(addDays(today(), -1), 18), rsvpDeadline: addDays(today(), -5), title: 'Gestern' });
    await insertEvent(t, { startsAt: at(addDays(today(), 70), 18), rsvpDeadline: addDays(today(), 60), title: 'Sommerfest' });
    for (const [i, status] of ['accepted', 'accepted', 'invited', 'declined', 'removed'].entries()) {
      await insertInvitation(t, { eventId: ids['eventSoon'], name: `Gast ${i}`, email: `gast${i}@example.org`, status });
    }
    const waiting = await insertInvitation(t, { eventId: ids['eventSoon'], name: 'Gast auf der Warteliste', email: 'warten@example.org', status: 'invited' });
    await t.dataSource.query(`UPDATE event_invitations SET status = 'waitlisted', waitlist_seq = nextval('event_waitlist_seq') WHERE id = $1`, [waiting]);

    // Mails: failed in the last 30 days count (newest first); sent ones and old failures do not.
    ids['mailOld'] = await insertMail(t, { subject: 'Einladung: Ehrenamtsempfang', to: 'alt@example.org', status: 'failed', hoursAgo: 48 });
    ids['mailNew'] = await insertMail(t, { subject: 'Erinnerung: Ehrenamtsempfang', to: 'neu@example.org', status: 'failed', hoursAgo: 1 });
    await insertMail(t, { subject: 'Zugestellt', to: 'ok@example.org', status: 'sent', hoursAgo: 2 });
    await insertMail(t, { subject: 'Lange her', to: 'frueher@example.org', status: 'failed', hoursAgo: 24 * 40 });
  });
  afterAll(() => t.close());

  it('lists every queue in the contract order with its count and the list link', async () => {
    const body = await today$(coord);
    expect(body.today).toBe(today());
    expect(body.queues.map((q) => [q.kind, q.count, q.link])).toEqual([
      ['overdueCheckIns', 2, '/sponsorships?view=running&overdue=true'],
      ['waitingRequests', 6, '/sponsorships'],
      ['hoursToApprove', 3, '/hours/approvals'],
      ['cardApplications', 2, '/cards/applications'],
      ['grantPrecheck', 2, '/grants'],
      ['grantReportsOverdue', 2, '/grants'],
      ['upcomingEvents', 2, '/events'],
      ['failedMails', 2, '/admin/mail?status=failed'],
    ]);
  });

  it('shows the most urgent items first, with their details and links', async () => {
    const body = await today$(coord);
    const overdue = queue(body, 'overdueCheckIns');
    expect(overdue.items).toEqual([
      { id: ids['overdue30'], title: 'Familie Haddad (Familienpatenschaft)', detail: 'seit 30 Tagen überfällig', since: daysAgo(30), link: `/sponsorships/${ids['overdue30']}` },
      { id: ids['overdue3'], title: 'Amina Lange (Lernpatenschaft)', detail: 'seit 3 Tagen überfällig', since: daysAgo(3), link: `/sponsorships/${ids['overdue3']}` },
    ]);

    const waiting = queue(body, 'waitingRequests');
    expect(waiting.items.map((i) => [i.title, i.detail, i.link])).toEqual([
      ['Familie w40 (Mütterpatenschaft)', 'wartet seit 40 Tagen', `/sponsorships/${ids['w40']}`],
      ['Familie w30 (Familienpatenschaft)', 'wartet seit 30 Tagen', `/sponsorships/${ids['w30']}`],
      ['Familie w20 (Familienpatenschaft)', 'wartet seit 20 Tagen', `/sponsorships/${ids['w20']}`],
      ['Familie w10 (Familienpatenschaft)', 'wartet seit 10 Tagen', `/sponsorships/${ids['w10']}`],
      ['Familie w5 (Familienpatenschaft)', 'wartet seit 5 Tagen', `/sponsorships/${ids['w5']}`],
    ]);

    const hours = queue(body, 'hoursToApprove');
    expect(hours.items.map((i) => [i.id, i.title, i.detail, i.link])).toEqual([
      [ids['yusuf'], 'Yusuf Demir', '1 Eintrag, 0,5 Std.', `/hours/approvals?volunteerId=${ids['yusuf']}`],
      [ids['marta'], 'Marta Keller', '2 Einträge, 2,5 Std.', `/hours/approvals?volunteerId=${ids['marta']}`],
    ]);

    const cards = queue(body, 'cardApplications');
    expect(cards.items.map((i) => [i.title, i.detail, i.link])).toEqual([
      ['Bernd Vogel', 'eingegangen vor 8 Tagen', `/cards/applications/${ids['cardOld']}`],
      ['Anna Schulz', 'eingegangen vor 2 Tagen', `/cards/applications/${ids['cardNew']}`],
    ]);

    expect(queue(body, 'grantPrecheck').items.map((i) => [i.title, i.detail, i.link])).toEqual([
      ['MP-T-0001 Nachbarschaftsfest am Muldeufer', 'eingereicht vor 9 Tagen', `/grants/applications/${ids['grantOld']}`],
      ['MP-T-0002 Sprachcafé', 'eingereicht vor 1 Tag', `/grants/applications/${ids['grantNew']}`],
    ]);
    expect(queue(body, 'grantReportsOverdue').items.map((i) => [i.title, i.detail, i.since, i.link])).toEqual([
      ['MP-T-0004 Fahrradwerkstatt', 'Abschlussbericht seit 10 Tagen überfällig', daysAgo(10), `/grants/applications/${ids['report10']}`],
      ['MP-T-0005 Kochabend', 'Abschlussbericht seit 2 Tagen überfällig', daysAgo(2), `/grants/applications/${ids['report2']}`],
    ]);

    const events = queue(body, 'upcomingEvents');
    expect(events.items.map((i) => [i.title, i.detail, i.since, i.link])).toEqual([
      ['Ehrenamtsempfang', '2 Zusagen · 1 Warteliste · 1 ohne Antwort', at(addDays(today(), 3), 18).toISOString(), `/events/${ids['eventSoon']}`],
      ['Preisverleihung', '0 Zusagen · 0 Warteliste · 0 ohne Antwort', at(addDays(today(), 30), 17).toISOString(), `/events/${ids['eventLater']}`],
    ]);

    expect(queue(body, 'failedMails').items.map((i) => [i.id, i.title, i.detail, i.link])).toEqual([
      [ids['mailNew'], 'Erinnerung: Ehrenamtsempfang', 'neu@example.org', `/admin/mail/${ids['mailNew']}`],
      [ids['mailOld'], 'Einladung: Ehrenamtsempfang', 'alt@example.org', `/admin/mail/${ids['mailOld']}`],
    ]);
  });

  it('writes the details in English for an English request', async () => {
    const body = await today$(coord, 'en');
    const details = (kind: WorkQueue['kind']) => queue(body, kind).items.map((i) => i.detail);
    expect(queue(body, 'overdueCheckIns').items.map((i) => i.title)).toEqual(['Familie Haddad (Family sponsorship)', 'Amina Lange (Learning sponsorship)']);
    expect(details('overdueCheckIns')).toEqual(['30 days overdue', '3 days overdue']);
    expect(details('waitingRequests')[0]).toBe('waiting for 40 days');
    expect(details('hoursToApprove')).toEqual(['1 entry, 0.5 h', '2 entries, 2.5 h']);
    expect(details('cardApplications')).toEqual(['received 8 days ago', 'received 2 days ago']);
    expect(details('grantPrecheck')).toEqual(['submitted 9 days ago', 'submitted 1 day ago']);
    expect(details('grantReportsOverdue')).toEqual(['final report 10 days overdue', 'final report 2 days overdue']);
    expect(details('upcomingEvents')[0]).toBe('2 accepted · 1 waiting list · 1 no answer');
  });

  it('is there for admins too, and refused to volunteers and applicants', async () => {
    const admin = await staff(t, 'admin@example.org', ['admin']);
    expect(links(queue(await today$(admin), 'failedMails'))).toEqual([`/admin/mail/${ids['mailNew']}`, `/admin/mail/${ids['mailOld']}`]);
    const volunteer = await addVolunteer(t, { firstName: 'Eva', lastName: 'Ehrenamt', email: 'eva@example.org' });
    expect((await volunteer.signedIn!.agent.get('/api/v1/dashboard/today')).status).toBe(403);
    const applicant = await person(t, 'antrag2@example.org', ['applicant']);
    expect((await applicant.agent.get('/api/v1/dashboard/today')).status).toBe(403);
    expect((await t.http().get('/api/v1/dashboard/today')).status).toBe(401);
  });
});
