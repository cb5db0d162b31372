import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

function fieldErrors(body: { errors?: { field: string; message: string }[] }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
}

interface Contact {
  id: string;
  name: string;
  email: string;
  phone: string | null;
}

describe('organisations (Einsatzstellen / Träger) and their contact people', () => {
  let t: TestApp;
  let coord: SignedIn;
  let grimma: number;
  let borna: number;
  const post = (s: SignedIn, path: string) => s.agent.post(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const put = (s: SignedIn, path: string) => s.agent.put(`/api/v1${path}`).set('x-xsrf-token', s.csrf);
  const count = async (table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const create = async (body: Record<string, unknown>) => {
    const res = await post(coord, '/organisations').send({ kind: 'association', contacts: [], ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; contacts: Contact[] };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    for (const row of await t.dataSource.query(`SELECT id, name FROM municipalities WHERE name IN ('Grimma', 'Borna')`)) {
      if (row.name === 'Grimma') grimma = row.id;
      else borna = row.id;
    }
    await createUser(t, 'koord@example.org', ['coordinator']);
    coord = await signIn(t, 'koord@example.org');
  });
  afterAll(() => t.close());

  it('creates an organisation with address and contacts', async () => {
    const res = await post(coord, '/organisations').send({
      name: ' Begegnungscafé Grimma e. V. ',
      kind: 'association',
      street: 'Markt 12',
      postalCode: '04668',
      municipalityId: grimma,
      contacts: [{ name: 'Heike Vogel', email: 'Kontakt@Begegnungscafe.example', phone: '03437 123456' }, { name: 'Samir Aziz', email: 'samir@begegnungscafe.example' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Begegnungscafé Grimma e. V.',
      kind: 'association',
      street: 'Markt 12',
      postalCode: '04668',
      municipalityId: grimma,
      municipalityName: 'Grimma',
      contacts: [
        { id: expect.any(String), name: 'Heike Vogel', email: 'kontakt@begegnungscafe.example', phone: '03437 123456' },
        { id: expect.any(String), name: 'Samir Aziz', email: 'samir@begegnungscafe.example', phone: null },
      ],
      volunteerCount: 0,
      createdAt: expect.any(String),
    });
    expect((await coord.agent.get(`/api/v1/organisations/${res.body.id}`)).body).toEqual(res.body);
  });

  it('refuses bad contact emails, duplicates, an unknown municipality and unknown kinds, writing nothing', async () => {
    const before = [await count('organisations'), await count('organisation_contacts')];
    const bad = await post(coord, '/organisations').send({ name: 'Tafel', kind: 'club', postalCode: '4668', contacts: [{ name: 'Ina', email: 'keine-adresse' }] });
    expect(fieldErrors(bad.body)).toEqual({
      kind: 'Art: Dieser Wert ist nicht erlaubt.',
      postalCode: 'Postleitzahl: Bitte eine fünfstellige Postleitzahl angeben.',
      'contacts.0.email': 'E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.',
    });
    const twice = await post(coord, '/organisations').send({ name: 'Tafel', kind: 'welfare', contacts: [{ name: 'Ina', email: 'ina@tafel.example' }, { name: 'Ina B.', email: 'INA@tafel.example' }] });
    expect(Object.keys(fieldErrors(twice.body))).toEqual(['contacts.1.email']);
    const unknown = await post(coord, '/organisations').set('accept-language', 'en').send({ name: 'Tafel', kind: 'welfare', municipalityId: 123456, contacts: [] });
    expect(fieldErrors(unknown.body)).toEqual({ municipalityId: 'Municipality: This municipality is not in the list.' });
    expect([await count('organisations'), await count('organisation_contacts')]).toEqual(before);
  });

  it('replaces the contact list, keeping the ids of contacts sent back', async () => {
    const org = await create({ name: 'Diakonie Leipziger Land', kind: 'welfare', contacts: [{ name: 'Miriam Weiß', email: 'miriam@diakonie.example' }, { name: 'Tobias Franke', email: 'tobias@diakonie.example' }] });
    const miriam = org.contacts.find((c) => c.name === 'Miriam Weiß')!;
    const res = await put(coord, `/organisations/${org.id}`).send({
      name: 'Diakonie Leipziger Land',
      kind: 'welfare',
      municipalityId: borna,
      contacts: [{ id: miriam.id, name: 'Miriam Weiß-Lange', email: 'miriam@diakonie.example' }, { name: 'Lea Günther', email: 'lea@diakonie.example' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.municipalityName).toBe('Borna');
    expect(res.body.contacts).toEqual([
      { id: expect.any(String), name: 'Lea Günther', email: 'lea@diakonie.example', phone: null },
      { id: miriam.id, name: 'Miriam Weiß-Lange', email: 'miriam@diakonie.example', phone: null },
    ]);
    expect(await t.dataSource.query(`SELECT name FROM organisation_contacts WHERE organisation_id = $1 ORDER BY name`, [org.id])).toEqual([
      { name: 'Lea Günther' },
      { name: 'Miriam Weiß-Lange' },
    ]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'organisation-contact' AND entity_id = $1 ORDER BY id`, [miriam.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
  });

  it("refuses another organisation's contact id", async () => {
    const a = await create({ name: 'Kirchgemeinde Borna', kind: 'church', contacts: [{ name: 'Ruth Sommer', email: 'ruth@kirche.example' }] });
    const b = await create({ name: 'Initiative Wurzen', kind: 'initiative', contacts: [] });
    const res = await put(coord, `/organisations/${b.id}`).send({ name: 'Initiative Wurzen', kind: 'initiative', contacts: [{ id: a.contacts[0]!.id, name: 'Ruth Sommer', email: 'ruth@kirche.example' }] });
    expect(Object.keys(fieldErrors(res.body))).toEqual(['contacts.0.id']);
    expect((await coord.agent.get(`/api/v1/organisations/${a.id}`)).body.contacts).toHaveLength(1);
    expect((await put(coord, '/organisations/00000000-0000-4000-8000-000000000000').send({ name: 'X Y', kind: 'initiative', contacts: [] })).status).toBe(404);
  });

  it('lists with search, filters, sorting, pages and the number of volunteers', async () => {
    const [{ id: cafe }] = await t.dataSource.query(`SELECT id FROM organisations WHERE name LIKE 'Begegnungscafé%'`);
    for (const name of ['Anna', 'Lukas']) {
      const [{ id }] = await t.dataSource.query(`INSERT INTO volunteers (first_name, last_name) VALUES ($1, 'Test') RETURNING id`, [name]);
      await t.dataSource.query(`INSERT INTO volunteer_organisations (volunteer_id, organisation_id) VALUES ($1, $2)`, [id, cafe]);
    }
    const all = await coord.agent.get('/api/v1/organisations');
    expect(all.body.total).toBe(4);
    expect(all.body.items.map((o: { name: string }) => o.name)).toEqual(['Begegnungscafé Grimma e. V.', 'Diakonie Leipziger Land', 'Initiative Wurzen', 'Kirchgemeinde Borna']);
    expect(all.body.items[0].volunteerCount).toBe(2);
    expect(all.body.items[0].contacts).toHaveLength(2);
    const names = async (query: Record<string, string | number>) => (await coord.agent.get('/api/v1/organisations').query(query)).body.items.map((o: { name: string }) => o.name);
    expect(await names({ q: 'diakonie' })).toEqual(['Diakonie Leipziger Land']);
    expect(await names({ q: 'ruth@' })).toEqual(['Kirchgemeinde Borna']);
    expect(await names({ kind: 'church' })).toEqual(['Kirchgemeinde Borna']);
    expect(await names({ municipalityId: borna })).toEqual(['Diakonie Leipziger Land']);
    expect(await names({ sort: 'name', direction: 'desc', pageSize: 1, page: 2 })).toEqual(['Initiative Wurzen']);
    expect(await names({ sort: 'kind' })).toEqual(['Begegnungscafé Grimma e. V.', 'Kirchgemeinde Borna', 'Initiative Wurzen', 'Diakonie Leipziger Land']);
    const bad = await coord.agent.get('/api/v1/organisations').query({ sort: 'contact', kind: 'club' });
    expect(bad.status).toBe(400);
  });

  it('offers volunteers only their own organisations for the hour form, staff all of them', async () => {
    const staffOptions = await coord.agent.get('/api/v1/organisations/options');
    expect(staffOptions.body.map((o: { name: string }) => o.name)).toEqual(['Begegnungscafé Grimma e. V.', 'Diakonie Leipziger Land', 'Initiative Wurzen', 'Kirchgemeinde Borna']);
    const user = await createUser(t, 'ehrenamt@example.org', ['volunteer']);
    const v = await signIn(t, user.email);
    expect((await v.agent.get('/api/v1/organisations/options')).body).toEqual([]);
    const me = await v.agent.get('/api/v1/volunteers/me');
    const [{ id: church }] = await t.dataSource.query(`SELECT id FROM organisations WHERE name = 'Kirchgemeinde Borna'`);
    await coord.agent.patch(`/api/v1/volunteers/${me.body.id}`).set('x-xsrf-token', coord.csrf).send({ organisationIds: [church] }).expect(200);
    expect((await v.agent.get('/api/v1/organisations/options')).body).toEqual([{ id: church, name: 'Kirchgemeinde Borna' }]);
    // Volunteers manage no organisations.
    expect((await v.agent.get('/api/v1/organisations')).status).toBe(403);
    expect((await v.agent.get(`/api/v1/organisations/${church}`)).status).toBe(403);
    expect((await post(v, '/organisations').send({ name: 'Meins', kind: 'initiative', contacts: [] })).status).toBe(403);
    expect((await t.http().get('/api/v1/organisations/options')).status).toBe(401);
  });
});
