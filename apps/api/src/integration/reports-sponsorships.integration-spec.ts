import { SUPPRESSED, type Report, type ReportTable } from '@miteinander/contracts';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, staff } from './hours-fixtures';
import { addSponsorships } from './report-fixtures-people';
import { fieldErrors, municipalityId } from './sponsorship-fixtures';
import { fetchReport, tableOf } from './report-fixtures';

const S = SUPPRESSED;
const STATES = ['inquiry', 'intake', 'ready_to_match', 'match_proposed', 'intro_meeting', 'trial', 'active', 'closing', 'closed'];
const ZERO_STATES = Object.fromEntries(STATES.map((s) => [s, 0]));

/** Rows as {key: cells}, the total under 'total'. */
const cellsOf = (table: ReportTable) => Object.fromEntries([...table.rows, table.total!].map((r) => [r.key, r.cells]));

describe('the sponsorships report', () => {
  let t: TestApp;
  let coord: SignedIn;
  let grimma: number;

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coord, 'sponsorships', query, lang);
  const table = tableOf;
  const PERIOD = { from: '2025-01-01', to: '2025-03-31' };

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    grimma = await municipalityId(t, 'Grimma');
    const wurzen = await municipalityId(t, 'Wurzen');
    const { id: volunteerId } = await addVolunteer(t, { firstName: 'Lena', lastName: 'Pate', email: 'pate@example.org', account: false });

    // A: 4 families, requested in November, first proposal on 10 January (66 days), in the trial since February.
    await addSponsorships(t, {
      n: 4, kind: 'family', municipalityId: grimma, requestedAt: '2024-11-05 12:00', volunteerId, trialStart: '2025-02-01',
      transitions: [['inquiry', '2024-11-05 12:00'], ['intake', '2024-11-20 12:00'], ['ready_to_match', '2024-12-01 12:00'],
        ['match_proposed', '2025-01-10 12:00'], ['intro_meeting', '2025-01-20 12:00'], ['trial', '2025-02-01 12:00']],
    });
    // B: 3 mothers requested in the period, in intake at its end.
    await addSponsorships(t, { n: 3, kind: 'mother', municipalityId: wurzen, requestedAt: '2025-01-15 12:00', transitions: [['inquiry', '2025-01-15 12:00'], ['intake', '2025-02-01 12:00']] });
    // C: 3 pupils, goal reached on 15 February after 320 days from the trial (10.5 months).
    await addSponsorships(t, {
      n: 3, kind: 'learning', municipalityId: grimma, requestedAt: '2024-03-01 12:00', volunteerId, trialStart: '2024-04-01', endDate: '2025-02-15', endReason: 'goal_reached',
      transitions: [['inquiry', '2024-03-01 12:00'], ['match_proposed', '2024-03-11 12:00'], ['trial', '2024-04-01 12:00'], ['active', '2024-06-01 12:00'], ['closed', '2025-02-15 12:00']],
    });
    // D: 2 families, ended in conflict on 20 March after 262 days; re-matched the next day and proposed a week later.
    const d = await addSponsorships(t, {
      n: 2, kind: 'family', municipalityId: wurzen, requestedAt: '2024-06-01 12:00', volunteerId, trialStart: '2024-07-01', endDate: '2025-03-20', endReason: 'conflict',
      transitions: [['inquiry', '2024-06-01 12:00'], ['match_proposed', '2024-06-15 12:00'], ['trial', '2024-07-01 12:00'], ['closed', '2025-03-20 12:00']],
    });
    await addSponsorships(t, {
      n: 2, kind: 'family', municipalityId: wurzen, requestedAt: '2025-03-21 12:00', volunteerId, rematchOf: d,
      transitions: [['ready_to_match', '2025-03-21 12:00'], ['match_proposed', '2025-03-28 12:00']],
    });
    // E: 3 families, ended for lack of time on 1 March after 55 days.
    await addSponsorships(t, {
      n: 3, kind: 'family', municipalityId: grimma, requestedAt: '2024-12-01 12:00', volunteerId, trialStart: '2025-01-05', endDate: '2025-03-01', endReason: 'lack_of_time',
      transitions: [['inquiry', '2024-12-01 12:00'], ['match_proposed', '2024-12-20 12:00'], ['trial', '2025-01-05 12:00'], ['closed', '2025-03-01 12:00']],
    });
    // F: requested after the period: not counted at all.
    await addSponsorships(t, { n: 1, kind: 'mother', municipalityId: grimma, requestedAt: '2025-04-02 12:00', transitions: [['inquiry', '2025-04-02 12:00']] });
    // G: 2 mothers, no contact any more, closed late on 31 January (Berlin) without a trial.
    await addSponsorships(t, {
      n: 2, kind: 'mother', municipalityId: grimma, requestedAt: '2024-10-01 12:00', endDate: '2025-01-31', endReason: 'no_contact',
      transitions: [['inquiry', '2024-10-01 12:00'], ['closed', '2025-01-31 23:30']],
    });
    // H: closed late on New Year's Eve (Berlin): before the period.
    await addSponsorships(t, {
      n: 1, kind: 'learning', municipalityId: wurzen, requestedAt: '2024-01-10 12:00', volunteerId, trialStart: '2024-02-01', endDate: '2024-12-31', endReason: 'moved_away',
      transitions: [['inquiry', '2024-01-10 12:00'], ['trial', '2024-02-01 12:00'], ['closed', '2024-12-31 23:30']],
    });
  });

  afterAll(() => t.close());

  it('counts each sponsorship in its state at the end of the period, the closed one and its re-match each once', async () => {
    const r = await report(PERIOD);
    expect(r.title).toBe('Patenschaften');
    const states = table(r, 'sponsorshipsByKindState');
    expect(states.chart).toBe('stackedBar');
    expect(states.columns.map((c) => c.label)).toEqual(['Anfrage', 'Erstgespräch', 'Bereit zur Vermittlung', 'Vorschlag', 'Kennenlernen', 'Probephase', 'Aktiv', 'Abschluss', 'Beendet']);
    expect(states.rows.map((x) => x.label)).toEqual(['Familienpatenschaft', 'Mütterpatenschaft', 'Lernpatenschaft']);
    // closed: 5, 2, 4 → the 2 hidden and the 4 with it; the 2 proposed re-matches hidden, their total too.
    expect(cellsOf(states)).toEqual({
      family: { ...ZERO_STATES, match_proposed: S, trial: 4, closed: 5 },
      mother: { ...ZERO_STATES, intake: 3, closed: S },
      learning: { ...ZERO_STATES, closed: S },
      total: { ...ZERO_STATES, intake: 3, match_proposed: S, trial: 4, closed: 11 },
    });
  });

  it('counts requests, matches with the average wait, endings with the average duration', async () => {
    const flow = table(await report(PERIOD), 'sponsorshipsFlow');
    expect(flow.columns.map((c) => [c.key, c.unit])).toEqual([
      ['requested', 'count'], ['matched', 'count'], ['avgWaitDays', 'days'], ['closed', 'count'], ['avgDurationTenthMonths', 'tenthMonths'],
    ]);
    // Waits: 4 × 66 and 2 × 7 days → 46. Durations: family (2 × 262 + 3 × 55) / 5 days = 4.5 months; all (… + 3 × 320) / 8 = 6.8.
    expect(cellsOf(flow)).toEqual({
      family: { requested: S, matched: 6, avgWaitDays: 46, closed: 5, avgDurationTenthMonths: 45 },
      mother: { requested: S, matched: 0, avgWaitDays: null, closed: S, avgDurationTenthMonths: null },
      learning: { requested: 0, matched: 0, avgWaitDays: null, closed: S, avgDurationTenthMonths: 105 },
      total: { requested: 5, matched: 6, avgWaitDays: 46, closed: 10, avgDurationTenthMonths: 68 },
    });
  });

  it('counts end reasons and durations of the sponsorships closed in the period', async () => {
    const r = await report(PERIOD);
    const reasons = table(r, 'sponsorshipsEndReasons');
    expect(reasons.rows.map((x) => x.label)).toEqual(['Ziel erreicht', 'Konflikt', 'Zeitmangel', 'Umzug', 'Ausreise/Abschiebung', 'Kein Kontakt mehr', 'Sonstiges']);
    const zero = { family: 0, mother: 0, learning: 0 };
    expect(cellsOf(reasons)).toEqual({
      goal_reached: { ...zero, learning: 3 },
      conflict: { ...zero, family: S },
      lack_of_time: { ...zero, family: S },
      moved_away: zero,
      departure: zero,
      no_contact: { ...zero, mother: S },
      other: zero,
      total: { family: 5, mother: S, learning: 3 },
    });
    const durations = table(r, 'sponsorshipsDurations');
    expect(durations.rows.map((x) => x.label)).toEqual(['unter 3 Monate', '3 bis unter 6 Monate', '6 bis unter 12 Monate', '12 Monate und länger', 'ohne Probephase']);
    expect(cellsOf(durations)).toEqual({
      lt3: { ...zero, family: S },
      '3to6': zero,
      '6to12': { ...zero, family: S, learning: 3 },
      ge12: zero,
      noTrial: { ...zero, mother: S },
      total: { family: 5, mother: S, learning: 3 },
    });
  });

  it('filters by the municipality of the family or pupil', async () => {
    const r = await report({ ...PERIOD, municipalityId: grimma });
    expect(cellsOf(table(r, 'sponsorshipsByKindState'))).toEqual({
      family: { ...ZERO_STATES, trial: 4, closed: S },
      mother: { ...ZERO_STATES, closed: S },
      learning: { ...ZERO_STATES, closed: 3 },
      total: { ...ZERO_STATES, trial: 4, closed: 8 },
    });
    // Durations: family 55 days = 1.8 months; all (3 × 55 + 3 × 320) / 6 days = 6.2 months.
    expect(cellsOf(table(r, 'sponsorshipsFlow'))).toEqual({
      family: { requested: 0, matched: 4, avgWaitDays: 66, closed: S, avgDurationTenthMonths: 18 },
      mother: { requested: 0, matched: 0, avgWaitDays: null, closed: S, avgDurationTenthMonths: null },
      learning: { requested: 0, matched: 0, avgWaitDays: null, closed: 3, avgDurationTenthMonths: 105 },
      total: { requested: 0, matched: 4, avgWaitDays: 66, closed: 8, avgDurationTenthMonths: 62 },
    });
    // The two mothers in Grimma ended without a trial: the row stays.
    expect(table(r, 'sponsorshipsDurations').rows.map((x) => x.key)).toEqual(['lt3', '3to6', '6to12', 'ge12', 'noTrial']);
  });

  it('leaves out "without a trial" when every ending had one', async () => {
    const r = await report({ from: '2025-02-01', to: '2025-03-31' });
    const durations = table(r, 'sponsorshipsDurations');
    expect(durations.rows.map((x) => x.key)).toEqual(['lt3', '3to6', '6to12', 'ge12']);
    expect(cellsOf(durations)['total']).toEqual({ family: 5, mother: 0, learning: 3 });
  });

  it('speaks English', async () => {
    const r = await report(PERIOD, 'en');
    expect(r.title).toBe('Sponsorships');
    const states = table(r, 'sponsorshipsByKindState');
    expect(states.title).toBe('Sponsorships by kind and state');
    expect(states.columns.map((c) => c.label)).toEqual(['Inquiry', 'Intake', 'Ready to match', 'Proposed', 'Intro meeting', 'Trial', 'Active', 'Closing', 'Closed']);
    expect(states.rows.map((x) => x.label)).toEqual(['Family sponsorship', 'Mother sponsorship', 'Learning sponsorship']);
    expect(table(r, 'sponsorshipsFlow').columns.map((c) => c.label)).toEqual(['Requested', 'Matched', 'Average waiting time', 'Closed', 'Average duration']);
    expect(table(r, 'sponsorshipsEndReasons').rows.map((x) => x.label)).toEqual(['Goal reached', 'Conflict', 'Lack of time', 'Moved away', 'Departure/deportation', 'No contact any more', 'Other']);
    expect(table(r, 'sponsorshipsDurations').total!.label).toBe('Total');
  });

  it('is for coordinators only and names wrong input', async () => {
    for (const roles of [['volunteer'], ['applicant']] as const) {
      const who = await staff(t, `${roles[0]}@example.org`, [...roles]);
      expect((await who.agent.get('/api/v1/reports/sponsorships').query(PERIOD)).status).toBe(403);
    }
    const reversed = await coord.agent.get('/api/v1/reports/sponsorships').query({ from: '2025-03-01', to: '2025-01-31' }).set('accept-language', 'de');
    expect(reversed.status).toBe(400);
    expect(fieldErrors(reversed.body)['to']).toContain('Zeitraum bis');
    const unknown = await coord.agent.get('/api/v1/reports/sponsorships').query({ ...PERIOD, municipalityId: 999999 });
    expect(unknown.status).toBe(400);
    expect(Object.keys(fieldErrors(unknown.body))).toEqual(['municipalityId']);
  });
});
