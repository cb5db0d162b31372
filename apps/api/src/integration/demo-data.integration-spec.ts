import { loadMunicipalities } from '@miteinander/server-people';
import { DEMO_PASSWORD, seedDemoData } from '@miteinander/tools-seed';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { signIn } from '../test-support/people';

describe('county data and demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
  });
  afterAll(() => t.close());

  it("loads the county's 30 municipalities once, plus 'outside the county'", async () => {
    expect(await loadMunicipalities(t.dataSource)).toBe(0);
    await seedDemoData(t.app);
    const s = await signIn(t, 'koordination@demo.miteinander.local', DEMO_PASSWORD);
    const list = await s.agent.get('/api/v1/municipalities');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(31);
    expect(list.body[0].name).toBe('Bad Lausick');
    expect(list.body[30]).toMatchObject({ name: 'außerhalb des Landkreises', outsideCounty: true });
  });

  it('loads demo volunteers with German and non-German names, languages and availability, only once', async () => {
    await seedDemoData(t.app);
    const volunteers: { first_name: string; languages: { code: string }[]; availability: string[]; municipality: string }[] = await t.dataSource.query(
      `SELECT v.first_name, v.languages, v.availability, m.name AS municipality FROM volunteers v JOIN municipalities m ON m.id = v.municipality_id`,
    );
    expect(volunteers.length).toBeGreaterThanOrEqual(10);
    expect(volunteers.map((v) => v.first_name)).toEqual(expect.arrayContaining(['Anna', 'Amal', 'Olena', 'Mohammad']));
    expect(volunteers.flatMap((v) => v.languages.map((l) => l.code))).toEqual(expect.arrayContaining(['de', 'ar', 'uk', 'fa']));
    expect(volunteers.every((v) => v.availability.length > 0)).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);
    expect(n).toBe(5);
  });

  it('loads sponsorships in every stage: a waiting list, an overdue trial review for the demo volunteer, two ending soon and one closed', async () => {
    await seedDemoData(t.app);
    const coord = await signIn(t, 'koordination@demo.miteinander.local', DEMO_PASSWORD);
    const states: { state: string }[] = await t.dataSource.query(`SELECT state FROM sponsorships ORDER BY state`);
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['inquiry', 'intake', 'ready_to_match', 'match_proposed', 'trial', 'active', 'closed']));
    const waiting = (await coord.agent.get('/api/v1/sponsorships?view=waiting')).body.items.map((i: { name: string }) => i.name);
    expect(waiting).toEqual(['Familie Haddad', 'Familie Sultani', 'Amina R.']);
    const overdue = (await coord.agent.get('/api/v1/sponsorships/check-ins/overdue')).body;
    expect(overdue).toEqual([expect.objectContaining({ name: 'Familie Ahmadi', mine: true, daysOverdue: 8, volunteer: expect.objectContaining({ name: 'Anna Schmidt' }) })]);
    expect((await coord.agent.get('/api/v1/sponsorships?view=ending_soon')).body.items.map((i: { name: string }) => i.name)).toEqual(['Familie Tesfay', 'Yusuf K.']);
    const anna = await signIn(t, 'anna.schmidt@demo.miteinander.local', DEMO_PASSWORD);
    const mine = (await anna.agent.get('/api/v1/sponsorships/mine')).body;
    expect(mine).toEqual([expect.objectContaining({ name: 'Familie Ahmadi', state: 'trial', contact: expect.objectContaining({ email: 'ahmadi@example.org' }) })]);
  });
});
