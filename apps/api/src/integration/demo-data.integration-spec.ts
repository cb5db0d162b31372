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
});
