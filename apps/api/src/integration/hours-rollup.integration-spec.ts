import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addOrganisation, addVolunteer, daysAgo, insertEntry, staff, type TestVolunteer } from './hours-fixtures';

/** One bit per day of the month with approved hours (bit n−1 = day n). */
const DAYS = `bit_or(1 << (extract(day FROM activity_date)::int - 1))`;

/** The rollup as it should be: a fresh GROUP BY over the approved entries (area 'all' = all areas together). */
const REFERENCE_VOLUNTEER_MONTHS = `
  WITH c AS (
    SELECT e.volunteer_id, date_trunc('month', e.activity_date)::date AS month,
           coalesce(s.kind, o.kind, 'other') AS area, e.minutes, v.municipality_id, e.activity_date
      FROM hour_entries e
      JOIN volunteers v ON v.id = e.volunteer_id
      LEFT JOIN sponsorships s ON s.id = e.sponsorship_id
      LEFT JOIN organisations o ON o.id = e.organisation_id
     WHERE e.status = 'approved')
  SELECT volunteer_id, month::text, area, municipality_id, sum(minutes)::int AS minutes, count(*)::int AS entries, ${DAYS} AS days FROM c GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT volunteer_id, month::text, 'all', municipality_id, sum(minutes)::int, count(*)::int, ${DAYS} FROM c GROUP BY 1, 2, 4
  ORDER BY 1, 2, 3`;

const REFERENCE_DAY_TOTALS = `
  SELECT e.activity_date::text AS day, coalesce(v.municipality_id, 0) AS municipality_key, a.area, sum(e.minutes)::int AS minutes, count(*)::int AS entries
    FROM hour_entries e
    JOIN volunteers v ON v.id = e.volunteer_id
    LEFT JOIN sponsorships s ON s.id = e.sponsorship_id
    LEFT JOIN organisations o ON o.id = e.organisation_id
   CROSS JOIN LATERAL (VALUES (coalesce(s.kind, o.kind, 'other')), ('all')) AS a(area)
   WHERE e.status = 'approved'
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

const REFERENCE_TOTALS = `
  SELECT month, coalesce(municipality_id, 0) AS municipality_key, area, sum(minutes)::int AS minutes, sum(entries)::int AS entries, count(*)::int AS volunteers
    FROM (${REFERENCE_VOLUNTEER_MONTHS}) r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

