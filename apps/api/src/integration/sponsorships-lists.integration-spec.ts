import ExcelJS from 'exceljs';
import { addMonths } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { daysAgo, staff } from './hours-fixtures';
import { api, backdate, familyRequest, municipalityId, readyVolunteer, toTrial } from './sponsorship-fixtures';

const binary = (res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('waiting list, running and ending-soon sponsorships, overdue check-ins and exports', () => {
  let t: TestApp;
  let coord: SignedIn;
  let other: SignedIn;
  let c: ReturnType<typeof api>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    other = await staff(t, 'zweite@example.org');
    c = api(coord);
    // Waiting: one for 40 days (Wurzen, learning), one for 10 days (Grimma).
    const pupil = { age: 9, grade: 3, schoolType: 'grundschule', subjects: ['german'], schoolContact: null };
    ids['lange'] = (await c.create(await familyRequest(t, { kind: 'learning', name: 'Amina Lange', adults: undefined, childrenAges: undefined, pupil, municipalityId: await municipalityId(t, 'Wurzen') }))).body.id;
    await backdate(t, ids['lange'], 40);
    ids['kurz'] = (await c.create(await familyRequest(t, { name: 'Familie Kurz' }))).body.id;
    await backdate(t, ids['kurz'], 10);
    // Running: a trial whose review is overdue (started 60 days ago, 6 weeks), responsible: the second coordinator.
    const v1 = await readyVolunteer(t, 'erste@example.org', { certificate: true });
    ids['probe'] = (await c.create(await familyRequest(t, { name: 'Familie Probe', coordinatorId: other.userId }))).body.id;
    await toTrial(t, c, ids['probe'], v1.id, daysAgo(60));
    // Ending soon: trial started 11 months and 20 days ago with 12 planned months.
    const v2 = await readyVolunteer(t, 'zweiter@example.org', { certificate: true });
    ids['ende'] = (await c.create(await familyRequest(t, { name: 'Familie Ende' }))).body.id;
    await backdate(t, ids['ende'], 400);
    const start = addMonths(daysAgo(-10), -12);
    for (const body of [{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: v2.id }, { to: 'intro_meeting', introMeetingDate: start }, { to: 'trial', bothAgreed: true, trialStart: start }]) {
      expect((await c.move(ids['ende'], body)).status).toBe(200);
    }
    await c.checkIn(ids['ende'], { date: daysAgo(5), mood: 'okay', note: 'Läuft' });
  });
  afterAll(() => t.close());

  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

  it('lists the waiting list longest-waiting first, with waiting days, filterable by kind and municipality', async () => {
    const res = await c.get('?view=waiting');
    expect(res.status).toBe(200);
    expect(names(res.body)).toEqual(['Amina Lange', 'Familie Kurz']);
    expect(res.body.items.map((i: { waitingDays: number }) => i.waitingDays)).toEqual([40, 10]);
    expect(names((await c.get('?view=waiting&kind=family')).body)).toEqual(['Familie Kurz']);
    expect(names((await c.get(`?view=waiting&municipalityId=${await municipalityId(t, 'Wurzen')}`)).body)).toEqual(['Amina Lange']);
    expect(names((await c.get('?view=waiting&sort=name&direction=desc')).body)).toEqual(['Familie Kurz', 'Amina Lange']);
  });

  it('lists running sponsorships by the next check-in, ending soon by the planned end, and only overdue ones on request', async () => {
    const running = (await c.get('?view=running')).body;
    expect(names(running)).toEqual(['Familie Probe', 'Familie Ende']);
    expect(running.items[0]).toMatchObject({ checkInOverdue: true, nextCheckInDue: daysAgo(60 - 42) });
    expect(names((await c.get('?view=ending_soon')).body)).toEqual(['Familie Ende']);
    expect(names((await c.get('?overdue=true')).body)).toEqual(['Familie Probe']);
    expect(names((await c.get(`?coordinatorId=${other.userId}`)).body)).toEqual(['Familie Probe']);
    expect(names((await c.get('?q=probe')).body)).toEqual(['Familie Probe']);
    expect((await c.get('?view=finished&pageSize=500')).status).toBe(400);
  });

  it("shows overdue check-ins on the start page, the signed-in coordinator's first, each with days overdue", async () => {
    const forOther = (await api(other).get('/check-ins/overdue')).body;
    expect(forOther).toEqual([expect.objectContaining({ sponsorshipId: ids['probe'], name: 'Familie Probe', mine: true, dueDate: daysAgo(18), daysOverdue: 18, volunteer: expect.objectContaining({ name: 'Lena erste' }) })]);
    expect((await c.get('/check-ins/overdue')).body[0].mine).toBe(false);
  });

  it('exports the filtered list as CSV and XLSX without contact details', async () => {
    const csv = await c.get('/export?format=csv&view=waiting');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="patenschaften-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain('Familie / Schüler/in;Art;Phase;Gemeinde');
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 3).join(';'))).toEqual(['Amina Lange;Lernpatenschaft;Anfrage', 'Familie Kurz;Familienpatenschaft;Anfrage']);
    expect(csv.text).not.toContain('5550123');

    const xlsx = await c.get('/export?format=xlsx&view=running').buffer(true).parse(binary);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Familie Probe');
    expect(sheet.getRow(2).getCell(14).value).toBe('ja');
    expect(sheet.rowCount).toBe(3);
  });

  it('is for coordinators only', async () => {
    const v = await readyVolunteer(t, 'neugierig@example.org');
    expect((await v.signedIn!.agent.get('/api/v1/sponsorships')).status).toBe(403);
    expect((await v.signedIn!.agent.get('/api/v1/sponsorships/export')).status).toBe(403);
    expect((await v.signedIn!.agent.get('/api/v1/sponsorships/mine')).body).toEqual([]);
  });
});
