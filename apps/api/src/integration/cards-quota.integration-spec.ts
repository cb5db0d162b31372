import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { staff } from './hours-fixtures';
import { cardVolunteer, cards, seedCardRules, thisYear } from './card-fixtures';

/** A new version of the county's rule set with a yearly quota (admins edit rule sets in the app the same way). */
async function setQuota(admin: SignedIn, quota: number): Promise<void> {
  const [current] = (await cards(admin).get('/cards/rule-sets/landkreis-leipzig/versions')).body;
  const res = await cards(admin).post('/cards/rule-sets/landkreis-leipzig/versions', { name: current.name, effectiveFrom: '2021-01-01', parameters: { ...current.parameters, yearlyQuota: quota } });
  expect(res.status).toBe(201);
}

describe('honorary card: the yearly quota, in order of receipt, safe under parallel requests', () => {
  let t: TestApp;
  let coord: SignedIn;
  let admin: SignedIn;
  const ready: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coord = await staff(t, 'koordination@example.org');
    admin = await staff(t, 'admin@example.org', ['admin']);
    // 50 eligible volunteers without organisations: their applications are ready for a decision at once.
    for (let i = 0; i < 50; i++) {
      const v = await cardVolunteer(t, { firstName: `V${i}`, lastName: 'Quote', email: `v${i}@example.org`, account: false, minutesLastYear: 210 * 60 });
      const res = await cards(coord).post('/cards/applications', { volunteerId: v.id });
      expect(res.body.status).toBe('ready_for_decision');
      ready.push(res.body.id);
    }
  }, 120_000);
  afterAll(() => t.close());

  it('50 parallel approvals with one card left: exactly one card, the other 49 wait with their position', async () => {
    await setQuota(admin, 1);
    const results = await Promise.all(ready.map((id) => cards(coord).post(`/cards/applications/${id}/decision`, { approve: true })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM cards`);
    expect(n).toBe(1);
    const statuses = results.map((r) => r.body.status).sort();
    expect(statuses.filter((s) => s === 'issued')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'waiting_for_quota')).toHaveLength(49);
    const list = await cards(coord).get('/cards/applications?status=waiting_for_quota&sort=receivedAt&direction=asc&pageSize=100');
    expect(list.body.items.map((i: { queuePosition: number }) => i.queuePosition)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    const [{ issued }] = await t.dataSource.query(`SELECT issued FROM card_year_counters WHERE rule_set_code = 'landkreis-leipzig' AND year = $1`, [thisYear()]);
    expect(issued).toBe(1);
  });

  it('"issue now" is refused while the quota is used up, and says so', async () => {
    const first = (await cards(coord).get('/cards/applications?status=waiting_for_quota&sort=receivedAt&direction=asc')).body.items[0];
    const refused = await cards(coord).post(`/cards/applications/${first.id}/issue`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Das Kontingent für dieses Jahr ist ausgeschöpft.');
  });

  it('after raising the quota by one, 50 parallel "issue now" requests issue exactly one card: to the first in the queue', async () => {
    await setQuota(admin, 2);
    const waiting = (await cards(coord).get('/cards/applications?status=waiting_for_quota&sort=receivedAt&direction=asc&pageSize=100')).body.items as { id: string }[];
    const targets = [...waiting.map((w) => w.id), waiting[0]!.id];
    const results = await Promise.all(targets.map((id) => cards(coord).post(`/cards/applications/${id}/issue`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const winner = results.find((r) => r.status === 200)!;
    expect(winner.body.id).toBe(waiting[0]!.id);
    expect(winner.body.card.cardNumber).toBe(`LL-${thisYear()}-00002`);
    // Refused either because the quota is used up again or because an earlier application waits first.
    const reasons = new Set(results.filter((r) => r.status === 409).map((r) => r.body.message.slice(0, 20)));
    expect([...reasons].every((m) => ['Das Kontingent für d', 'Ein früher eingegang', 'Die Karte ist schon '].includes(m))).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM cards`);
    expect(n).toBe(2);
  });

  it('the rule-set version is validated field by field, and only admins may add one', async () => {
    const [current] = (await cards(admin).get('/cards/rule-sets/landkreis-leipzig/versions')).body;
    const bad = await cards(admin).post('/cards/rule-sets/landkreis-leipzig/versions', {
      name: current.name,
      effectiveFrom: '2027-02-30',
      parameters: { ...current.parameters, minMonthsActive: -1, numberPrefix: 'll' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveFrom']);
    const bad2 = await cards(admin).post('/cards/rule-sets/landkreis-leipzig/versions', { name: current.name, effectiveFrom: '2027-01-01', parameters: { ...current.parameters, minMonthsActive: -1, numberPrefix: 'll' } });
    expect(bad2.body.errors).toEqual([
      { field: 'parameters.minMonthsActive', message: 'Monate aktiv: liegt außerhalb des erlaubten Bereichs.' },
      { field: 'parameters.numberPrefix', message: 'Kürzel der Kartennummer: 1 bis 6 Großbuchstaben, z. B. LL.' },
    ]);
    const shape = await cards(admin).post('/cards/rule-sets/landkreis-leipzig/versions', { name: current.name, effectiveFrom: '2027-01-01', parameters: { ...current.parameters, validity: { kind: 'forever' } } });
    expect(shape.status).toBe(400);
    expect(shape.body.errors[0].field).toBe('parameters.validity.kind');
    expect((await cards(coord).post('/cards/rule-sets/landkreis-leipzig/versions', { name: 'x', effectiveFrom: '2027-01-01', parameters: current.parameters })).status).toBe(403);
    const versions = (await cards(coord).get('/cards/rule-sets/landkreis-leipzig/versions')).body;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    const inForce = (await cards(coord).get('/cards/rule-sets')).body;
    expect(inForce.map((r: { code: string }) => r.code)).toEqual(['landkreis-leipzig', 'bayern-blau', 'bayern-gold', 'sachsen-6']);
    expect(inForce[0]).toEqual(expect.objectContaining({ version: 3, isCountyDefault: true }));
  });
});
