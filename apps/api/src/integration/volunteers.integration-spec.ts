import { localDate } from '@miteinander/domain-reminders';
import { addDays } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

/** Field → message of a 400 answer. */
function fieldErrors(body: { errors?: { field: string; message: string }[] }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
}

describe('volunteer profiles: intake, profile, status, consents, trainings and access', () => {
  let t: TestApp;
  let coord: SignedIn;
  let grimma: number;
  let borna: number;
  const today = () => localDate(new Date(), 'Europe/Berlin');

  const count = async (table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const post = (s: SignedIn, path: string) => s.agent.post(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const patch = (s: SignedIn, path: string) => s.agent.patch(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const put = (s: SignedIn, path: string) => s.agent.put(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const del = (s: SignedIn, path: string) => s.agent.delete(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const quickCreate = async (firstName: string, lastName: string, extra: Record<string, unknown> = {}) => {
    const res = await post(coord, '/volunteers').send({ firstName, lastName, municipalityId: grimma, languages: [{ code: 'de', level: 'native' }], ...extra });
    if (res.status !== 201) throw new Error(`quick create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    const ids: { id: number; name: string }[] = await t.dataSource.query(`SELECT id, name FROM municipalities WHERE name IN ('Grimma', 'Borna')`);
    grimma = ids.find((m) => m.name === 'Grimma')!.id;
    borna = ids.find((m) => m.name === 'Borna')!.id;
    const c = await createUser(t, 'koord@example.org', ['coordinator']);
    await t.dataSource.query(`UPDATE users SET display_name = 'Katrin Hoffmann' WHERE id = $1`, [c.id]);
    coord = await signIn(t, 'koord@example.org');
  });
  afterAll(() => t.close());

  describe('quick intake', () => {
    it('records a person from an info evening with only name, municipality and languages', async () => {
      const res = await post(coord, '/volunteers').send({ firstName: '  Amal ', lastName: 'Haddad', municipalityId: grimma, languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B1' }] });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        firstName: 'Amal',
        lastName: 'Haddad',
        email: null,
        phone: null,
        municipalityId: grimma,
        municipalityName: 'Grimma',
        languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B1' }],
        status: 'interested',
        organisations: [],
        consents: [],
        trainings: [],
        policeCertificate: { state: 'missing', validUntil: null },
        policeCertificateRecord: null,
      });
      expect(res.body.statusHistory).toEqual([{ from: null, to: 'interested', reason: 'recorded', at: expect.any(String), byName: 'Katrin Hoffmann' }]);
    });

    it('takes optional email and phone, tidied', async () => {
      const res = await post(coord, '/volunteers').send({
        firstName: 'Olena', lastName: 'Kovalenko', email: ' Olena.K@Example.ORG ', phone: ' +49  341 123456', municipalityId: borna, languages: [{ code: 'UK', level: 'native' }],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email: 'olena.k@example.org', phone: '+49 341 123456', languages: [{ code: 'uk', level: 'native' }] });
    });

    it('refuses an unknown municipality, naming the field, and writes nothing', async () => {
      const before = await count('volunteers');
      const res = await post(coord, '/volunteers').send({ firstName: 'Nour', lastName: 'Al-Khatib', municipalityId: 99999, languages: [{ code: 'ar', level: 'native' }] });
      expect(res.status).toBe(400);
      expect(fieldErrors(res.body)).toEqual({ municipalityId: 'Gemeinde: Diesen Ort gibt es in der Liste nicht.' });
      expect(await count('volunteers')).toBe(before);
      expect(await count('volunteer_status_changes')).toBe(before);
    });

    it('answers in English when asked', async () => {
      const res = await post(coord, '/volunteers').set('accept-language', 'en').send({ firstName: 'Nour', lastName: 'Al-Khatib', municipalityId: 99999, languages: [{ code: 'ar', level: 'native' }] });
      expect(res.status).toBe(400);
      expect(fieldErrors(res.body)).toEqual({ municipalityId: 'Municipality: This municipality is not in the list.' });
    });

    it('names every missing or malformed field', async () => {
      const before = await count('volunteers');
      const res = await post(coord, '/volunteers').send({ firstName: '', email: 'keine-adresse', phone: 'ruf mich an', languages: [{ code: 'arabisch', level: 'fließend' }] });
      expect(res.status).toBe(400);
      const errors = fieldErrors(res.body);
      expect(errors['firstName']).toBe('Vorname: Bitte ausfüllen.');
      expect(errors['lastName']).toBe('Nachname: Bitte ausfüllen.');
      expect(errors['email']).toBe('E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.');
      expect(errors['phone']).toBe('Telefon: Bitte eine gültige Telefonnummer angeben.');
      expect(errors['municipalityId']).toBe('Gemeinde: Bitte ausfüllen.');
      expect(errors['languages.0.code']).toBe('Sprache: Bitte eine Sprache aus der Liste wählen.');
      expect(errors['languages.0.level']).toBe('Niveau: Dieser Wert ist nicht erlaubt.');
      expect(await count('volunteers')).toBe(before);
    });

    it('refuses a language listed twice and an empty language list', async () => {
      const twice = await post(coord, '/volunteers').send({ firstName: 'A', lastName: 'B', municipalityId: grimma, languages: [{ code: 'ar', level: 'native' }, { code: 'ar', level: 'B1' }] });
      expect(fieldErrors(twice.body)).toEqual({ languages: 'Sprachen: Jede Sprache bitte nur einmal angeben.' });
      const none = await post(coord, '/volunteers').send({ firstName: 'A', lastName: 'B', municipalityId: grimma, languages: [] });
      expect(fieldErrors(none.body)).toEqual({ languages: 'Sprachen: Bitte mindestens 1 auswählen.' });
    });
  });

  describe('the full profile', () => {
    it('keeps everything in one place and records who changed what', async () => {
      const { id } = await quickCreate('Ursula', 'Lehmann');
      const [{ id: org }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Tafel Grimma', 'association') RETURNING id`);
      const res = await patch(coord, `/volunteers/${id}`).send({
        phone: '03437 12345',
        dateOfBirth: '1954-11-08',
        gender: 'female',
        mailLocale: 'uk',
        skills: ['tutoring', 'administration'],
        interests: ['learning_sponsorship'],
        competences: ['organisation'],
        availability: ['mon-morning', 'tue-evening'],
        capacity: 3,
        employedOrInTraining: false,
        preferences: 'Keine Haustiere',
        notes: 'Sehr zuverlässig',
        organisationIds: [org],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        phone: '03437 12345', dateOfBirth: '1954-11-08', gender: 'female', mailLocale: 'uk', skills: ['tutoring', 'administration'], interests: ['learning_sponsorship'],
        competences: ['organisation'], availability: ['mon-morning', 'tue-evening'], capacity: 3, preferences: 'Keine Haustiere', notes: 'Sehr zuverlässig',
        organisations: [{ id: org, name: 'Tafel Grimma' }],
      });
      const again = await coord.agent.get(`/api/v1/volunteers/${id}`);
      expect(again.body.organisations).toEqual([{ id: org, name: 'Tafel Grimma' }]);
      const audit = await t.dataSource.query(`SELECT action, diff FROM audit_log WHERE entity = 'volunteer' AND entity_id = $1 AND action = 'update' ORDER BY id`, [id]);
      expect(audit.map((a: { diff: Record<string, unknown> }) => Object.keys(a.diff)).flat()).toEqual(expect.arrayContaining(['notes', 'skills', 'organisationIds']));
      // Removing the link keeps the profile.
      expect((await patch(coord, `/volunteers/${id}`).send({ organisationIds: [] })).body.organisations).toEqual([]);
    });

    it('refuses unknown organisations, impossible dates and nulls for required fields, writing nothing', async () => {
      const { id } = await quickCreate('Petra', 'Neumann');
      const bad = await patch(coord, `/volunteers/${id}`).send({ notes: 'x', organisationIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(fieldErrors(bad.body)).toEqual({ organisationIds: 'Einsatzstellen: Diese Einsatzstelle gibt es nicht.' });
      expect((await coord.agent.get(`/api/v1/volunteers/${id}`)).body.notes).toBeNull();
      const dates = await patch(coord, `/volunteers/${id}`).send({ dateOfBirth: '2001-02-30' });
      expect(fieldErrors(dates.body)).toEqual({ dateOfBirth: 'Geburtsdatum: Bitte ein gültiges Datum angeben (JJJJ-MM-TT).' });
      const future = await patch(coord, `/volunteers/${id}`).send({ dateOfBirth: addDays(today(), 1) });
      expect(Object.keys(fieldErrors(future.body))).toEqual(['dateOfBirth']);
      const nulls = await patch(coord, `/volunteers/${id}`).send({ firstName: null, municipalityId: null, capacity: 11, availability: ['mon-night'] });
      expect(Object.keys(fieldErrors(nulls.body)).sort()).toEqual(['availability', 'capacity', 'firstName', 'municipalityId']);
      const lists = await patch(coord, `/volunteers/${id}`).send({ skills: ['juggling'], interests: ['events', 'events'], competences: ['teamwork', 42] });
      expect(Object.keys(fieldErrors(lists.body)).sort()).toEqual(['competences', 'interests', 'skills']);
      const unknownMunicipality = await patch(coord, `/volunteers/${id}`).send({ municipalityId: 424242 });
      expect(Object.keys(fieldErrors(unknownMunicipality.body))).toEqual(['municipalityId']);
      expect((await coord.agent.get(`/api/v1/volunteers/${id}`)).body).toMatchObject({ firstName: 'Petra', municipalityId: grimma, capacity: 1, availability: [], skills: [], interests: [], competences: [] });
    });

    it('answers an unknown or malformed id with 404', async () => {
      expect((await coord.agent.get('/api/v1/volunteers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await coord.agent.get('/api/v1/volunteers/abc')).status).toBe(404);
      expect((await patch(coord, '/volunteers/00000000-0000-4000-8000-000000000000').send({ notes: 'x' })).status).toBe(404);
    });

    it('writes a "read" row to the audit trail when staff open a profile', async () => {
      const { id } = await quickCreate('Thomas', 'Richter');
      await coord.agent.get(`/api/v1/volunteers/${id}`).expect(200);
      const rows = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity = 'volunteer' AND entity_id = $1`, [id]);
      expect(rows).toEqual([{ actor_id: coord.userId }]);
    });
  });

  describe('status', () => {
    it('changes along the path with a reason, and the history says who and why', async () => {
      const { id } = await quickCreate('Fatma', 'Yılmaz');
      const a = await post(coord, `/volunteers/${id}/status`).send({ status: 'intake_done', reason: 'Erstgespräch am Infoabend' });
      expect(a.status).toBe(200);
      const b = await post(coord, `/volunteers/${id}/status`).send({ status: 'active', reason: 'Lernpatenschaft begonnen' });
      expect(b.body.status).toBe('active');
      expect(b.body.statusHistory.map((s: { from: string | null; to: string; reason: string; byName: string }) => [s.from, s.to, s.reason, s.byName])).toEqual([
        [null, 'interested', 'recorded', 'Katrin Hoffmann'],
        ['interested', 'intake_done', 'Erstgespräch am Infoabend', 'Katrin Hoffmann'],
        ['intake_done', 'active', 'Lernpatenschaft begonnen', 'Katrin Hoffmann'],
      ]);
      const rows = await t.dataSource.query(`SELECT changed_by FROM volunteer_status_changes WHERE volunteer_id = $1 AND to_status = 'active'`, [id]);
      expect(rows).toEqual([{ changed_by: coord.userId }]);
      // Back from a break, and a returning person starting again.
      await post(coord, `/volunteers/${id}/status`).send({ status: 'paused', reason: 'Elternzeit' }).expect(200);
      await post(coord, `/volunteers/${id}/status`).send({ status: 'active', reason: 'Wieder da' }).expect(200);
      await post(coord, `/volunteers/${id}/status`).send({ status: 'left', reason: 'Umzug' }).expect(200);
      expect((await post(coord, `/volunteers/${id}/status`).send({ status: 'interested', reason: 'Kommt zurück' })).body.status).toBe('interested');
    });

    it('refuses the same status, a skipped intake and a missing reason, writing nothing', async () => {
      const { id } = await quickCreate('Dawit', 'Tesfaye');
      const same = await post(coord, `/volunteers/${id}/status`).send({ status: 'interested', reason: 'nochmal' });
      expect(fieldErrors(same.body)).toEqual({ status: 'Status: Das ist bereits der aktuelle Status.' });
      const skip = await post(coord, `/volunteers/${id}/status`).set('accept-language', 'en').send({ status: 'active', reason: 'sofort los' });
      expect(fieldErrors(skip.body)).toEqual({ status: 'Status: This status change is not possible.' });
      const noReason = await post(coord, `/volunteers/${id}/status`).send({ status: 'intake_done', reason: ' x ' });
      expect(fieldErrors(noReason.body)).toEqual({ reason: 'Begründung: Bitte mindestens 3 Zeichen angeben.' });
      const view = await coord.agent.get(`/api/v1/volunteers/${id}`);
      expect(view.body.status).toBe('interested');
      expect(view.body.statusHistory).toHaveLength(1);
    });
  });

  describe('consents and trainings', () => {
    it('records consent per purpose with text version, withdrawal and giving it again', async () => {
      const { id } = await quickCreate('Mohammad', 'Rahimi');
      const given = await put(coord, `/volunteers/${id}/consents`).send({ purpose: 'photos', given: true, textVersion: '2026-01' });
      expect(given.status).toBe(200);
      expect(given.body.consents).toEqual([{ purpose: 'photos', textVersion: '2026-01', givenAt: expect.any(String), withdrawnAt: null }]);
      // Repeating the same consent changes nothing.
      expect((await put(coord, `/volunteers/${id}/consents`).send({ purpose: 'photos', given: true, textVersion: '2026-01' })).body.consents).toHaveLength(1);
      const withdrawn = await put(coord, `/volunteers/${id}/consents`).send({ purpose: 'photos', given: false, textVersion: '2026-01' });
      expect(withdrawn.body.consents).toEqual([{ purpose: 'photos', textVersion: '2026-01', givenAt: expect.any(String), withdrawnAt: expect.any(String) }]);
      const again = await put(coord, `/volunteers/${id}/consents`).send({ purpose: 'photos', given: true, textVersion: '2026-06' });
      expect(again.body.consents.map((c: { textVersion: string; withdrawnAt: string | null }) => [c.textVersion, c.withdrawnAt === null])).toEqual([
        ['2026-06', true],
        ['2026-01', false],
      ]);
      const rows = await t.dataSource.query(`SELECT purpose, withdrawn_at IS NULL AS current FROM volunteer_consents WHERE volunteer_id = $1 ORDER BY id`, [id]);
      expect(rows).toEqual([{ purpose: 'photos', current: false }, { purpose: 'photos', current: true }]);
      const bad = await put(coord, `/volunteers/${id}/consents`).send({ purpose: 'marketing', given: 'ja' });
      expect(Object.keys(fieldErrors(bad.body)).sort()).toEqual(['given', 'purpose', 'textVersion']);
    });

    it('adds and removes trainings attended, but none in the future', async () => {
      const { id } = await quickCreate('Jürgen', 'Förster');
      const added = await post(coord, `/volunteers/${id}/trainings`).send({ title: 'Kinderschutz im Ehrenamt', date: addDays(today(), -3), minutes: 180 });
      expect(added.status).toBe(201);
      expect(added.body.trainings).toEqual([{ id: expect.any(String), title: 'Kinderschutz im Ehrenamt', date: addDays(today(), -3), minutes: 180 }]);
      const future = await post(coord, `/volunteers/${id}/trainings`).send({ title: 'Erste Hilfe', date: addDays(today(), 5) });
      expect(fieldErrors(future.body)).toEqual({ date: 'Datum: Das Datum darf nicht in der Zukunft liegen.' });
      const removed = await del(coord, `/volunteers/${id}/trainings/${added.body.trainings[0].id}`);
      expect(removed.status).toBe(200);
      expect(removed.body.trainings).toEqual([]);
      expect((await del(coord, `/volunteers/${id}/trainings/${added.body.trainings[0].id}`)).status).toBe(404);
    });
  });

  describe('volunteers themselves', () => {
    it('get their own profile, created from the account on the first visit', async () => {
      const user = await createUser(t, 'lukas.weber@example.org', ['volunteer']);
      await t.dataSource.query(`UPDATE users SET display_name = 'Lukas Maria Weber', locale = 'en' WHERE id = $1`, [user.id]);
      const v = await signIn(t, user.email);
      const first = await v.agent.get('/api/v1/volunteers/me');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ userId: user.id, firstName: 'Lukas Maria', lastName: 'Weber', email: 'lukas.weber@example.org', mailLocale: 'en', status: 'interested' });
      expect(first.body.statusHistory).toHaveLength(1);
      const second = await v.agent.get('/api/v1/volunteers/me');
      expect(second.body.id).toBe(first.body.id);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM volunteers WHERE user_id = $1`, [user.id])).toEqual([{ n: 1 }]);
      // Reading one's own profile is no sensitive read by someone else.
      expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'read' AND entity_id = $1`, [first.body.id])).toEqual([]);
    });

    it('find the profile a coordinator recorded with their (confirmed) email address', async () => {
      const { id } = await quickCreate('Nour', 'Al-Khatib', { email: 'nour@example.org' });
      await createUser(t, 'nour@example.org', ['volunteer']);
      const v = await signIn(t, 'nour@example.org');
      const me = await v.agent.get('/api/v1/volunteers/me');
      expect(me.body).toMatchObject({ id, firstName: 'Nour', lastName: 'Al-Khatib' });
    });

    it('fill in their profile and availability, but not status, notes or organisations', async () => {
      await createUser(t, 'amal@example.org', ['volunteer']);
      const v = await signIn(t, 'amal@example.org');
      const res = await patch(v, '/volunteers/me').send({ lastName: 'Haddad', municipalityId: borna, availability: ['wed-evening', 'sat-afternoon'], capacity: 2, languages: [{ code: 'ar', level: 'native' }] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ lastName: 'Haddad', municipalityName: 'Borna', availability: ['wed-evening', 'sat-afternoon'], capacity: 2 });
      for (const field of [{ notes: 'mag ich' }, { status: 'active' }, { organisationIds: [] }]) {
        const refused = await patch(v, '/volunteers/me').send(field);
        expect(refused.status).toBe(400);
        expect(refused.body.errors[0].field).toBe(Object.keys(field)[0]);
      }
      const unknown = await patch(v, '/volunteers/me').send({ municipalityId: 777777 });
      expect(fieldErrors(unknown.body)).toEqual({ municipalityId: 'Gemeinde: Diesen Ort gibt es in der Liste nicht.' });
      expect((await v.agent.get('/api/v1/volunteers/me')).body).toMatchObject({ status: 'interested', notes: null, municipalityName: 'Borna' });
    });

    it('give and withdraw their own consents', async () => {
      await createUser(t, 'petra.c@example.org', ['volunteer']);
      const v = await signIn(t, 'petra.c@example.org');
      const given = await put(v, '/volunteers/me/consents').send({ purpose: 'newsletter', given: true, textVersion: 'v1' });
      expect(given.body.consents).toEqual([expect.objectContaining({ purpose: 'newsletter', withdrawnAt: null })]);
      const withdrawn = await put(v, '/volunteers/me/consents').send({ purpose: 'newsletter', given: false, textVersion: 'v1' });
      expect(withdrawn.body.consents[0].withdrawnAt).not.toBeNull();
    });

    it('can read only their own profile (404 for others) and cannot list, create or change volunteers (403)', async () => {
      const other = await quickCreate('Anna', 'Schmidt');
      await createUser(t, 'ehrenamt@example.org', ['volunteer']);
      const v = await signIn(t, 'ehrenamt@example.org');
      const own = (await v.agent.get('/api/v1/volunteers/me')).body.id;
      expect((await v.agent.get(`/api/v1/volunteers/${own}`)).status).toBe(200);
      expect((await v.agent.get(`/api/v1/volunteers/${other.id}`)).status).toBe(404);
      expect((await v.agent.get('/api/v1/volunteers')).status).toBe(403);
      expect((await post(v, '/volunteers').send({ firstName: 'X', lastName: 'Y', municipalityId: grimma, languages: [{ code: 'de', level: 'native' }] })).status).toBe(403);
      expect((await patch(v, `/volunteers/${own}`).send({ notes: 'selbst' })).status).toBe(403);
      expect((await post(v, `/volunteers/${own}/status`).send({ status: 'intake_done', reason: 'selbst gemacht' })).status).toBe(403);
      expect((await put(v, `/volunteers/${own}/consents`).send({ purpose: 'photos', given: true, textVersion: 'v1' })).status).toBe(403);
      // Staff without the volunteer role have no "own" profile.
      expect((await coord.agent.get('/api/v1/volunteers/me')).status).toBe(403);
      expect((await t.http().get('/api/v1/volunteers/me')).status).toBe(401);
    });
  });
});
