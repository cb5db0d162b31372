import { addDays } from '@miteinander/domain-calendar';
import { loadMunicipalities } from '@miteinander/server-people';
import { hashToken } from '@miteinander/server-platform';
import type { SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { admissionCodeIn, eventInput, eventsApi, insertEvent, insertInvitation, rsvpTokenIn } from './event-fixtures';
import { addOrganisation, addVolunteer, daysAgo, fieldErrors, insertEntry, staff, today } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';

const year = (): number => Number(today().slice(0, 4));
const yearsAgo = (n: number): string => `${year() - n}-01-10`;

describe('recognition events: the event, the guest list from criteria, sending the invitations', () => {
  let t: TestApp;
  let coord: SignedIn;
  let api: ReturnType<typeof eventsApi>;
  const people: Record<string, string> = {};
  const orgs: Record<string, string> = {};
  let eventDay: string;

  async function createEvent(overrides: Parameters<typeof eventInput>[0] = {}): Promise<string> {
    const res = await api.post('/events', eventInput(overrides));
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  const preview = (id: string, criteria: unknown) => api.post(`/events/${id}/invitations/preview`, { criteria });
  const fromCriteria = (id: string, criteria: unknown) => api.post(`/events/${id}/invitations/from-criteria`, { criteria });
  const listOf = async (id: string, query = '') => (await api.get(`/events/${id}/invitations?pageSize=100${query}`)).body;

  async function approved(volunteerId: string, date: string, hours: number, status = 'approved'): Promise<void> {
    await insertEntry(t, { volunteerId, date, minutes: hours * 60, status });
  }

  async function card(volunteerId: string, validUntil: string | null, revoked = false): Promise<void> {
    const [rules] = await t.dataSource.query(`SELECT id FROM card_rule_sets WHERE code = 'event-test'`);
    const [application] = await t.dataSource.query(
      `INSERT INTO card_applications (volunteer_id, rule_set_id, status, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at)
       VALUES ($1, $2, 'issued', '{}', false, $3, now()) RETURNING id`,
      [volunteerId, rules.id, `hash-${volunteerId}`],
    );
    await t.dataSource.query(
      `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, revoked_at)
       VALUES ($1, $2, 'event-test', $3, $4, $5, $6, $7)`,
      [application.id, volunteerId, `EK-${volunteerId.slice(0, 8)}`, daysAgo(300), validUntil, `verify-${volunteerId}`, revoked ? new Date() : null],
    );
  }

  async function closedSponsorship(volunteerId: string, endDate: string): Promise<void> {
    const [b] = await t.dataSource.query(
      `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs) VALUES ('family', 'Familie Test', $1, 'A1', 'Begleitung') RETURNING id`,
      [await municipalityId(t)],
    );
    await t.dataSource.query(
      `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, volunteer_id, planned_months, trial_weeks, end_date, end_reason)
       VALUES ('family', $1, 'closed', false, $2, 12, 6, $3, 'goal_reached')`,
      [b.id, volunteerId, endDate],
    );
  }

  /**
   * The data set (this year Y, the event in four weeks):
   * Anna 60 h in Y, active since 6 years, also the contact person of Verein A (as ANNA@…); Bernd 30 h approved + 20 h
   * only submitted, active 2 years; Clara 45 h in Y (first activity this year), card without end; Dieter left, active
   * since 10 years; Emil active since 7 years, revoked card, sponsorship closed 30 days ago; Frieda card ending before
   * the event, sponsorship closed 20 days ago; Greta (no email) card valid until the event's day; Hans sponsorship closed
   * 400 days ago, nominated. Verein A: Anna + Otto; Verein B (nominated): Paula.
   */
  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    api = eventsApi(coord);
    eventDay = addDays(today(), 28);
    await t.dataSource.query(
      `INSERT INTO card_rule_sets (code, version, name, effective_from, parameters) VALUES ('event-test', 1, 'Testkarte', '2020-01-01', '{}')`,
    );
    const add = async (key: string, firstName: string, lastName: string, email: string | null) => {
      const v = await addVolunteer(t, { firstName, lastName, email: email ?? `${key}@nowhere.invalid`, account: false });
      if (email === null) await t.dataSource.query(`UPDATE volunteers SET email = NULL WHERE id = $1`, [v.id]);
      people[key] = v.id;
    };
    await add('anna', 'Anna', 'Acker', 'anna@example.org');
    await add('bernd', 'Bernd', 'Bauer', 'bernd@example.org');
    await add('clara', 'Clara', 'Conrad', 'clara@example.org');
    await add('dieter', 'Dieter', 'Dorn', 'dieter@example.org');
    await add('emil', 'Emil', 'Engel', 'emil@example.org');
    await add('frieda', 'Frieda', 'Fuchs', 'frieda@example.org');
    await add('greta', 'Greta', 'Graf', null);
    await add('hans', 'Hans', 'Hahn', 'hans@example.org');
    await t.dataSource.query(`UPDATE volunteers SET status = 'left' WHERE id = $1`, [people['dieter']]);

    const thisYear = `${year()}-01-01`;
    await approved(people['anna']!, thisYear, 60);
    await approved(people['anna']!, yearsAgo(6), 2);
    await approved(people['bernd']!, thisYear, 30);
    await approved(people['bernd']!, thisYear, 20, 'submitted');
    await approved(people['bernd']!, yearsAgo(2), 2);
    await approved(people['clara']!, thisYear, 45);
    await approved(people['dieter']!, yearsAgo(10), 100);
    await approved(people['emil']!, yearsAgo(7), 10);
    await approved(people['hans']!, `${year() - 1}-06-01`, 80);

    await card(people['clara']!, null);
    await card(people['emil']!, addDays(today(), 400), true);
    await card(people['frieda']!, addDays(today(), 7));
    await card(people['greta']!, eventDay);

    await closedSponsorship(people['emil']!, daysAgo(30));
    await closedSponsorship(people['frieda']!, daysAgo(20));
    await closedSponsorship(people['hans']!, daysAgo(400));

    const a = await addOrganisation(t, 'Verein A', [
      { name: 'Anna Acker', email: 'ANNA@Example.org' },
      { name: 'Otto Ohm', email: 'otto@verein-a.example.org' },
    ]);
    const b = await addOrganisation(t, 'Verein B', [{ name: 'Paula Pohl', email: 'paula@verein-b.example.org' }]);
    orgs['a'] = a.id;
    orgs['b'] = b.id;
  }, 180_000);
  afterAll(() => t.close());

  describe('the event', () => {
    it('creates an event as a draft and shows its local times back', async () => {
      const input = eventInput();
      const res = await api.post('/events', input);
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ ...input, status: 'draft', past: false, rsvpClosed: false }));
      expect(res.body.counts).toEqual({ listed: 0, invited: 0, accepted: 0, declined: 0, waitlisted: 0, noAnswer: 0, seatsTaken: 0, checkedIn: 0 });
      // 18:00 in Berlin is 17:00 or 16:00 UTC, depending on summer time.
      expect(['17:00', '16:00']).toContain(new Date(res.body.startsAtInstant).toISOString().slice(11, 16));
      const [audit] = await t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE entity = 'recognition_event' AND entity_id = $1`, [res.body.id]);
      expect(audit).toEqual({ action: 'create', actor_id: coord.userId });
      const list = await api.get('/events?q=Ehrenamtsempfang');
      expect(list.status).toBe(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
      expect((await api.get('/events?sort=venue')).status).toBe(400);
    });

    it('refuses a start in the past, a deadline after the event and zero seats, naming each field; nothing is written', async () => {
      const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM recognition_events`);
      const past = { startsAt: `${daysAgo(1)}T18:00`, endsAt: null };
      const de = await api.post('/events', eventInput(past));
      expect(de.status).toBe(400);
      expect(fieldErrors(de.body)['startsAt']).toBe('Beginn: Der Beginn liegt in der Vergangenheit. Bitte einen späteren Zeitpunkt wählen.');
      const en = await eventsApi(coord, 'en').post('/events', eventInput(past));
      expect(fieldErrors(en.body)['startsAt']).toBe('Start: The start is in the past. Please choose a later time.');

      const late = await api.post('/events', eventInput({ rsvpDeadline: addDays(today(), 29) }));
      expect(late.status).toBe(400);
      const deadlineDay = addDays(today(), 28).split('-').reverse().join('.');
      expect(fieldErrors(late.body)).toEqual({ rsvpDeadline: `Antwort bis: Die Antwortfrist darf nicht nach dem Veranstaltungstag (${deadlineDay}) liegen.` });

      const zero = await api.post('/events', eventInput({ capacity: 0 }));
      expect(zero.status).toBe(400);
      expect(fieldErrors(zero.body)).toEqual({ capacity: 'Plätze: Bitte eine ganze Zahl von 1 bis 100000 angeben.' });
      const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM recognition_events`);
      expect(after).toBe(before);
    });

    it('changes an event until it starts; a cancelled or started event is not changed (409)', async () => {
      const id = await createEvent();
      const changed = await api.patch(`/events/${id}`, { title: 'Dankeschön-Fest', capacity: 80 });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual(expect.objectContaining({ title: 'Dankeschön-Fest', capacity: 80, venueName: 'Rathaus Borna, Festsaal' }));
      expect((await api.post(`/events/${id}/cancel`, { reason: ' ' })).status).toBe(400);
      const cancelled = await api.post(`/events/${id}/cancel`, { reason: 'Der Saal ist wegen eines Wasserschadens gesperrt.' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      const again = await api.patch(`/events/${id}`, { title: 'Noch einmal' });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Die Veranstaltung ist abgesagt. Sie kann nicht mehr geändert werden.');

      const started = await insertEvent(t, { startsAt: new Date(Date.now() - 3_600_000), rsvpDeadline: daysAgo(3), status: 'draft' });
      const late = await api.patch(`/events/${started}`, { title: 'Zu spät' });
      expect(late.status).toBe(409);
      expect(late.body.message).toBe('Die Veranstaltung hat schon begonnen. Sie kann nicht mehr geändert werden.');
    });
    it('tells everyone invited, waiting or coming that the event is cancelled, with the reason, once; not those who declined or were only listed', async () => {
      const id = await createEvent({ title: 'Sommerempfang' });
      for (const [name, status] of [['Ina Eingeladen', 'invited'], ['Kai Kommt', 'accepted'], ['Wim Wartet', 'waitlisted'], ['Dora Absage', 'declined'], ['Lea Liste', 'listed']]) {
        const email = `${name.split(' ')[0]!.toLowerCase()}@cancel.example`;
        // A place on the waiting list needs its number: listed as invited first, then moved there.
        await insertInvitation(t, { eventId: id, name, email, status: status === 'waitlisted' ? 'invited' : status, locale: name.startsWith('Kai') ? 'en' : 'de' });
        if (status === 'waitlisted') {
          await t.dataSource.query(`UPDATE event_invitations SET status = 'waitlisted', waitlist_seq = nextval('event_waitlist_seq') WHERE email_key = $1`, [email]);
        }
      }
      const res = await api.post(`/events/${id}/cancel`, { reason: 'Der Saal ist wegen eines Wasserschadens gesperrt.' });
      expect(res.status).toBe(200);
      const mails: { recipient: string; subject: string; body_text: string }[] = await t.dataSource.query(
        `SELECT recipient, subject, body_text FROM outbox WHERE template = 'event-cancelled' ORDER BY recipient`,
      );
      expect(mails.map((m) => m.recipient)).toEqual(['ina@cancel.example', 'kai@cancel.example', 'wim@cancel.example']);
      expect(mails[0]!.subject).toBe('Abgesagt: Sommerempfang');
      expect(mails[0]!.body_text).toContain('Grund: Der Saal ist wegen eines Wasserschadens gesperrt.');
      expect(mails[1]!.subject).toBe('Cancelled: Sommerempfang');
      expect((await api.post(`/events/${id}/cancel`, { reason: 'Noch einmal abgesagt.' })).status).toBe(409);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE template = 'event-cancelled'`);
      expect(n).toBe(3);
    });
  });

  describe('the guest list from criteria', () => {
    it('selects by approved hours in the year, years active, valid card, completed sponsorship, contacts and nominations', async () => {
      const id = await createEvent();
      const names = async (criteria: unknown) => {
        const res = await preview(id, criteria);
        expect(res.status).toBe(200);
        return res.body;
      };
      // Bernd's 20 submitted hours do not count: 30 approved are below 40.
      expect(await names({ hoursInYear: { year: year(), minHours: 40 } })).toEqual(
        expect.objectContaining({ matching: 2, toAdd: 2, alreadyListed: 0, withoutEmail: 0, sample: ['Anna Acker', 'Clara Conrad'], bySource: { hours: 2 } }),
      );
      // Dieter started ten years ago but has left.
      expect((await names({ activeYears: 5 })).sample).toEqual(['Anna Acker', 'Emil Engel']);
      // Emil's card is revoked, Frieda's ends before the event; Greta's is valid on the day but she has no address.
      expect(await names({ cardHolders: true })).toEqual(expect.objectContaining({ matching: 1, withoutEmail: 1, sample: ['Clara Conrad'], bySource: { cardHolder: 2 } }));
      // Hans's sponsorship closed before the period.
      expect((await names({ completedSponsorships: { from: daysAgo(60), to: today() } })).sample).toEqual(['Emil Engel', 'Frieda Fuchs']);
      expect((await names({ organisationContacts: true })).sample).toEqual(['Anna Acker', 'Otto Ohm', 'Paula Pohl']);
      expect((await names({ organisationContacts: [orgs['b']] })).sample).toEqual(['Paula Pohl']);

      const [category] = await t.dataSource.query(`INSERT INTO event_award_categories (event_id, name) VALUES ($1, 'Ehrenamtspreis') RETURNING id`, [id]);
      await t.dataSource.query(`INSERT INTO event_nominations (category_id, volunteer_id, reason) VALUES ($1, $2, 'Seit Jahren die gute Seele der Tafel.')`, [
        category.id,
        people['hans'],
      ]);
      await t.dataSource.query(`INSERT INTO event_nominations (category_id, organisation_id, reason) VALUES ($1, $2, 'Die Initiative des Jahres.')`, [category.id, orgs['b']]);
      expect(await names({ nominated: true })).toEqual(expect.objectContaining({ matching: 2, sample: ['Hans Hahn', 'Paula Pohl'], bySource: { nominated: 2 } }));
      // Another event's nominations do not count.
      const other = await createEvent();
      expect((await preview(other, { nominated: true })).body.matching).toBe(0);
    });

    it('combines the volunteer criteria with all (everyone fits each) or any (one is enough)', async () => {
      const id = await createEvent();
      const criteria = { hoursInYear: { year: year(), minHours: 40 }, activeYears: 5 };
      const all = await preview(id, { ...criteria, volunteerMatch: 'all' });
      expect(all.body).toEqual(expect.objectContaining({ matching: 1, sample: ['Anna Acker'], bySource: { hours: 2, activeYears: 2 } }));
      const any = await preview(id, { ...criteria, volunteerMatch: 'any' });
      expect(any.body).toEqual(expect.objectContaining({ matching: 3, sample: ['Anna Acker', 'Clara Conrad', 'Emil Engel'] }));
      const bad = await preview(id, { ...criteria, volunteerMatch: 'some', activeYears: 0 });
      expect(bad.status).toBe(400);
      expect(fieldErrors(bad.body)).toEqual({
        'criteria.activeYears': 'Auswahl der Gäste, Jahre aktiv: Bitte eine ganze Zahl von 1 bis 80 angeben.',
        'criteria.volunteerMatch': 'Auswahl der Gäste, Verknüpfung der Kriterien: Bitte einen Wert aus der Liste wählen.',
      });
    });

    it('adds what the preview counted; a volunteer who is also a contact is listed once with both sources', async () => {
      const id = await createEvent();
      const criteria = { hoursInYear: { year: year(), minHours: 40 }, organisationContacts: [orgs['a']] };
      const counted = await preview(id, criteria);
      expect(counted.body).toEqual(expect.objectContaining({ matching: 3, toAdd: 3, alreadyListed: 0 }));
      const added = await fromCriteria(id, criteria);
      expect(added.status).toBe(200);
      expect(added.body).toEqual({ added: counted.body.toAdd, alreadyListed: 0, withoutEmail: 0 });
      const list = await listOf(id);
      expect(list.total).toBe(3);
      expect(list.items.map((i: { name: string; email: string; sources: string[]; status: string }) => [i.name, i.email, i.sources, i.status])).toEqual([
        ['Anna Acker', 'anna@example.org', ['hours', 'organisationContact'], 'listed'],
        ['Clara Conrad', 'clara@example.org', ['hours'], 'listed'],
        ['Otto Ohm', 'otto@verein-a.example.org', ['organisationContact'], 'listed'],
      ]);
      const rows = await t.dataSource.query(`SELECT volunteer_id, contact_id FROM event_invitations WHERE event_id = $1 AND email_key = 'anna@example.org'`, [id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].volunteer_id).toBe(people['anna']);
      expect(rows[0].contact_id).not.toBeNull();

      // The same again: everyone is listed already, so nothing new — a plain 409, and the preview says so.
      expect((await preview(id, criteria)).body).toEqual(expect.objectContaining({ matching: 3, alreadyListed: 3, toAdd: 0 }));
      expect((await fromCriteria(id, criteria)).status).toBe(409);
      // A new criterion adds only the new people and merges the source into those listed.
      const more = await fromCriteria(id, { activeYears: 5 });
      expect(more.body).toEqual({ added: 1, alreadyListed: 1, withoutEmail: 0 });
      expect((await listOf(id, '&q=anna')).items[0].sources).toEqual(['hours', 'activeYears', 'organisationContact']);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'event_invitation' AND action = 'create' AND diff::text LIKE $1`, [`%${id}%`]);
      expect(n).toBe(4);
    });

    it('criteria that select nobody: the preview shows 0, adding is refused with a clear message', async () => {
      const id = await createEvent();
      const nobody = { hoursInYear: { year: year(), minHours: 500 } };
      expect((await preview(id, nobody)).body).toEqual({ matching: 0, alreadyListed: 0, toAdd: 0, withoutEmail: 0, bySource: { hours: 0 }, sample: [] });
      const res = await fromCriteria(id, nobody);
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Diese Auswahl findet niemanden, der noch nicht auf der Gästeliste steht. Bitte ändern Sie die Kriterien.');
      expect(res.body.errors[0].field).toBe('criteria');
      const en = await eventsApi(coord, 'en').post(`/events/${id}/invitations/from-criteria`, { criteria: {} });
      expect(en.status).toBe(409);
      expect(en.body.message).toBe('This selection finds nobody who is not on the guest list yet. Please change the criteria.');
      expect((await listOf(id)).total).toBe(0);
    });
  });

  describe('by hand', () => {
    it('adds a guest, a volunteer and a contact; refuses doubles and a volunteer without email; removes and lists again', async () => {
      const id = await createEvent();
      const guest = await api.post(`/events/${id}/invitations`, { name: 'Bürgermeisterin Weber', email: ' Weber@Borna.example.org ', locale: 'en' });
      expect(guest.status).toBe(201);
      expect(guest.body).toEqual(expect.objectContaining({ name: 'Bürgermeisterin Weber', email: 'Weber@Borna.example.org', status: 'listed', sources: ['manual'] }));
      const twice = await api.post(`/events/${id}/invitations`, { name: 'Frau Weber', email: 'weber@borna.example.org' });
      expect(twice.status).toBe(409);
      expect(twice.body.message).toBe('Diese Person steht schon auf der Gästeliste.');

      const noEmail = await api.post(`/events/${id}/invitations`, { volunteerId: people['greta'] });
      expect(noEmail.status).toBe(400);
      expect(fieldErrors(noEmail.body)['volunteerId']).toBe(
        'Ehrenamtliche Person: Für diese Person ist keine E-Mail-Adresse hinterlegt. Eine Einladung per E-Mail ist nicht möglich.',
      );
      const incomplete = await api.post(`/events/${id}/invitations`, { email: 'kein-at-zeichen' });
      expect(fieldErrors(incomplete.body)).toEqual({ name: 'Name: Bitte ausfüllen.', email: 'E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.' });

      const emil = await api.post(`/events/${id}/invitations`, { volunteerId: people['emil'] });
      expect(emil.status).toBe(201);
      expect(emil.body).toEqual(expect.objectContaining({ name: 'Emil Engel', email: 'emil@example.org' }));
      const [contactId] = (await t.dataSource.query(`SELECT id FROM organisation_contacts WHERE email = 'otto@verein-a.example.org'`)).map((r: { id: string }) => r.id);
      expect((await api.post(`/events/${id}/invitations`, { contactId })).body.name).toBe('Otto Ohm');
      expect((await listOf(id)).total).toBe(3);

      expect((await api.delete(`/events/${id}/invitations/${emil.body.id}`)).status).toBe(204);
      expect((await listOf(id)).total).toBe(2);
      expect((await listOf(id, '&status=removed')).items.map((i: { name: string }) => i.name)).toEqual(['Emil Engel']);
      // Removed people count as new again.
      const back = await preview(id, { activeYears: 5 });
      expect(back.body).toEqual(expect.objectContaining({ matching: 2, toAdd: 2, alreadyListed: 0 }));
      expect((await fromCriteria(id, { activeYears: 5 })).body.added).toBe(2);
      const [row] = await t.dataSource.query(`SELECT status, sources FROM event_invitations WHERE id = $1`, [emil.body.id]);
      expect(row).toEqual({ status: 'listed', sources: ['activeYears', 'manual'] });
    });
  });

  describe('seats and the waiting list', () => {
    it('shows waiting-list places; removing someone with a seat or adding seats moves the next person up', async () => {
      const id = await insertEvent(t, { startsAt: new Date(`${eventDay}T17:00:00Z`), rsvpDeadline: addDays(today(), 14), capacity: 2, plusOnesAllowed: true });
      const seated = await insertInvitation(t, { eventId: id, name: 'Anna Acker', email: 'anna@example.org', status: 'accepted', plusOne: true });
      await t.dataSource.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ('seated-rsvp', $1, 'rsvp'), ('seated-code', $1, 'admission')`, [seated]);
      // In the order they answered: Clara first, then Bernd.
      const waitlist = async (name: string, email: string) => {
        const w = await insertInvitation(t, { eventId: id, name, email, status: 'invited' });
        await t.dataSource.query(`UPDATE event_invitations SET status = 'waitlisted', waitlist_seq = nextval('event_waitlist_seq'), answered_at = now() WHERE id = $1`, [w]);
      };
      await waitlist('Clara Conrad', 'clara@example.org');
      await waitlist('Bernd Bauer', 'bernd@example.org');

      const waiting = await listOf(id, '&status=waitlisted&sort=waitlistPosition');
      expect(waiting.items.map((i: { name: string; waitlistPosition: number }) => [i.name, i.waitlistPosition])).toEqual([
        ['Clara Conrad', 1],
        ['Bernd Bauer', 2],
      ]);
      expect((await api.get(`/events/${id}`)).body.counts).toEqual(expect.objectContaining({ accepted: 1, waitlisted: 2, seatsTaken: 2 }));
      expect((await api.patch(`/events/${id}`, { capacity: 1 })).status).toBe(409);

      expect((await api.delete(`/events/${id}/invitations/${seated}`)).status).toBe(204);
      const statuses = async () =>
        Object.fromEntries((await t.dataSource.query(`SELECT name, status FROM event_invitations WHERE event_id = $1`, [id])).map((r: { name: string; status: string }) => [r.name, r.status]));
      expect(await statuses()).toEqual({ 'Anna Acker': 'removed', 'Clara Conrad': 'accepted', 'Bernd Bauer': 'accepted' });
      const promoted = await t.dataSource.query(`SELECT recipient FROM outbox WHERE template = 'event-waitlist-promoted' AND recipient IN ('clara@example.org', 'bernd@example.org') ORDER BY recipient`);
      expect(promoted.map((r: { recipient: string }) => r.recipient)).toEqual(['bernd@example.org', 'clara@example.org']);
      const [{ revoked }] = await t.dataSource.query(`SELECT bool_and(revoked_at IS NOT NULL) AS revoked FROM event_invitation_tokens WHERE invitation_id = $1`, [seated]);
      expect(revoked).toBe(true);

      await waitlist('Emil Engel', 'emil@example.org');
      const bigger = await api.patch(`/events/${id}`, { capacity: 3 });
      expect(bigger.status).toBe(200);
      expect(bigger.body.counts).toEqual(expect.objectContaining({ accepted: 3, waitlisted: 0, seatsTaken: 3 }));
    });
  });

  describe('sending the invitations', () => {
    it('mails everyone listed with the RSVP link, admission code, calendar file and QR image; a second send is 409', async () => {
      const id = await createEvent({ title: 'Ehrenamtspreis 2026' });
      await fromCriteria(id, { hoursInYear: { year: year(), minHours: 40 } });
      const sent = await api.post(`/events/${id}/send-invitations`);
      expect(sent.status).toBe(200);
      expect(sent.body).toEqual({ sent: 2 });

      const list = await listOf(id);
      expect(list.items.map((i: { status: string }) => i.status)).toEqual(['invited', 'invited']);
      expect(list.items.every((i: { invitedAt: string | null }) => i.invitedAt !== null)).toBe(true);
      expect((await api.get(`/events/${id}`)).body).toEqual(expect.objectContaining({ status: 'invited', counts: expect.objectContaining({ listed: 2, invited: 2, noAnswer: 2 }) }));

      const mails = await t.dataSource.query(
        `SELECT recipient, subject, body_text, attachments FROM outbox WHERE template = 'event-invitation' AND recipient IN ('anna@example.org', 'clara@example.org') ORDER BY recipient`,
      );
      expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual(['anna@example.org', 'clara@example.org']);
      const anna = mails[0];
      expect(anna.subject).toBe('Einladung: Ehrenamtspreis 2026');
      const token = rsvpTokenIn(anna.body_text);
      const code = admissionCodeIn(anna.body_text);
      const [invitation] = await t.dataSource.query(`SELECT id FROM event_invitations WHERE event_id = $1 AND email_key = 'anna@example.org'`, [id]);
      const tokens = await t.dataSource.query(`SELECT purpose FROM event_invitation_tokens WHERE invitation_id = $1 AND token_hash IN ($2, $3) ORDER BY purpose`, [
        invitation.id,
        hashToken(token),
        hashToken(code),
      ]);
      expect(tokens.map((r: { purpose: string }) => r.purpose)).toEqual(['admission', 'rsvp']);
      const files = anna.attachments as { filename: string; contentType: string; contentBase64: string }[];
      expect(files.map((f) => f.contentType.split(';')[0])).toEqual(['text/calendar', 'image/png']);
      const ics = Buffer.from(files[0]!.contentBase64, 'base64').toString('utf8');
      expect(ics).toContain('SUMMARY:Ehrenamtspreis 2026');
      expect(ics).toMatch(new RegExp(`DTSTART[^:]*:${eventDay.replace(/-/g, '')}T\\d{6}Z`));
      expect(Buffer.from(files[1]!.contentBase64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');

      const again = await api.post(`/events/${id}/send-invitations`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Auf der Gästeliste wartet niemand auf eine Einladung. Bitte fügen Sie zuerst Gäste hinzu.');

      // A resend: a new link, the old one stops.
      const resent = await api.post(`/events/${id}/invitations/${invitation.id}/resend`);
      expect(resent.status).toBe(200);
      const [old] = await t.dataSource.query(`SELECT revoked_at FROM event_invitation_tokens WHERE token_hash = $1`, [hashToken(token)]);
      expect(old.revoked_at).not.toBeNull();
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE template = 'event-invitation' AND recipient = 'anna@example.org'`);
      expect(n).toBe(2);
    });

    it('refuses to send for an event that has started or was cancelled', async () => {
      const past = await insertEvent(t, { startsAt: new Date(Date.now() - 3_600_000), rsvpDeadline: daysAgo(2), status: 'draft' });
      await insertInvitation(t, { eventId: past, name: 'Anna Acker', email: 'anna@example.org', status: 'listed' });
      const res = await api.post(`/events/${past}/send-invitations`);
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Die Veranstaltung hat schon begonnen. Sie kann nicht mehr geändert werden.');
      expect((await api.post(`/events/${past}/invitations`, { name: 'Gast', email: 'gast@example.org' })).status).toBe(409);

      const id = await createEvent();
      await api.post(`/events/${id}/invitations`, { name: 'Gast', email: 'gast@example.org' });
      await api.post(`/events/${id}/cancel`, { reason: 'Unwetterwarnung' });
      expect((await api.post(`/events/${id}/send-invitations`)).status).toBe(409);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE recipient = 'gast@example.org'`);
      expect(n).toBe(0);
    });
  });
});
