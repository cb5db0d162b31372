import { addDays, addMonths } from '@miteinander/domain-calendar';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addOrganisation, insertEntry, staff, today } from './hours-fixtures';
import { cardVolunteer, cards, seedCardRules, thisYear } from './card-fixtures';
import { municipalityId } from './sponsorship-fixtures';

type Row = { volunteer: { id: string; name: string }; group: string; mainReason: { reason: string; params: Record<string, unknown> } | null; countedMinutes: number; projectedEligibleOn: string | null };

describe('honorary card: the eligibility report over all volunteers', () => {
  let t: TestApp;
  let coord: SignedIn;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coord = await staff(t, 'koordination@example.org');
    const org = await addOrganisation(t, 'Tafel Borna e. V.');
    const year = thisYear();
    id['eligible'] = (await cardVolunteer(t, { firstName: 'Erika', lastName: 'Berechtigt', email: 'e@example.org', account: false, minutesLastYear: 200 * 60, organisationId: org.id })).id;
    id['short'] = (await cardVolunteer(t, { firstName: 'Karl', lastName: 'Knapp', email: 'k@example.org', account: false, minutesLastYear: 0 })).id;
    await insertEntry(t, { volunteerId: id['short'], date: today(), minutes: 199 * 60 + 45, status: 'approved' });
    id['outside'] = (await cardVolunteer(t, { firstName: 'Olga', lastName: 'Außerhalb', email: 'o@example.org', account: false, minutesLastYear: 250 * 60, municipality: 'außerhalb des Landkreises' })).id;
    // Started 10 months ago with a steady pace: the hours are there, the 12 months in two.
    const newcomer = await cardVolunteer(t, { firstName: 'Nina', lastName: 'Neu', email: 'n@example.org', account: false, minutesLastYear: 0 });
    await t.dataSource.query(`DELETE FROM hour_entries WHERE volunteer_id = $1`, [newcomer.id]);
    const start = addMonths(today(), -10);
    await insertEntry(t, { volunteerId: newcomer.id, date: start, minutes: 60, status: 'approved' });
    await insertEntry(t, { volunteerId: newcomer.id, date: addDays(today(), -5), minutes: 30 * 60, status: 'approved' });
    if (start < `${year}-01-01`) await insertEntry(t, { volunteerId: newcomer.id, date: `${year - 1}-12-31`, minutes: 200 * 60, status: 'approved' });
    else await insertEntry(t, { volunteerId: newcomer.id, date: start, minutes: 200 * 60, status: 'approved' });
    id['newcomer'] = newcomer.id;
    // Submitted (not approved) hours do not count; people who left are not listed.
    const waiting = await cardVolunteer(t, { firstName: 'Wim', lastName: 'Wartend', email: 'w@example.org', account: false, minutesLastYear: 0 });
    await insertEntry(t, { volunteerId: waiting.id, date: `${year - 1}-03-01`, minutes: 300 * 60, status: 'submitted' });
    id['waiting'] = waiting.id;
    const gone = await cardVolunteer(t, { firstName: 'Lea', lastName: 'Gegangen', email: 'l@example.org', account: false, minutesLastYear: 300 * 60 });
    await t.dataSource.query(`UPDATE volunteers SET status = 'left' WHERE id = $1`, [gone.id]);
  });
  afterAll(() => t.close());

  it('groups everyone with the main reason and counts over all; exactly 200.00 h is enough, 199.75 h is not', async () => {
    const res = await cards(coord).get('/cards/eligibility?pageSize=100');
    expect(res.status).toBe(200);
    const rows: Record<string, Row> = Object.fromEntries(res.body.items.map((r: Row) => [r.volunteer.id, r]));
    expect(res.body.total).toBe(5);
    expect(rows[id['eligible']!]!.group).toBe('eligible');
    // 199.75 h this year: a quarter of an hour short, and at this pace there tomorrow.
    expect(rows[id['short']!]!.mainReason).toEqual({ reason: 'hours', params: { missingMinutes: 15, requiredMinutes: 12_000, by: `${thisYear()}-12-31` } });
    expect(rows[id['short']!]!.group).toBe('soon');
    expect(rows[id['outside']!]!.mainReason!.reason).toBe('residence');
    expect(rows[id['waiting']!]!.countedMinutes).toBe(0);
    const newcomer = rows[id['newcomer']!]!;
    expect(newcomer.group).toBe('soon');
    expect(newcomer.mainReason).toEqual(expect.objectContaining({ reason: 'monthsActive', params: expect.objectContaining({ needed: 12, have: 10 }) }));
    expect(newcomer.projectedEligibleOn).toBe(addMonths(addMonths(today(), -10), 12));
    expect(res.body.counts).toEqual({ eligible: 1, soon: 2, notEligible: 2 });
    expect(res.body.ruleSet).toEqual({ code: 'landkreis-leipzig', name: 'Landkreis Leipzig', version: 1 });
  });

  it('the report and the single check agree for every volunteer', async () => {
    const all = (await cards(coord).get('/cards/eligibility?pageSize=100')).body.items as Row[];
    for (const r of all) {
      const one = (await cards(coord).get(`/cards/eligibility/${r.volunteer.id}`)).body;
      expect({ name: r.volunteer.name, counted: one.facts.countedMinutes, reason: one.reasons[0] ?? null, projected: one.projectedEligibleOn }).toEqual({
        name: r.volunteer.name,
        counted: r.countedMinutes,
        reason: r.mainReason,
        projected: r.projectedEligibleOn,
      });
    }
  });

  it('filters by group, reason, municipality and name; sorts; pages', async () => {
    const get = async (q: string) => (await cards(coord).get(`/cards/eligibility?${q}`)).body;
    expect((await get('group=notEligible')).items.map((r: Row) => r.volunteer.name).sort()).toEqual(['Olga Außerhalb', 'Wim Wartend']);
    expect((await get('reason=residence')).items.map((r: Row) => r.volunteer.name)).toEqual(['Olga Außerhalb']);
    expect((await get(`municipalityId=${await municipalityId(t, 'außerhalb des Landkreises')}`)).total).toBe(1);
    expect((await get('q=knap')).items.map((r: Row) => r.volunteer.name)).toEqual(['Karl Knapp']);
    expect((await get('sort=countedMinutes&direction=desc')).items[0].volunteer.name).toBe('Olga Außerhalb');
    const page2 = await get('pageSize=2&page=2&sort=name');
    expect(page2.items.map((r: Row) => r.volunteer.name)).toEqual(['Nina Neu', 'Olga Außerhalb']);
    expect(page2.total).toBe(5);
    expect((await cards(coord).get('/cards/eligibility?group=maybe')).status).toBe(400);
  });

  it('exports the filtered report as CSV (German headers, reasons as sentences) and XLSX', async () => {
    const csv = await cards(coord).get('/cards/eligibility/export?format=csv&group=soon&sort=name');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Name;Wohnort;Ergebnis;Hauptgrund;Stunden gezählt;Stunden nötig;Aktiv seit;Voraussichtlich berechtigt ab;Hat Karte;Antrag offen');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`Karl Knapp;Grimma;bald berechtigt (3 Monate);noch 0,25 Std. bis 31.12.${thisYear()};199,75;200;`);
    expect(lines[2]).toContain('Nina Neu;Grimma;bald berechtigt (3 Monate);aktiv seit 10 Monaten, 12 nötig');
    const xlsx = await cards(coord).get('/cards/eligibility/export?format=xlsx').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(xlsx.status).toBe(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});
