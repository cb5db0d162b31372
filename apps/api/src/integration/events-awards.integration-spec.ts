import { latestMailTo, linkToken, type SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { eventsApi, insertEvent } from './event-fixtures';
import { addOrganisation, addVolunteer, fieldErrors, staff } from './hours-fixtures';

const DAY = 86_400_000;
const REASON = 'Leitet seit acht Jahren das Sprachcafé in Borna, jede Woche.';
const dateIn = (days: number) => new Date(Date.now() + days * DAY);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Staff requests under /api/v1/events. */
function events(who: SignedIn, lang = 'de') {
  const a = eventsApi(who, lang);
  return {
    get: (path: string) => a.get(`/events${path}`),
    post: (path: string, body: unknown = {}) => a.post(`/events${path}`, body),
    patch: (path: string, body: unknown) => a.patch(`/events${path}`, body),
    delete: (path: string) => a.delete(`/events${path}`),
  };
}

describe('recognition events: award categories, nominations, winners, nomination links', () => {
  let t: TestApp;
  let coord: SignedIn;
  let volunteer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    coord = await staff(t, 'koordination@example.org');
    volunteer = await staff(t, 'ehrenamt@example.org', ['volunteer']);
  }, 120_000);
  afterAll(() => t.close());

  const upcoming = (title = 'Ehrenamtspreis 2026') => insertEvent(t, { startsAt: dateIn(30), rsvpDeadline: isoDate(dateIn(20)), title });

  it('keeps categories with their nominations; coordinators nominate volunteers and organisations, named by who nominated', async () => {
    const eventId = await upcoming();
    const org = await addOrganisation(t, 'Willkommensinitiative Borna e. V.');
    const anna = await addVolunteer(t, { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.kat@example.org', account: false });

    const created = await events(coord).post(`/${eventId}/award-categories`, { name: 'Ehrenamtspreis', description: 'Für langjähriges Engagement' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Ehrenamtspreis', description: 'Für langjähriges Engagement', nominations: [] });
    const categoryId: string = created.body.id;

    const renamed = await events(coord).patch(`/award-categories/${categoryId}`, { name: 'Preis für Engagement', description: '' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Preis für Engagement');

    const forAnna = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: anna.id, reason: REASON });
    expect(forAnna.status).toBe(201);
    expect(forAnna.body).toMatchObject({ categoryId, nominee: { kind: 'volunteer', id: anna.id, name: 'Anna Schmidt' }, reason: REASON, nominatedBy: 'koordination', winner: false });
    const forOrg = await events(coord).post(`/${eventId}/nominations`, { categoryId, organisationId: org.id, reason: 'Begleitet seit 2015 neu Angekommene.' });
    expect(forOrg.status).toBe(201);
    expect(forOrg.body.nominee).toEqual({ kind: 'organisation', id: org.id, name: 'Willkommensinitiative Borna e. V.' });

    const list = await events(coord).get(`/${eventId}/award-categories`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0].nominations.map((n: { nominee: { name: string } }) => n.nominee.name)).toEqual(['Anna Schmidt', 'Willkommensinitiative Borna e. V.']);

    // Volunteers cannot see or change any of it.
    expect((await events(volunteer).get(`/${eventId}/award-categories`)).status).toBe(403);
    expect((await events(volunteer).post(`/${eventId}/nominations`, { categoryId, volunteerId: anna.id, reason: REASON })).status).toBe(403);

    const removed = await events(coord).delete(`/award-categories/${categoryId}`);
    expect(removed.status).toBe(204);
    expect((await events(coord).get(`/${eventId}/award-categories`)).body).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM event_nominations WHERE category_id = $1`, [categoryId])).toHaveLength(0);
  });

  it('refuses both or neither nominee and a short reason, naming the field; a duplicate is 409; nothing is written', async () => {
    const eventId = await upcoming();
    const otherEventId = await upcoming('Anderer Empfang');
    const org = await addOrganisation(t, 'Tafel Grimma');
    const ben = await addVolunteer(t, { firstName: 'Ben', lastName: 'Krause', email: 'ben.k@example.org', account: false });
    const categoryId: string = (await events(coord).post(`/${eventId}/award-categories`, { name: 'Jugendpreis' })).body.id;
    const foreignCategory: string = (await events(coord).post(`/${otherEventId}/award-categories`, { name: 'Sonderpreis' })).body.id;

    const both = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: ben.id, organisationId: org.id, reason: REASON });
    expect(both.status).toBe(400);
    expect(fieldErrors(both.body)).toEqual({
      organisationId: 'Initiative oder Verein: Bitte genau eine ehrenamtliche Person oder genau eine Initiative bzw. einen Verein vorschlagen.',
    });
    const neither = await events(coord, 'en').post(`/${eventId}/nominations`, { categoryId, reason: REASON });
    expect(neither.status).toBe(400);
    expect(fieldErrors(neither.body)).toEqual({ volunteerId: 'Volunteer: Please nominate exactly one volunteer or exactly one initiative or association.' });
    const short = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: ben.id, reason: 'toll' });
    expect(short.status).toBe(400);
    expect(fieldErrors(short.body)).toEqual({ reason: 'Grund: Bitte 10 bis 2000 Zeichen schreiben.' });
    const badId = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: 'keine-uuid', reason: REASON });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('volunteerId');
    const foreign = await events(coord).post(`/${eventId}/nominations`, { categoryId: foreignCategory, volunteerId: ben.id, reason: REASON });
    expect(foreign.status).toBe(400);
    expect(fieldErrors(foreign.body)).toEqual({ categoryId: 'Preiskategorie: Diese Preiskategorie gibt es bei dieser Veranstaltung nicht.' });
    const noName = await events(coord).post(`/${eventId}/award-categories`, { name: '  ' });
    expect(noName.status).toBe(400);
    expect(fieldErrors(noName.body)).toEqual({ name: 'Name: Bitte 1 bis 200 Zeichen angeben.' });
    expect(await t.dataSource.query(`SELECT 1 FROM event_nominations WHERE category_id = $1`, [categoryId])).toHaveLength(0);

    expect((await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: ben.id, reason: REASON })).status).toBe(201);
    const again = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: ben.id, reason: 'Noch einmal, weil es so schön war.' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Diese Person bzw. Initiative ist in dieser Kategorie schon vorgeschlagen.');
    expect(await t.dataSource.query(`SELECT 1 FROM event_nominations WHERE category_id = $1`, [categoryId])).toHaveLength(1);
  });

  it('refuses nominations for an event that has started or was cancelled', async () => {
    const ben = await addVolunteer(t, { firstName: 'Carla', lastName: 'Weber', email: 'carla.w@example.org', account: false });
    for (const e of [{ startsAt: dateIn(-1), rsvpDeadline: isoDate(dateIn(-5)) }, { startsAt: dateIn(10), rsvpDeadline: isoDate(dateIn(5)), status: 'cancelled' }]) {
      const eventId = await insertEvent(t, e);
      const categoryId: string = (await events(coord).post(`/${eventId}/award-categories`, { name: 'Ehrenamtspreis' })).body.id;
      const res = await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: ben.id, reason: REASON });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('Vorschläge sind nicht mehr möglich: Die Veranstaltung hat schon begonnen oder ist abgesagt.');
    }
  });

  it('marks winners, unmarks and deletes nominations; unknown ids are 404', async () => {
    const eventId = await upcoming();
    const dora = await addVolunteer(t, { firstName: 'Dora', lastName: 'Lange', email: 'dora.l@example.org', account: false });
    const categoryId: string = (await events(coord).post(`/${eventId}/award-categories`, { name: 'Ehrenamtspreis' })).body.id;
    const nominationId: string = (await events(coord).post(`/${eventId}/nominations`, { categoryId, volunteerId: dora.id, reason: REASON })).body.id;

    const won = await events(coord).post(`/nominations/${nominationId}/winner`, { winner: true });
    expect(won.status).toBe(200);
    expect(won.body.winner).toBe(true);
    expect((await events(coord).get(`/${eventId}/award-categories`)).body[0].nominations[0].winner).toBe(true);
    expect((await events(coord).post(`/nominations/${nominationId}/winner`, { winner: 'ja' })).status).toBe(400);
    expect((await events(coord).post(`/nominations/${nominationId}/winner`, { winner: false })).body.winner).toBe(false);

    expect((await events(coord).delete(`/nominations/${nominationId}`)).status).toBe(204);
    expect((await events(coord).delete(`/nominations/${nominationId}`)).status).toBe(404);
    expect((await events(coord).post(`/nominations/${nominationId}/winner`, { winner: true })).status).toBe(404);
    expect((await events(coord).patch('/award-categories/00000000-0000-4000-8000-000000000000', { name: 'X' })).status).toBe(404);
  });

  it('emails organisation contacts a link: the form shows only their own volunteers, and they nominate those or their organisation only', async () => {
    const eventId = await upcoming('Preisverleihung Ehrenamt');
    const own = await addOrganisation(t, 'Sportverein Wurzen', [{ name: 'Petra Vogel', email: 'petra.vogel@example.org' }]);
    const other = await addOrganisation(t, 'Kirchgemeinde Colditz', [{ name: 'Jonas Beck', email: 'jonas.beck@example.org' }]);
    const emil = await addVolunteer(t, { firstName: 'Emil', lastName: 'Berg', email: 'emil.b@example.org', account: false, organisations: [own.id] });
    const gone = await addVolunteer(t, { firstName: 'Frida', lastName: 'Alt', email: 'frida.a@example.org', account: false, organisations: [own.id] });
    await t.dataSource.query(`UPDATE volunteers SET status = 'left' WHERE id = $1`, [gone.id]);
    const stranger = await addVolunteer(t, { firstName: 'Greta', lastName: 'Fremd', email: 'greta.f@example.org', account: false, organisations: [other.id] });

    // Without a category there is nothing to nominate for.
    const early = await events(coord).post(`/${eventId}/nomination-requests`, { organisationIds: [own.id] });
    expect(early.status).toBe(409);
    const categoryId: string = (await events(coord).post(`/${eventId}/award-categories`, { name: 'Vereinspreis', description: 'Für Vereinsarbeit' })).body.id;
    const unknown = await events(coord).post(`/${eventId}/nomination-requests`, { organisationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('organisationIds');

    const sent = await events(coord).post(`/${eventId}/nomination-requests`, { organisationIds: [own.id] });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sent: 1 });
    expect(await latestMailTo(t, 'jonas.beck@example.org')).toBeUndefined();
    const mail = await latestMailTo(t, 'petra.vogel@example.org');
    expect(mail!.subject).toBe('Vorschläge für „Preisverleihung Ehrenamt“ erbeten');
    expect(mail!.body_text).toContain('Sportverein Wurzen');
    const token = linkToken(mail!.body_text!, 'nominate');
    const [stored] = await t.dataSource.query(`SELECT count(*)::int AS n FROM event_nomination_links WHERE token_hash = $1`, [token]);
    expect(stored.n).toBe(0); // only the hash is kept

    const form = await t.http().get('/api/v1/public/nominate').query({ token });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({
      event: { title: 'Preisverleihung Ehrenamt' },
      organisation: { id: own.id, name: 'Sportverein Wurzen' },
      contactName: 'Petra Vogel',
      categories: [{ id: categoryId, name: 'Vereinspreis', description: 'Für Vereinsarbeit' }],
      volunteers: [{ id: emil.id, name: 'Emil Berg' }],
      mine: [],
      open: true,
    });

    const foreign = await t.http().post('/api/v1/public/nominate').send({ token, categoryId, volunteerId: stranger.id, reason: REASON });
    expect(foreign.status).toBe(404);
    expect((await t.http().post('/api/v1/public/nominate').send({ token, categoryId, volunteerId: gone.id, reason: REASON })).status).toBe(404);
    expect((await t.http().post('/api/v1/public/nominate').send({ token, categoryId, organisationId: other.id, reason: REASON })).status).toBe(404);
    expect(await t.dataSource.query(`SELECT 1 FROM event_nominations WHERE category_id = $1`, [categoryId])).toHaveLength(0);

    const forEmil = await t.http().post('/api/v1/public/nominate').send({ token, categoryId, volunteerId: emil.id, reason: REASON });
    expect(forEmil.status).toBe(201);
    expect(forEmil.body).toMatchObject({ nominee: { kind: 'volunteer', id: emil.id, name: 'Emil Berg' }, nominatedBy: 'Petra Vogel (Sportverein Wurzen)' });
    const forClub = await t.http().post('/api/v1/public/nominate').send({ token, categoryId, organisationId: own.id, reason: 'Der ganze Verein trägt das Training für Geflüchtete.' });
    expect(forClub.status).toBe(201);
    const [row] = await t.dataSource.query(`SELECT nominated_by_contact, nominated_by_user FROM event_nominations WHERE id = $1`, [forClub.body.id]);
    expect(row).toEqual({ nominated_by_contact: own.contactIds[0], nominated_by_user: null });
    expect((await t.http().get('/api/v1/public/nominate').query({ token })).body.mine).toHaveLength(2);
    expect((await t.http().post('/api/v1/public/nominate').send({ token, categoryId, reason: REASON })).status).toBe(400);

    // The coordinator sees the contact's nominations in the category.
    const list = await events(coord).get(`/${eventId}/award-categories`);
    expect(list.body[0].nominations.map((n: { nominatedBy: string }) => n.nominatedBy)).toEqual(['Petra Vogel (Sportverein Wurzen)', 'Petra Vogel (Sportverein Wurzen)']);

    // Unknown token 404, expired link 410 with a message saying so.
    expect((await t.http().get('/api/v1/public/nominate').query({ token: 'nicht-echt' })).status).toBe(404);
    await t.dataSource.query(`UPDATE event_nomination_links SET expires_at = now() - interval '1 day' WHERE event_id = $1`, [eventId]);
    const expired = await t.http().get('/api/v1/public/nominate').query({ token });
    expect(expired.status).toBe(410);
    expect(expired.body.errors[0].message).toMatch(/^Dieser Link ist am \d{2}\.\d{2}\.\d{4} abgelaufen\./);
    expect((await t.http().post('/api/v1/public/nominate').send({ token, categoryId, volunteerId: emil.id, reason: 'Ein neuer Grund, lang genug.' })).status).toBe(410);
  });

  it('without a selection, mails every contact of every organisation', async () => {
    const eventId = await upcoming();
    await events(coord).post(`/${eventId}/award-categories`, { name: 'Ehrenamtspreis' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM organisation_contacts WHERE trim(email) <> ''`);
    const sent = await events(coord).post(`/${eventId}/nomination-requests`, {});
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toBe(n);
    const [{ links }] = await t.dataSource.query(`SELECT count(*)::int AS links FROM event_nomination_links WHERE event_id = $1`, [eventId]);
    expect(links).toBe(n);
  });
});
