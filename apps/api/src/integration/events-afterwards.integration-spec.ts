import ExcelJS from 'exceljs';
import { pdfText } from '@miteinander/testing';
import type { SignedIn } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { clockOf, eventsApi, insertEvent, insertInvitation } from './event-fixtures';
import { binary } from './grant-review-fixtures';
import { addVolunteer, staff } from './hours-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function events(who: SignedIn, lang = 'de') {
  const a = eventsApi(who, lang);
  return {
    get: (path: string) => a.get(`/events${path}`),
    file: (path: string) => a.get(`/events${path}`).buffer(true).parse(binary),
    post: (path: string, body: unknown = {}) => a.post(`/events${path}`, body),
  };
}

/** Checked in at this instant (what the door page records). */
async function checkIn(t: TestApp, invitationId: string, at: Date): Promise<void> {
  await t.dataSource.query(`UPDATE event_invitations SET status = 'accepted', checked_in_at = $2 WHERE id = $1`, [invitationId, at]);
}

describe('recognition events afterwards: attendance, certificates, thanks, the mail log’s attachments', () => {
  let t: TestApp;
  let coord: SignedIn;
  let volunteer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    coord = await staff(t, 'koordination@example.org');
    volunteer = await staff(t, 'ehrenamt@example.org', ['volunteer']);
  }, 120_000);
  afterAll(() => t.close());
  afterEach(() => clockOf(t).reset());

  /** An event that started two hours ago: Anna and Ben came (Ben with a guest), Cora accepted and did not, Dirk declined. */
  async function pastEvent(title = 'Ehrenamtsempfang 2026') {
    const startsAt = new Date(Date.now() - 2 * HOUR);
    const eventId = await insertEvent(t, { startsAt, rsvpDeadline: isoDate(new Date(Date.now() - 7 * DAY)), title });
    const anna = await insertInvitation(t, { eventId, name: 'Anna Schmidt', email: `anna+${eventId}@example.org`, status: 'accepted' });
    const ben = await insertInvitation(t, { eventId, name: 'Ben Krause', email: `ben+${eventId}@example.org`, status: 'accepted', plusOne: true });
    const cora = await insertInvitation(t, { eventId, name: 'Cora Lange', email: `cora+${eventId}@example.org`, status: 'accepted' });
    const dirk = await insertInvitation(t, { eventId, name: 'Dirk Vogel', email: `dirk+${eventId}@example.org`, status: 'declined' });
    await t.dataSource.query(
      `UPDATE event_invitations SET plus_one_name = 'Maria Krause', accessibility_needs = 'Rollstuhl', dietary_needs = 'vegetarisch', photo_consent = true WHERE id = $1`,
      [ben],
    );
    await checkIn(t, anna, new Date(startsAt.getTime() - 10 * 60_000));
    await checkIn(t, ben, new Date(startsAt.getTime() + 5 * 60_000));
    return { eventId, startsAt, anna, ben, cora, dirk };
  }

  it('lists who came (or, with all=1, everyone expected), sorted and searched through the allow-list', async () => {
    const { eventId } = await pastEvent();
    const came = await events(coord).get(`/${eventId}/attendance`);
    expect(came.status).toBe(200);
    expect(came.body.total).toBe(2);
    expect(came.body.items.map((i: { name: string }) => i.name)).toEqual(['Anna Schmidt', 'Ben Krause']);
    expect(came.body.items[1]).toMatchObject({ plusOne: true, plusOneName: 'Maria Krause', accessibilityNeeds: 'Rollstuhl', checkedInAt: expect.any(String) });

    const all = await events(coord).get(`/${eventId}/attendance`).query({ all: '1', sort: 'name', dir: 'desc' });
    expect(all.body.items.map((i: { name: string }) => i.name)).toEqual(['Cora Lange', 'Ben Krause', 'Anna Schmidt']);
    const byArrival = await events(coord).get(`/${eventId}/attendance`).query({ sort: 'checkedInAt', dir: 'desc' });
    expect(byArrival.body.items.map((i: { name: string }) => i.name)).toEqual(['Ben Krause', 'Anna Schmidt']);
    const search = await events(coord).get(`/${eventId}/attendance`).query({ q: 'krau' });
    expect(search.body.items.map((i: { name: string }) => i.name)).toEqual(['Ben Krause']);

    expect((await events(coord).get(`/${eventId}/attendance`).query({ sort: 'email; DROP TABLE x' })).status).toBe(400);
    expect((await events(coord).get('/00000000-0000-4000-8000-000000000000/attendance')).status).toBe(404);
    expect((await events(volunteer).get(`/${eventId}/attendance`)).status).toBe(403);
  });

  it('exports the attendance as XLSX with German headers and the arrival time in Berlin', async () => {
    const { eventId, startsAt } = await pastEvent();
    const res = await events(coord).file(`/${eventId}/attendance.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Anwesenheit-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Name', 'E-Mail', 'Status', 'Begleitperson', 'Angekommen um', 'Barrierefreiheit', 'Essen', 'Fotoeinwilligung']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[5], r[6], r[7]])).toEqual([
      ['Anna Schmidt', 'Angekommen', '', '', '', ''],
      ['Ben Krause', 'Angekommen', 'Maria Krause', 'Rollstuhl', 'vegetarisch', 'Ja'],
      ['Cora Lange', 'Zugesagt', '', '', '', ''],
    ]);
    expect(ws.getCell('E2').numFmt).toBe('dd.mm.yyyy hh:mm');
    // The cell holds Berlin wall-clock time: Ben arrived five minutes after the start.
    const berlin = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const parts = Object.fromEntries(berlin.formatToParts(new Date(startsAt.getTime() + 5 * 60_000)).map((p) => [p.type, p.value]));
    expect((rows[2]![4] as Date).toISOString().slice(0, 16)).toBe(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`);
  });

  it('prints Urkunden for the winners and for everyone who came; 409 when there is nobody', async () => {
    const { eventId } = await pastEvent('Preisverleihung Ehrenamt 2026');
    const noWinners = await events(coord).get(`/${eventId}/certificates.pdf`).query({ who: 'winners' });
    expect(noWinners.status).toBe(409);
    expect(noWinners.body.message).toBe('Es gibt noch keine Preisträger. Bitte wählen Sie zuerst Gewinner aus.');
    expect((await events(coord).get(`/${eventId}/certificates.pdf`).query({ who: 'everyone' })).status).toBe(400);

    const emil = await addVolunteer(t, { firstName: 'Emil', lastName: 'Özdemir', email: 'emil.oe@example.org', account: false });
    const finn = await addVolunteer(t, { firstName: 'Finn', lastName: 'Nachbar', email: 'finn.n@example.org', account: false });
    const [{ id: categoryId }] = await t.dataSource.query(`INSERT INTO event_award_categories (event_id, name) VALUES ($1, 'den Ehrenamtspreis 2026') RETURNING id`, [eventId]);
    await t.dataSource.query(
      `INSERT INTO event_nominations (category_id, volunteer_id, reason, winner) VALUES ($1, $2, 'Leitet das Sprachcafé seit acht Jahren.', true), ($1, $3, 'Nominiert, aber nicht gewählt.', false)`,
      [categoryId, emil.id, finn.id],
    );
    const winners = await events(coord).file(`/${eventId}/certificates.pdf?who=winners`);
    expect(winners.status).toBe(200);
    expect(winners.headers['content-type']).toBe('application/pdf');
    const text = pdfText(winners.body as Buffer);
    expect(text).toContain('Urkunde');
    expect(text).toContain('Emil Özdemir');
    expect(text).toContain('für den Ehrenamtspreis 2026');
    expect(text).toContain('Preisverleihung Ehrenamt 2026');
    expect(text).toContain('Landrätin / Landrat');
    expect(text).not.toContain('Finn Nachbar');

    const attendees = await events(coord).file(`/${eventId}/certificates.pdf?who=attendees`);
    expect(attendees.status).toBe(200);
    const names = pdfText(attendees.body as Buffer);
    expect(names).toContain('Anna Schmidt');
    expect(names).toContain('Ben Krause');
    expect(names).not.toContain('Cora Lange');
    // One page per person.
    expect((attendees.body as Buffer).toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);

    const empty = await insertEvent(t, { startsAt: new Date(Date.now() - HOUR), rsvpDeadline: isoDate(new Date(Date.now() - 3 * DAY)) });
    const nobody = await events(coord).get(`/${empty}/certificates.pdf`).query({ who: 'attendees' });
    expect(nobody.status).toBe(409);
    expect(nobody.body.message).toBe('Bisher ist niemand als anwesend erfasst.');
  });

  it('thanks everyone who came exactly once, and not before the event has started', async () => {
    const startsAt = new Date(Date.now() + 3 * DAY);
    const eventId = await insertEvent(t, { startsAt, rsvpDeadline: isoDate(new Date(Date.now() + DAY)), title: 'Dankeschön-Fest' });
    const came = await insertInvitation(t, { eventId, name: 'Hanna Berg', email: 'hanna.berg@example.org', status: 'accepted' });
    const cameToo = await insertInvitation(t, { eventId, name: 'Ivo Sommer', email: 'ivo.sommer@example.org', status: 'accepted', locale: 'en' });
    await insertInvitation(t, { eventId, name: 'Jana Stay', email: 'jana.stay@example.org', status: 'accepted' });
    await insertInvitation(t, { eventId, name: 'Karl Nein', email: 'karl.nein@example.org', status: 'declined' });

    const early = await events(coord).post(`/${eventId}/thank-you`);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('Die Veranstaltung hat noch nicht begonnen. Danke sagen können Sie ab dem Beginn.');

    clockOf(t).set(new Date(startsAt.getTime() + 4 * HOUR));
    await checkIn(t, came, new Date(startsAt.getTime() + 10 * 60_000));
    await checkIn(t, cameToo, new Date(startsAt.getTime() + 20 * 60_000));
    const sent = await events(coord).post(`/${eventId}/thank-you`);
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sent: 2 });
    const mails: { recipient: string; subject: string }[] = await t.dataSource.query(`SELECT recipient, subject FROM outbox WHERE template = 'event-thank-you' ORDER BY recipient`);
    expect(mails).toEqual([
      { recipient: 'hanna.berg@example.org', subject: 'Danke, dass Sie da waren: Dankeschön-Fest' },
      { recipient: 'ivo.sommer@example.org', subject: 'Thank you for coming: Dankeschön-Fest' },
    ]);
    const thanked = await t.dataSource.query(`SELECT count(*)::int AS n FROM event_invitations WHERE event_id = $1 AND thanked_at IS NOT NULL`, [eventId]);
    expect(thanked[0].n).toBe(2);

    const again = await events(coord).post(`/${eventId}/thank-you`);
    expect(again.status).toBe(409);
    expect((await t.dataSource.query(`SELECT 1 FROM outbox WHERE template = 'event-thank-you'`)).length).toBe(2);
  });

  it('shows a mail’s attachments in the mail log and downloads the calendar file as sent', async () => {
    const eventId = await insertEvent(t, { startsAt: new Date(Date.now() + 20 * DAY), rsvpDeadline: isoDate(new Date(Date.now() + 10 * DAY)), status: 'draft' });
    await insertInvitation(t, { eventId, name: 'Lena Gast', email: 'lena.gast@example.org', status: 'listed' });
    const sent = await events(coord).post(`/${eventId}/send-invitations`);
    expect(sent.status).toBe(200);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM outbox WHERE recipient = 'lena.gast@example.org' AND template = 'event-invitation'`);

    const detail = await coord.agent.get(`/api/v1/mail/${id}`);
    expect(detail.status).toBe(200);
    const ics = detail.body.attachments.find((a: { filename: string }) => a.filename.endsWith('.ics'));
    expect(ics).toEqual({ index: expect.any(Number), filename: 'einladung.ics', contentType: expect.stringMatching(/^text\/calendar/), size: expect.any(Number) });
    expect(ics.size).toBeGreaterThan(100);

    const file = await coord.agent.get(`/api/v1/mail/${id}/attachments/${ics.index}`).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/calendar/);
    expect(file.headers['content-disposition']).toContain('filename="einladung.ics"');
    expect((file.body as Buffer).length).toBe(ics.size);
    expect((file.body as Buffer).toString('utf8')).toContain('BEGIN:VCALENDAR');

    expect((await coord.agent.get(`/api/v1/mail/${id}/attachments/9`)).status).toBe(404);
    expect((await coord.agent.get(`/api/v1/mail/${id}/attachments/x`)).status).toBe(404);
    expect((await volunteer.agent.get(`/api/v1/mail/${id}/attachments/${ics.index}`)).status).toBe(403);
    // The list stays small: no attachment content in it.
    const list = await coord.agent.get('/api/v1/mail').query({ q: 'lena.gast' });
    expect(JSON.stringify(list.body)).not.toContain('contentBase64');
    expect(list.body.items[0]).not.toHaveProperty('attachments');
  });
});
