import type { EntityManager } from 'typeorm';
import { monthsOf } from '@miteinander/domain-reporting';
import type { ReportScope } from '../report-scope';

export interface Flow {
  /** Change of the number active. */
  delta: number;
  /** Volunteers recorded. */
  new: number;
  /** Changes to 'left'. */
  left: number;
}

export interface VolunteerFlows {
  /** Active volunteers just before the period starts. */
  opening: number;
  /** Per yyyy-mm of the period. */
  months: Map<string, Flow>;
  /** Per municipality id ('none' when not given): delta = active at the end of the period; new and left in it. */
  municipalities: Map<string, Flow>;
}

interface FlowRow {
  bucket: number;
  municipality_id: number | null;
  delta: number;
  new: number;
  left: number;
}

/**
 * One pass over the status history up to the end of the period. Each change adds 1 when it enters 'active' and
 * takes 1 away when it leaves it, so the sum of all changes up to an instant is the number active then, however
 * often a volunteer changed in between. Changes fall into bucket 0 (before the period: the opening stock) or the
 * period's months 1..n by the Berlin instants where the months start (width_bucket: cheaper than formatting dates).
 */
export async function volunteerFlows(m: EntityManager, scope: ReportScope): Promise<VolunteerFlows> {
  const rows: FlowRow[] = await m.query(
    `WITH edges AS (
       SELECT array_agg(d::timestamp AT TIME ZONE 'Europe/Berlin' ORDER BY d) AS e
         FROM (SELECT $1::date AS d
               UNION SELECT generate_series(date_trunc('month', $1::date) + interval '1 month', $2::date, interval '1 month')::date
               UNION SELECT $2::date + 1) starts
     )
     SELECT width_bucket(c.changed_at, edges.e) AS bucket, v.municipality_id,
            sum((c.to_status = 'active')::int - coalesce(c.from_status = 'active', false)::int)::int AS delta,
            count(*) FILTER (WHERE c.from_status IS NULL)::int AS new,
            count(*) FILTER (WHERE c.to_status = 'left')::int AS left
       FROM volunteer_status_changes c
       JOIN volunteers v ON v.id = c.volunteer_id
      CROSS JOIN edges
      WHERE c.changed_at < edges.e[array_length(edges.e, 1)] AND ($3::int IS NULL OR v.municipality_id = $3::int)
      GROUP BY 1, 2`,
    [scope.from, scope.to, scope.municipalityId],
  );
  const monthKeys = monthsOf(scope.from, scope.to);
  const flows: VolunteerFlows = { opening: 0, months: new Map(monthKeys.map((k) => [k, { delta: 0, new: 0, left: 0 }])), municipalities: new Map() };
  for (const r of rows) {
    const key = r.municipality_id === null ? 'none' : String(r.municipality_id);
    const place = flows.municipalities.get(key) ?? { delta: 0, new: 0, left: 0 };
    flows.municipalities.set(key, place);
    place.delta += r.delta;
    if (r.bucket === 0) {
      flows.opening += r.delta;
      continue;
    }
    const month = flows.months.get(monthKeys[r.bucket - 1]!)!;
    month.delta += r.delta;
    month.new += r.new;
    month.left += r.left;
    place.new += r.new;
    place.left += r.left;
  }
  return flows;
}
