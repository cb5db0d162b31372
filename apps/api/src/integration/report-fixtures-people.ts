import type { TestApp } from '../test-support/test-app';

/** Times are Berlin wall-clock times ('2025-01-10 12:00'); the database turns them into instants. */
const BERLIN = `::timestamp AT TIME ZONE 'Europe/Berlin'`;

/**
 * `n` volunteers living in one municipality (null: not given) with the same status history, each change
 * [to status, Berlin time]; the first change is the recording (from_status NULL).
 */
export async function addVolunteersWithHistory(t: TestApp, n: number, municipalityId: number | null, history: [string, string][]): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO volunteers (first_name, last_name, status, municipality_id)
     SELECT 'Test', 'Person ' || g, $2, $3 FROM generate_series(1, $1::int) g RETURNING id`,
    [n, history[history.length - 1]![0], municipalityId],
  );
  const ids = rows.map((r) => r.id);
  await t.dataSource.query(
    `INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_at)
     SELECT v.id, h.from_status, h.to_status, 'Test', h.at${BERLIN}
       FROM unnest($1::uuid[]) AS v(id) CROSS JOIN unnest($2::text[], $3::text[], $4::text[]) AS h(from_status, to_status, at)`,
    [ids, history.map((_, i) => (i === 0 ? null : history[i - 1]![0])), history.map((h) => h[0]), history.map((h) => h[1])],
  );
  return ids;
}

export interface SponsorshipBatch {
  n: number;
  kind: 'family' | 'mother' | 'learning';
  municipalityId: number;
  requestedAt: string;
  /** [to state, Berlin time]; the first is the request (from_state NULL). The last is the current state. */
  transitions: [string, string][];
  trialStart?: string;
  endDate?: string;
  endReason?: string;
  /** For states with a volunteer. */
  volunteerId?: string;
  /** Re-matches: one new sponsorship per closed one, for the same family. */
  rematchOf?: string[];
}

const WAITING = ['inquiry', 'intake', 'ready_to_match'];

/** `n` sponsorships with the same history, straight in the tables (one family or pupil each, or the re-matched ones'). */
export async function addSponsorships(t: TestApp, b: SponsorshipBatch): Promise<string[]> {
  const beneficiaries: string[] = b.rematchOf
    ? (await t.dataSource.query(`SELECT beneficiary_id FROM sponsorships WHERE id = ANY($1::uuid[])`, [b.rematchOf])).map((r: { beneficiary_id: string }) => r.beneficiary_id)
    : (
        await t.dataSource.query(
          `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs)
           SELECT $2, 'Familie ' || g, $3, 'A1', 'Begleitung' FROM generate_series(1, $1::int) g RETURNING id`,
          [b.n, b.kind === 'learning' ? 'pupil' : 'family', b.municipalityId],
        )
      ).map((r: { id: string }) => r.id);
  const state = b.transitions[b.transitions.length - 1]![0];
  const running = !WAITING.includes(state);
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, volunteer_id, planned_months, trial_weeks, intro_meeting_date, trial_start,
                               contacts_shared_at, has_trial_review, end_date, end_reason, rematch_of, requested_at)
     SELECT $1, bf.id, $3, true, $4, 12, 6, $5::date, $5::date, CASE WHEN $5::date IS NOT NULL THEN now() END, $6, $7::date, $8,
            (SELECT s.id FROM sponsorships s WHERE s.beneficiary_id = bf.id AND s.id = ANY($9::uuid[])), $10${BERLIN}
       FROM unnest($2::uuid[]) AS bf(id)
     RETURNING id`,
    [b.kind, beneficiaries, state, running ? b.volunteerId : null, b.trialStart ?? null, state === 'active', b.endDate ?? null, b.endReason ?? null,
      b.rematchOf ?? [], b.requestedAt],
  );
  const ids = rows.map((r) => r.id);
  await t.dataSource.query(
    `INSERT INTO sponsorship_transitions (sponsorship_id, from_state, to_state, changed_at)
     SELECT s.id, h.from_state, h.to_state, h.at${BERLIN}
       FROM unnest($1::uuid[]) AS s(id) CROSS JOIN unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS h(from_state, to_state, at, i)
      ORDER BY s.id, h.i`,
    [ids, b.transitions.map((_, i) => (i === 0 ? null : b.transitions[i - 1]![0])), b.transitions.map((x) => x[0]), b.transitions.map((x) => x[1])],
  );
  return ids;
}
