import ExcelJS from 'exceljs';
import { addMonths, daysBetween } from '@miteinander/domain-hours';
import { pdfText } from '@miteinander/testing';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addOrganisation, addVolunteer, daysAgo, insertEntry, staff, today, type TestVolunteer } from './hours-fixtures';

/** Collects a binary response body (PDF, XLSX, CSV bytes) into a Buffer. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('hour totals, exports and the certificate', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let anna: TestVolunteer;
  let newcomer: TestVolunteer;
  let other: TestVolunteer;
  let tafel: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koord.bericht@example.org');
    tafel = (await addOrganisation(t, 'Tafel Borna')).id;
    const kirche = (await addOrganisation(t, 'Kirchgemeinde Grimma')).id;
    anna = await addVolunteer(t, { firstName: 'Jürgen', lastName: 'Özdemir', email: 'juergen.bericht@example.org', organisations: [tafel, kirche] });
    newcomer = await addVolunteer(t, { firstName: 'Olena', lastName: 'Koval', email: 'olena.bericht@example.org' });
    other = await addVolunteer(t, { firstName: 'Fremd', lastName: 'Person', email: 'fremd.bericht@example.org' });
    // Jürgen: 2 h today and 1 h twenty days ago (rolling year), 1.5 h 400 days ago; 45 min waiting; a rejected entry counts nowhere.
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel, date: today(), minutes: 120, status: 'approved', activity: 'learning_support' });
    await insertEntry(t, { volunteerId: anna.id, organisationId: kirche, date: daysAgo(20), minutes: 60, status: 'approved', activity: 'Sprachcafé' });
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel, date: daysAgo(400), minutes: 90, status: 'approved', activity: 'Ausgabe' });
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel, date: daysAgo(1), minutes: 45, status: 'submitted', activity: 'Ausgabe' });
    await insertEntry(t, { volunteerId: anna.id, organisationId: tafel, date: daysAgo(2), minutes: 600, status: 'rejected', activity: 'Ausgabe' });
    // Olena started 13 days ago: 6 h over two weeks.
    await insertEntry(t, { volunteerId: newcomer.id, date: daysAgo(13), minutes: 360, status: 'approved' });
    await t.dataSource.query(`INSERT INTO volunteer_trainings (volunteer_id, title, training_date) VALUES ($1, 'Erste Hilfe am Kind', $2)`, [anna.id, daysAgo(100)]);
    await t.dataSource.query(`UPDATE volunteers SET competences = '{teamwork,intercultural}' WHERE id = $1`, [anna.id]);
  });
  afterAll(() => t.close());

  it('computes totals from approved hours: this year, rolling 12 months, weekly average, active since, by year', async () => {
    const res = await anna.signedIn!.agent.get('/api/v1/hours/mine/totals');
    expect(res.status).toBe(200);
    const year = (d: string) => Number(d.slice(0, 4));
    const approved = [[today(), 120], [daysAgo(20), 60], [daysAgo(400), 90]] as const;
    const thisYear = approved.filter(([d]) => year(d) === year(today())).reduce((s, [, m]) => s + m, 0);
    // The rolling 12 months: the day after the same date last year up to today (365 or 366 days).
    const rollingDays = daysBetween(addMonths(today(), -12), today());
    const byYear = new Map<number, number>();
    for (const [d, m] of approved) byYear.set(year(d), (byYear.get(year(d)) ?? 0) + m);
    expect(res.body).toEqual({
      thisYearMinutes: thisYear,
      rolling12MonthsMinutes: 180,
      averageMinutesPerWeek: Math.round(180 / (rollingDays / 7)),
      activeSince: daysAgo(400),
      totalMinutes: 270,
      pendingMinutes: 45,
      byYear: [...byYear].sort(([a], [b]) => a - b).map(([y, minutes]) => ({ year: y, minutes })),
    });
    const fresh = await coordinator.agent.get(`/api/v1/volunteers/${newcomer.id}/hour-totals`);
    expect(fresh.body).toMatchObject({ rolling12MonthsMinutes: 360, averageMinutesPerWeek: 180, activeSince: daysAgo(13) });
  });

  it("shows a volunteer's figures to staff and to themselves only", async () => {
    expect((await anna.signedIn!.agent.get(`/api/v1/volunteers/${anna.id}/hour-totals`)).body.totalMinutes).toBe(270);
    expect((await other.signedIn!.agent.get(`/api/v1/volunteers/${anna.id}/hour-totals`)).status).toBe(404);
    expect((await coordinator.agent.get(`/api/v1/volunteers/00000000-0000-4000-8000-000000000000/hour-totals`)).status).toBe(404);
  });

  it('exports CSV for German Excel (BOM, semicolons, German headers) with the list filters', async () => {
    const res = await coordinator.agent.get('/api/v1/hours/export.csv').query({ organisationId: tafel, sort: 'activityDate', direction: 'asc' }).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="stunden-\d{4}-\d\d-\d\d\.csv"/);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('Datum;Ehrenamtliche Person;Einsatzstelle;Tätigkeit;Stunden;Minuten;Status;Notiz;Entschieden am;Entschieden von;Ablehnungsgrund');
    expect(lines).toHaveLength(5); // four Tafel entries; the church one is filtered out
    expect(lines[1]).toMatch(/^\d\d\.\d\d\.\d{4};Jürgen Özdemir;Tafel Borna;Ausgabe;1,5;90;Freigegeben;/);
    expect(lines.some((l) => l.includes(';Abgelehnt;'))).toBe(true);
    const approvedOnly = await coordinator.agent.get('/api/v1/hours/export.csv').query({ status: 'submitted' }).buffer(true).parse(binary);
    expect((approvedOnly.body as Buffer).toString('utf8').trim().split('\n')).toHaveLength(2);
  });

  it('exports CSV with English headers for English requests, and escapes cells that look like formulas', async () => {
    await insertEntry(t, { volunteerId: other.id, date: daysAgo(1), minutes: 15, activity: '=HYPERLINK("http://evil")' });
    const res = await coordinator.agent.get('/api/v1/hours/export.csv').set('accept-language', 'en').query({ volunteerId: other.id }).buffer(true).parse(binary);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain('Date;Volunteer;Organisation;Activity;Hours;Minutes;Status');
    expect(res.headers['content-disposition']).toMatch(/filename="hours-/);
    expect(text).toContain(";0.25;15;Submitted;");
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('exports XLSX with real numbers and the same filters', async () => {
    const res = await coordinator.agent.get('/api/v1/hours/export.xlsx').query({ volunteerId: anna.id, status: 'approved', sort: 'minutes', direction: 'desc' }).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="stunden-.*\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Buffer);
    const sheet = workbook.getWorksheet('Stunden')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Ehrenamtliche Person');
    expect(sheet.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(5).value)).toEqual([2, 1.5, 1]);
    expect(sheet.getRow(2).getCell(1).value).toEqual(new Date(`${today()}T00:00:00Z`));
    expect((await anna.signedIn!.agent.get('/api/v1/hours/export.xlsx')).status).toBe(403);
  });

  it('exports more rows than one batch in order, each row once', async () => {
    const busy = await addVolunteer(t, { firstName: 'Viel', lastName: 'Fleiß', email: 'viel.bericht@example.org', account: false });
    await t.dataSource.query(
      `INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status)
       SELECT $1, DATE '2025-01-01' + (i % 300), 15 * (1 + i % 8), 'Eintrag ' || i, 'approved' FROM generate_series(1, 4500) i`,
      [busy.id],
    );
    const res = await coordinator.agent.get('/api/v1/hours/export.csv').query({ volunteerId: busy.id, sort: 'minutes', direction: 'asc' }).buffer(true).parse(binary);
    const rows = (res.body as Buffer).subarray(3).toString('utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
    expect(rows).toHaveLength(4500);
    expect(new Set(rows.map((r) => r[3])).size).toBe(4500);
    const minutes = rows.map((r) => Number(r[5]));
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it("gives volunteers their own certificate PDF with the approved total, in German and English", async () => {
    const res = await anna.signedIn!.agent.get('/api/v1/hours/mine/certificate.pdf').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Ehrenamtsnachweis-J%C3%BCrgen-%C3%96zdemir.pdf");
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Jürgen Özdemir');
    expect(text).toMatch(/Insgesamt\s*4,5 Stunden/);
    expect(text).toContain('Tafel Borna');
    expect(text).toContain('Kirchgemeinde Grimma');
    expect(text).toContain('Lernunterstützung'); // the common activity key, translated
    expect(text).toContain('Erste Hilfe am Kind');
    expect(text).toContain('Interkulturelle Kompetenz');
    expect(text).toContain('Landkreis Leipzig, den');
    const en = pdfText((await anna.signedIn!.agent.get('/api/v1/hours/mine/certificate.pdf').query({ lang: 'en' }).buffer(true).parse(binary)).body as Buffer);
    expect(en).toMatch(/Total\s*4.5 hours/);
    expect(en).toContain('Intercultural competence');
  });

  it('lets staff download any volunteer’s certificate; anyone else gets 404', async () => {
    const res = await coordinator.agent.get(`/api/v1/volunteers/${newcomer.id}/certificate.pdf`).query({ lang: 'de' }).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(pdfText(res.body as Buffer)).toMatch(/Insgesamt\s*6 Stunden/);
    expect((await other.signedIn!.agent.get(`/api/v1/volunteers/${anna.id}/certificate.pdf`)).status).toBe(404);
    expect((await t.http().get(`/api/v1/volunteers/${anna.id}/certificate.pdf`)).status).toBe(401);
    const bad = await anna.signedIn!.agent.get('/api/v1/hours/mine/certificate.pdf').query({ lang: 'fr' });
    expect(bad.status).toBe(400);
  });
});
