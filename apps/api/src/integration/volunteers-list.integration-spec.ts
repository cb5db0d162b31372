import { localDate } from '@miteinander/domain-reminders';
import { addDays, addYears } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

interface Item {
  id: string;
  firstName: string;
  lastName: string;
  municipalityName: string | null;
  policeCertificate: { state: string; validUntil: string | null };
}

describe('searching and filtering volunteers', () => {
  let t: TestApp;
  let coord: SignedIn;
  let organisationId: string;
  const m: Record<string, number> = {};
  const today = localDate(new Date(), 'Europe/Berlin');
  // Issue dates that put each record into one state today (5 years valid, reminder 60 days before).
  const issue = {
    valid: addDays(today, -40),
    due: addDays(addYears(today, -5), 30),
    expired: addDays(addYears(today, -5), -10),
    relevant: addDays(today, -20),
  };

  const send = (method: 'post' | 'patch' | 'put', path: string, body: unknown) => coord.agent[method](`/api/v1${path}`).set('x-xsrf-token', coord.csrf).send(body as object);
  const list = async (query: Record<string, string | number>) => {
    const res = await coord.agent.get('/api/v1/volunteers').query(query);
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { items: Item[]; total: number; page: number; pageSize: number };
  };
  const names = async (query: Record<string, string | number>) => (await list(query)).items.map((i) => i.firstName);

  async function person(p: { firstName: string; lastName: string; municipality: string; languages: string[]; email?: string; phone?: string; profile?: Record<string, unknown>; issueDate?: string; relevantEntry?: boolean; status?: string }) {
    const created = await send('post', '/volunteers', {
      firstName: p.firstName,
      lastName: p.lastName,
      municipalityId: m[p.municipality],
      email: p.email,
      phone: p.phone,
      languages: p.languages.map((code, i) => ({ code, level: i === 0 ? 'native' : 'B1' })),
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const id = created.body.id as string;
    if (p.profile) await send('patch', `/volunteers/${id}`, p.profile).expect(200);
    if (p.issueDate) {
      await send('put', `/volunteers/${id}/police-certificate`, { issueDate: p.issueDate, inspectionDate: addDays(p.issueDate, 10), relevantEntry: p.relevantEntry ?? false, inspector: 'K. Hoffmann' }).expect(200);
    }
    if (p.status) await t.dataSource.query(`UPDATE volunteers SET status = $1 WHERE id = $2`, [p.status, id]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    for (const row of await t.dataSource.query(`SELECT id, name FROM municipalities WHERE name IN ('Grimma', 'Borna', 'Wurzen')`)) m[row.name] = row.id;
    await createUser(t, 'koord@example.org', ['coordinator']);
    coord = await signIn(t, 'koord@example.org');
    [{ id: organisationId }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Diakonie Leipziger Land', 'welfare') RETURNING id`);
    await person({
      firstName: 'Amal', lastName: 'Haddad', municipality: 'Grimma', languages: ['ar', 'de'], email: 'amal.haddad@example.org', phone: '0151 2345678',
      profile: { skills: ['translation'], availability: ['wed-evening', 'sat-afternoon'] }, issueDate: issue.due, status: 'active',
    });
    await person({ firstName: 'Olena', lastName: 'Kovalenko', municipality: 'Borna', languages: ['uk', 'ru'], profile: { skills: ['childcare'], availability: ['tue-morning'] } });
    await person({
      firstName: 'Anna', lastName: 'Schmidt', municipality: 'Grimma', languages: ['de', 'en'], email: 'anna@example.org',
      profile: { skills: ['tutoring'], availability: ['wed-evening'] }, issueDate: issue.valid, status: 'intake_done',
    });
    await person({
      firstName: 'Nour', lastName: 'Al-Khatib', municipality: 'Borna', languages: ['ar', 'ku'],
      profile: { skills: ['translation', 'childcare'], availability: ['wed-evening'] }, issueDate: issue.relevant, relevantEntry: true,
    });
    await person({
      firstName: 'Thomas', lastName: 'Richter', municipality: 'Wurzen', languages: ['de'], phone: '03425 998877',
      profile: { organisationIds: [organisationId] }, issueDate: issue.expired, status: 'paused',
    });
  });
  afterAll(() => t.close());

  it('lists everyone alphabetically by last name, a page at a time', async () => {
    const all = await list({});
    expect(all.total).toBe(5);
    expect(all.items.map((i) => i.lastName)).toEqual(['Al-Khatib', 'Haddad', 'Kovalenko', 'Richter', 'Schmidt']);
    const page2 = await list({ pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((i) => i.lastName)).toEqual(['Kovalenko', 'Richter']);
    expect((await list({ sort: 'lastName', direction: 'desc', pageSize: 1 })).items[0]!.lastName).toBe('Schmidt');
    expect((await list({ sort: 'municipality' })).items.map((i) => i.municipalityName)).toEqual(['Borna', 'Borna', 'Grimma', 'Grimma', 'Wurzen']);
    expect((await list({ sort: 'createdAt', direction: 'desc', pageSize: 1 })).items[0]!.firstName).toBe('Thomas');
  });

  it('finds people by part of the name, full name, email or phone', async () => {
    expect(await names({ q: 'hadd' })).toEqual(['Amal']);
    expect(await names({ q: 'AMAL H' })).toEqual(['Amal']);
    expect(await names({ q: 'anna@' })).toEqual(['Anna']);
    expect(await names({ q: '998877' })).toEqual(['Thomas']);
    // The user's % and _ are taken literally.
    expect(await names({ q: '%' })).toEqual([]);
  });

  it('filters by municipality, language, skill, status, availability and organisation', async () => {
    expect(await names({ municipalityId: m['Grimma']! })).toEqual(['Amal', 'Anna']);
    expect(await names({ language: 'ar' })).toEqual(['Nour', 'Amal']);
    expect(await names({ language: 'ru' })).toEqual(['Olena']);
    expect(await names({ skill: 'childcare' })).toEqual(['Nour', 'Olena']);
    expect(await names({ status: 'active' })).toEqual(['Amal']);
    expect(await names({ status: 'interested' })).toEqual(['Nour', 'Olena']);
    expect(await names({ availability: 'wed-evening' })).toEqual(['Nour', 'Amal', 'Anna']);
    expect(await names({ organisationId })).toEqual(['Thomas']);
  });

  it('combines filters with AND', async () => {
    expect(await names({ municipalityId: m['Grimma']!, language: 'ar' })).toEqual(['Amal']);
    expect(await names({ language: 'ar', skill: 'translation', availability: 'wed-evening' })).toEqual(['Nour', 'Amal']);
    expect(await names({ language: 'ar', skill: 'translation', availability: 'wed-evening', policeCertificate: 'relevant_entry' })).toEqual(['Nour']);
    expect(await names({ municipalityId: m['Borna']!, status: 'active' })).toEqual([]);
    expect((await list({ language: 'ar', pageSize: 1 })).total).toBe(2);
  });

  it('shows the police-certificate state with "valid until" and filters by it, re-inspection due and expired included', async () => {
    const all = await list({});
    const state = Object.fromEntries(all.items.map((i) => [i.firstName, i.policeCertificate]));
    expect(state).toEqual({
      Amal: { state: 'reinspection_due', validUntil: addYears(issue.due, 5) },
      Anna: { state: 'valid', validUntil: addYears(issue.valid, 5) },
      Nour: { state: 'relevant_entry', validUntil: addYears(issue.relevant, 5) },
      Olena: { state: 'missing', validUntil: null },
      Thomas: { state: 'expired', validUntil: addYears(issue.expired, 5) },
    });
    expect(await names({ policeCertificate: 'reinspection_due' })).toEqual(['Amal']);
    expect(await names({ policeCertificate: 'expired' })).toEqual(['Thomas']);
    expect(await names({ policeCertificate: 'valid' })).toEqual(['Anna']);
    expect(await names({ policeCertificate: 'missing' })).toEqual(['Olena']);
    // The profile computes the same state as the list.
    const amal = all.items.find((i) => i.firstName === 'Amal')!;
    expect((await coord.agent.get(`/api/v1/volunteers/${amal.id}`)).body.policeCertificateRecord).toMatchObject({ state: 'reinspection_due', validUntil: addYears(issue.due, 5) });
  });

  it('refuses unknown filters and sort keys, naming the field', async () => {
    for (const [query, field] of [
      [{ language: 'arabisch' }, 'language'],
      [{ sort: 'email' }, 'sort'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ policeCertificate: 'ok' }, 'policeCertificate'],
      [{ availability: 'mon-night' }, 'availability'],
      [{ organisationId: 'x' }, 'organisationId'],
      [{ municipalityId: 'Grimma' }, 'municipalityId'],
      [{ dropTable: 'volunteers' }, 'dropTable'],
    ] as const) {
      const res = await coord.agent.get('/api/v1/volunteers').query(query);
      expect([res.status, res.body.errors?.[0]?.field]).toEqual([400, field]);
    }
  });
});
