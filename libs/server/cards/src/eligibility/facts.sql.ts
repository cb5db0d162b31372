import type { CardFacts, FactWindows } from '@miteinander/domain-cards';

/** One volunteer's row of facts, as the SQL returns it. */
export interface FactsRow {
  id: string;
  first_name: string;
  last_name: string;
  municipality_id: number | null;
  municipality_name: string | null;
  date_of_birth: string | null;
  employed_or_training: boolean;
  resides_in_county: boolean;
  first_activity: string | null;
  current_year: number;
  previous_year: number;
  rolling: number;
  recent: number;
}

/**
 * The facts of eligibility for one volunteer ($7) or for all who have not left, in one set-based statement:
 * a single pass over the approved hours (hour_entries_volunteer_date_idx holds volunteer, date, minutes and
 * status) summing every window at once with FILTER, joined to the profiles. The windows are parameters from
 * the domain's factWindows, so SQL and the pure rules count the same days.
 */
export function factsSql(scope: 'one' | 'all'): string {
  const one = scope === 'one';
  return `
    WITH h AS (
      SELECT volunteer_id,
             min(activity_date)::text AS first_activity,
             COALESCE(sum(minutes) FILTER (WHERE activity_date >= $2::date), 0)::int AS current_year,
             COALESCE(sum(minutes) FILTER (WHERE activity_date BETWEEN $3::date AND $4::date), 0)::int AS previous_year,
             COALESCE(sum(minutes) FILTER (WHERE activity_date >= $5::date), 0)::int AS rolling,
             COALESCE(sum(minutes) FILTER (WHERE activity_date >= $6::date), 0)::int AS recent
        FROM hour_entries
       WHERE status = 'approved' AND activity_date <= $1::date${one ? ' AND volunteer_id = $7::uuid' : ''}
       GROUP BY volunteer_id
    )
    SELECT v.id, v.first_name, v.last_name, v.municipality_id, mu.name AS municipality_name,
           v.date_of_birth::text AS date_of_birth, v.employed_or_training,
           (mu.id IS NOT NULL AND NOT mu.outside_county) AS resides_in_county,
           h.first_activity, COALESCE(h.current_year, 0) AS current_year, COALESCE(h.previous_year, 0) AS previous_year,
           COALESCE(h.rolling, 0) AS rolling, COALESCE(h.recent, 0) AS recent
      FROM volunteers v
      LEFT JOIN municipalities mu ON mu.id = v.municipality_id
      LEFT JOIN h ON h.volunteer_id = v.id
     WHERE ${one ? 'v.id = $7::uuid' : `v.status <> 'left'`}`;
}

export function factsParams(w: FactWindows): string[] {
  return [w.today, w.yearStart, w.previousYearStart, w.previousYearEnd, w.rollingFrom, w.recentFrom];
}

export function toFacts(r: FactsRow, allowanceCentsPerMonth: number | null = null): CardFacts {
  return {
    dateOfBirth: r.date_of_birth,
    firstActivity: r.first_activity,
    employedOrInTraining: r.employed_or_training,
    residesInCounty: r.resides_in_county,
    minutesCurrentYear: r.current_year,
    minutesPreviousYear: r.previous_year,
    minutesRolling: r.rolling,
    minutesRecent: r.recent,
    allowanceCentsPerMonth,
  };
}