describe('the approved-hours rollup', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let anna: TestVolunteer;
  let ben: TestVolunteer;
  let tafel: string;
  let kirche: string;

  const post = (who: SignedIn, body: object) => who.agent.post('/api/v1/hours').set('x-xsrf-token', who.csrf).send(body);
  const decide = (ids: string[], decision: 'approve' | 'reject') =>
    coordinator.agent.post('/api/v1/hours/decisions').set('x-xsrf-token', coordinator.csrf).send({ ids, decision, ...(decision === 'reject' ? { reason: 'Doppelt eingetragen' } : {}) });

  /** The rollup equals the reference, and (so the comparison cannot pass on two empty tables) holds what we expect. */
  async function expectRollupExact(expected: { approvedMinutes: number }): Promise<void> {
    const months = await t.dataSource.query(`SELECT volunteer_id, month::text, area, municipality_id, minutes::int, entries, days FROM hour_volunteer_months ORDER BY 1, 2, 3`);
    expect(months).toEqual(await t.dataSource.query(REFERENCE_VOLUNTEER_MONTHS));
    const totals = await t.dataSource.query(`SELECT month::text, municipality_key, area, minutes::int, entries, volunteers FROM hour_month_totals ORDER BY 1, 2, 3`);
    expect(totals).toEqual((await t.dataSource.query(REFERENCE_TOTALS)).map((r: { month: string }) => ({ ...r, month: String(r.month) })));
    const days = await t.dataSource.query(`SELECT day::text, municipality_key, area, minutes::int, entries FROM hour_day_totals ORDER BY 1, 2, 3`);
    expect(days).toEqual(await t.dataSource.query(REFERENCE_DAY_TOTALS));
    const [{ sum }] = await t.dataSource.query(`SELECT coalesce(sum(minutes), 0)::int AS sum FROM hour_month_totals WHERE area = 'all'`);
    expect(sum).toBe(expected.approvedMinutes);
  }

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koord.rollup@example.org');
    tafel = (await addOrganisation(t, 'Tafel Borna')).id;
    kirche = (await addOrganisation(t, 'Kirchgemeinde Grimma')).id;
    await t.dataSource.query(`UPDATE organisations SET kind = 'church' WHERE id = $1`, [kirche]);
    const [{ id: grimma }] = await t.dataSource.query(`INSERT INTO municipalities (name, kind) VALUES ('Grimma', 'town') RETURNING id`);
    anna = await addVolunteer(t, { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.rollup@example.org', organisations: [tafel, kirche], municipalityId: grimma });
    ben = await addVolunteer(t, { firstName: 'Ben', lastName: 'Albrecht', email: 'ben.rollup@example.org', organisations: [tafel] });
  });
  afterAll(() => t.close());

  it('follows logging, approving, rejecting, editing, withdrawing, bulk approval and deleting a volunteer', async () => {
    const log = async (who: TestVolunteer, date: string, minutes: number, organisationId: string) => {
      const res = await post(who.signedIn!, { activityDate: date, minutes, activity: 'Begleitung', organisationId });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const a1 = await log(anna, daysAgo(2), 60, tafel);
    const a2 = await log(anna, daysAgo(2), 90, kirche);
    const b1 = await log(ben, daysAgo(3), 30, tafel);
    const b2 = await log(ben, daysAgo(40), 45, tafel);
    await expectRollupExact({ approvedMinutes: 0 }); // submitted hours do not count

    expect((await decide([a1], 'approve')).body).toEqual({ approved: 1, rejected: 0, skipped: 0 });
    await expectRollupExact({ approvedMinutes: 60 });

    expect((await decide([a2, b1, b2], 'approve')).body).toEqual({ approved: 3, rejected: 0, skipped: 0 });
    await expectRollupExact({ approvedMinutes: 225 });

    // Editing an approved entry sends it back for approval: its hours leave the rollup.
    const edited = await anna.signedIn!.agent.patch(`/api/v1/hours/${a2}`).set('x-xsrf-token', anna.signedIn!.csrf).send({ minutes: 120 });
    expect(edited.body).toMatchObject({ minutes: 120, status: 'submitted' });
    await expectRollupExact({ approvedMinutes: 135 });

    expect((await decide([a2], 'reject')).body).toEqual({ approved: 0, rejected: 1, skipped: 0 });
    await expectRollupExact({ approvedMinutes: 135 });

    const a3 = await log(anna, daysAgo(1), 15, tafel);
    const withdrawn = await anna.signedIn!.agent.post(`/api/v1/hours/${a3}/withdraw`).set('x-xsrf-token', anna.signedIn!.csrf);
    expect(withdrawn.body.status).toBe('withdrawn');
    await expectRollupExact({ approvedMinutes: 135 });

    // Changes the API has no way for: moving an approved entry to another month and to a sponsorship.
    await t.dataSource.query(`UPDATE hour_entries SET activity_date = activity_date - 70 WHERE id = $1`, [b1]);
    await expectRollupExact({ approvedMinutes: 135 });
    // Within one month to another day: the month's sums stay, its days and the daily sums move.
    await t.dataSource.query(`UPDATE hour_entries SET activity_date = '2025-06-10' WHERE id = $1`, [b2]);
    await expectRollupExact({ approvedMinutes: 135 });
    await t.dataSource.query(`UPDATE hour_entries SET activity_date = '2025-06-11' WHERE id = $1`, [b2]);
    await expectRollupExact({ approvedMinutes: 135 });
    expect((await t.dataSource.query(`SELECT days FROM hour_volunteer_months WHERE volunteer_id = $1 AND month = '2025-06-01' AND area = 'all'`, [ben.id]))[0].days).toBe(1 << 10);
    const [{ id: beneficiary }] = await t.dataSource.query(
      `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs) VALUES ('pupil', 'Samira', $1, 'A1', 'Mathe') RETURNING id`,
      [(await t.dataSource.query(`SELECT id FROM municipalities WHERE name = 'Grimma'`))[0].id],
    );
    const [{ id: sponsorship }] = await t.dataSource.query(
      `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, planned_months, trial_weeks) VALUES ('learning', $1, 'inquiry', true, 12, 6) RETURNING id`,
      [beneficiary],
    );
    await t.dataSource.query(`UPDATE hour_entries SET sponsorship_id = $2 WHERE id = $1`, [a1, sponsorship]);
    expect((await t.dataSource.query(`SELECT area FROM hour_volunteer_months WHERE volunteer_id = $1 AND area <> 'all'`, [anna.id])).map((r: { area: string }) => r.area)).toEqual(['learning']);
    await expectRollupExact({ approvedMinutes: 135 });
    // The sponsorship goes: its hours fall back to where they were given (the organisation).
    await t.dataSource.query(`DELETE FROM sponsorships WHERE id = $1`, [sponsorship]);
    await expectRollupExact({ approvedMinutes: 135 });
    await t.dataSource.query(`UPDATE organisations SET kind = 'welfare' WHERE id = $1`, [tafel]);
    await expectRollupExact({ approvedMinutes: 135 });

    await t.dataSource.query(`DELETE FROM volunteers WHERE id = $1`, [ben.id]);
    await expectRollupExact({ approvedMinutes: 60 });
    await t.dataSource.query(`DELETE FROM hour_entries`);
    await expectRollupExact({ approvedMinutes: 0 });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM hour_volunteer_months`))[0].n).toBe(0);
  });

  it('lands 20 concurrent approvals in the same month and area exactly', async () => {
    const volunteers: string[] = [];
    for (let i = 0; i < 4; i++) volunteers.push((await addVolunteer(t, { firstName: `V${i}`, lastName: 'Parallel', email: `v${i}.parallel@example.org`, account: false })).id);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await insertEntry(t, { volunteerId: volunteers[i % 4], organisationId: tafel, date: daysAgo(5), minutes: 15 * (i + 1) }));
    const results = await Promise.all(ids.map((id) => decide([id], 'approve')));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    expect(results.reduce((n, r) => n + r.body.approved, 0)).toBe(20);
    await expectRollupExact({ approvedMinutes: 15 * 210 });
    const [{ volunteers: n }] = await t.dataSource.query(`SELECT sum(volunteers)::int AS volunteers FROM hour_month_totals WHERE area = 'all'`);
    expect(n).toBe(4);
  });
});
