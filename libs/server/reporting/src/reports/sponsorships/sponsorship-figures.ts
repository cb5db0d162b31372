import type { EntityManager } from 'typeorm';
import type { ReportScope } from '../report-scope';

export const DURATION_BUCKETS = ['lt3', '3to6', '6to12', 'ge12', 'noTrial'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

export type FigureTable = 'state' | 'flow' | 'reason' | 'duration';

export interface SponsorshipFigure {
  /** How many sponsorships (or the average for avg* columns). */
  n: number;
  /** How many distinct families or pupils stand behind it (a re-match is a new sponsorship of the same family). */
  people: number;
}

/** Figures by table, row and column; the total row is '*'. Missing combinations are zero. */
export class SponsorshipFigures {
  constructor(private readonly cells: Map<string, SponsorshipFigure>) {}

  get(table: FigureTable, row: string, column: string): SponsorshipFigure {
    return this.cells.get(`${table}|${row}|${column}`) ?? { n: 0, people: 0 };
  }
}

interface FigureRow {
  tbl: FigureTable;
  is_total: boolean;
  row_key: string | null;
  col_key: string;
  n: number | null;
  people: number;
}

const MONTH_DAYS = 30.4375;

/**
 * Every figure of the report in one statement. Each sponsorship gets its state at the end of the period, its first
 * proposal and whether it was closed in the period, from small slices of the transitions (no sorting of the whole
 * history: most sponsorships have no transition after a recent period and are in their current state); the four
 * tables group that.
 */
export async function sponsorshipFigures(m: EntityManager, scope: ReportScope): Promise<SponsorshipFigures> {
  const rows: FigureRow[] = await m.query(
    `WITH bounds AS (
       SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AS lo, (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin') AS hi
     ), later AS (
       -- The state at the end of the period is the one the first later transition left (the current one if none).
       SELECT DISTINCT ON (t.sponsorship_id) t.sponsorship_id, t.from_state
         FROM sponsorship_transitions t CROSS JOIN bounds b
        WHERE t.changed_at >= b.hi
        ORDER BY t.sponsorship_id, t.changed_at, t.id
     ), first_match AS (
       SELECT sponsorship_id, min(changed_at) AS at FROM sponsorship_transitions WHERE to_state = 'match_proposed' GROUP BY sponsorship_id
     ), closing AS (
       SELECT DISTINCT t.sponsorship_id
         FROM sponsorship_transitions t CROSS JOIN bounds b
        WHERE t.to_state = 'closed' AND t.changed_at >= b.lo AND t.changed_at < b.hi
     ), s AS MATERIALIZED (
       SELECT s.kind, s.beneficiary_id AS who, s.end_reason,
              s.requested_at < b.hi AS existed,
              CASE WHEN l.sponsorship_id IS NULL THEN s.state ELSE coalesce(l.from_state, 'inquiry') END AS state_then,
              s.requested_at >= b.lo AND s.requested_at < b.hi AS requested,
              coalesce(fm.at >= b.lo AND fm.at < b.hi, false) AS matched,
              (fm.at AT TIME ZONE 'Europe/Berlin')::date - (s.requested_at AT TIME ZONE 'Europe/Berlin')::date AS wait_days,
              c.sponsorship_id IS NOT NULL AS closed,
              s.end_date - s.trial_start AS duration_days
         FROM sponsorships s
         JOIN beneficiaries bf ON bf.id = s.beneficiary_id
        CROSS JOIN bounds b
         LEFT JOIN later l ON l.sponsorship_id = s.id
         LEFT JOIN first_match fm ON fm.sponsorship_id = s.id
         LEFT JOIN closing c ON c.sponsorship_id = s.id
        WHERE $3::int IS NULL OR bf.municipality_id = $3::int
     ), closed AS (
       SELECT kind, who, end_reason, duration_days,
              CASE WHEN duration_days IS NULL THEN 'noTrial'
                   WHEN duration_days < 3 * ${MONTH_DAYS} THEN 'lt3'
                   WHEN duration_days < 6 * ${MONTH_DAYS} THEN '3to6'
                   WHEN duration_days < 12 * ${MONTH_DAYS} THEN '6to12'
                   ELSE 'ge12' END AS bucket
         FROM s WHERE closed
     ), flow AS (
       SELECT kind, grouping(kind) = 1 AS is_total,
              count(*) FILTER (WHERE requested)::int AS requested, count(DISTINCT who) FILTER (WHERE requested)::int AS requested_people,
              count(*) FILTER (WHERE matched)::int AS matched, count(DISTINCT who) FILTER (WHERE matched)::int AS matched_people,
              round(avg(wait_days) FILTER (WHERE matched))::int AS avg_wait,
              count(*) FILTER (WHERE closed)::int AS closed, count(DISTINCT who) FILTER (WHERE closed)::int AS closed_people,
              round(avg(duration_days) FILTER (WHERE closed AND duration_days IS NOT NULL) / ${MONTH_DAYS} * 10)::int AS avg_duration,
              count(DISTINCT who) FILTER (WHERE closed AND duration_days IS NOT NULL)::int AS duration_people
         FROM s
        GROUP BY GROUPING SETS ((kind), ())
     )
     SELECT 'state' AS tbl, grouping(kind) = 1 AS is_total, kind AS row_key, state_then AS col_key, count(*)::int AS n, count(DISTINCT who)::int AS people
       FROM s WHERE existed
      GROUP BY GROUPING SETS ((kind, state_then), (state_then))
     UNION ALL
     SELECT 'flow', f.is_total, f.kind, v.col_key, v.n, v.people
       FROM flow f
      CROSS JOIN LATERAL (VALUES ('requested', f.requested, f.requested_people), ('matched', f.matched, f.matched_people),
                                 ('avgWaitDays', f.avg_wait, f.matched_people), ('closed', f.closed, f.closed_people),
                                 ('avgDurationTenthMonths', f.avg_duration, f.duration_people)) AS v(col_key, n, people)
     UNION ALL
     SELECT 'reason', grouping(end_reason) = 1, end_reason, kind, count(*)::int, count(DISTINCT who)::int
       FROM closed GROUP BY GROUPING SETS ((end_reason, kind), (kind))
     UNION ALL
     SELECT 'duration', grouping(bucket) = 1, bucket, kind, count(*)::int, count(DISTINCT who)::int
       FROM closed GROUP BY GROUPING SETS ((bucket, kind), (kind))`,
    [scope.from, scope.to, scope.municipalityId],
  );
  return new SponsorshipFigures(
    new Map(rows.map((r) => [`${r.tbl}|${r.is_total ? '*' : r.row_key}|${r.col_key}`, { n: r.n ?? 0, people: r.people }])),
  );
}
