import { SUPPRESSED, type Report, type ReportTable } from '@miteinander/contracts';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { insertEvent } from './event-fixtures';
import { staff } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';
import { fetchReport } from './report-fixtures';

const S = SUPPRESSED;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

const figures = (table: ReportTable) => Object.fromEntries([...table.rows, ...(table.total ? [table.total] : [])].map((r) => [r.key, r.cells]));
const cells = (invited: unknown, accepted: unknown, declined: unknown, waitlisted: unknown, attended: unknown, plusOnes: unknown) => ({
  invited,
  accepted,
  declined,
  waitlisted,
  attended,
  plusOnes,
});

describe('the events report', () => {
  let t: TestApp;
  let coord: SignedIn;
  const ids: Record<string, string> = {};

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coord, 'events', query, lang);
  const attendance = (r: Report): ReportTable => r.tables.find((x) => x.key === 'eventsAttendance')!;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    let n = 0;
    /** Invitations straight in the table: `count` of one kind, invited (mail sent) unless only listed. */
    const invite = async (eventId: string, count: number, i: { status: string; plusOne?: boolean; checkedIn?: boolean }) => {
      for (let k = 0; k < count; k++, n++) {
        await t.dataSource.query(
          `INSERT INTO event_invitations (event_id, email_key, email, name, status, waitlist_seq, plus_one, invited_at, checked_in_at)
           VALUES ($1, $2, $2, 'Gast', $3, CASE WHEN $3 = 'waitlisted' THEN nextval('event_waitlist_seq') END, $4,
                   CASE WHEN $3 <> 'listed' THEN now() END, CASE WHEN $5 THEN now() END)`,
          [eventId, `gast${n}@example.org`, i.status, i.plusOne ?? false, i.checkedIn ?? false],
        );
      }
    };
    const event = (title: string, startsAt: string, status = 'invited') => insertEvent(t, { title, startsAt: new Date(startsAt), rsvpDeadline: '2025-01-01', status });

    ids['summer'] = await event('Sommerfest', '2025-06-14T15:00:00+02:00');
    await invite(ids['summer'], 2, { status: 'accepted', plusOne: true, checkedIn: true });
    await invite(ids['summer'], 1, { status: 'accepted', checkedIn: true });
    await invite(ids['summer'], 1, { status: 'accepted' });
    await invite(ids['summer'], 1, { status: 'declined' });
    await invite(ids['summer'], 3, { status: 'waitlisted' });
    await invite(ids['summer'], 1, { status: 'removed' });
    await invite(ids['summer'], 1, { status: 'listed' });

    ids['reception'] = await event('Ehrenamtsempfang', '2025-12-05T18:00:00+01:00');
    await invite(ids['reception'], 3, { status: 'accepted', checkedIn: true });
    await invite(ids['reception'], 2, { status: 'declined' });

    // Half past midnight on New Year's Day in Berlin: in 2025 there (though 2024 in UTC); a draft still counts.
    ids['newYear'] = await event('Neujahrsempfang', '2025-01-01T00:30:00+01:00', 'draft');
    // Cancelled, and one in 2026 (2025 in UTC): neither counts.
    const cancelled = await event('Abgesagtes Fest', '2025-09-01T15:00:00+02:00', 'cancelled');
    await invite(cancelled, 4, { status: 'accepted' });
    const later = await event('Neujahr 2026', '2026-01-01T00:30:00+01:00');
    await invite(later, 3, { status: 'accepted' });
  });

  afterAll(() => t.close());

  it('lists each event of the period by start with invitations, answers and attendance', async () => {
    const r = await report(YEAR);
    expect(r.title).toBe('Veranstaltungen');
    expect(r.municipalityNote).toBeNull();
    const table = attendance(r);
    expect(table.chart).toBe('bar');
    expect(table.rows.map((x) => [x.key, x.label])).toEqual([
      [ids['newYear'], 'Neujahrsempfang (01.01.2025)'],
      [ids['summer'], 'Sommerfest (14.06.2025)'],
      [ids['reception'], 'Ehrenamtsempfang (05.12.2025)'],
    ]);
    expect(table.columns.map((c) => [c.key, c.label, c.unit])).toEqual([
      ['invited', 'Eingeladen', 'count'], ['accepted', 'Zugesagt', 'count'], ['declined', 'Abgesagt', 'count'],
      ['waitlisted', 'Warteliste', 'count'], ['attended', 'Teilgenommen', 'count'], ['plusOnes', 'Begleitpersonen', 'count'],
    ]);
    expect(figures(table)).toEqual({
      [ids['newYear']!]: cells(0, 0, 0, 0, 0, 0),
      // Removed and merely listed people were not invited; one or two are hidden.
      [ids['summer']!]: cells(8, 4, S, 3, 3, S),
      [ids['reception']!]: cells(5, 3, S, 0, 3, 0),
      // Two plus-ones in all are still too few to show.
      total: cells(13, 7, 3, 3, 6, S),
    });
    expect(table.total?.label).toBe('Gesamt');
  });

  it('says that the municipality filter does not apply, and counts the same', async () => {
    const r = await report({ ...YEAR, municipalityId: await municipalityId(t, 'Grimma') });
    expect(r.municipalityNote).toBe('Veranstaltungen haben keine Gemeinde; der Gemeindefilter gilt hier nicht.');
    expect(figures(attendance(r))['total']).toEqual(cells(13, 7, 3, 3, 6, S));
    const en = await report({ ...YEAR, municipalityId: await municipalityId(t, 'Grimma') }, 'en');
    expect(en.municipalityNote).toBe('Events have no municipality; the municipality filter does not apply here.');
  });

  it('leaves out events outside the period', async () => {
    const december = attendance(await report({ from: '2025-12-01', to: '2026-01-31' }));
    expect(december.rows.map((x) => x.label)).toEqual(['Ehrenamtsempfang (05.12.2025)', 'Neujahr 2026 (01.01.2026)']);
    expect(figures(december)['total']).toEqual(cells(8, 6, S, 0, 3, 0));
  });

  it('speaks English when asked', async () => {
    const r = await report(YEAR, 'en');
    expect(r.title).toBe('Events');
    const table = attendance(r);
    expect(table.title).toBe('Event attendance');
    expect(table.columns.map((c) => c.label)).toEqual(['Invited', 'Accepted', 'Declined', 'Waiting list', 'Attended', 'Plus-ones']);
    expect(table.total?.label).toBe('Total');
  });
});
