import type { EntityManager } from 'typeorm';
import type { ReportScope } from '../report-scope';
import { dayMask, periodParts, type DayRange } from './period-parts';

/** Approved minutes and distinct volunteers of one month and area; area 'all' = all areas together. */
export interface MonthAreaFigures {
  month: string;
  area: string;
  minutes: number;
  volunteers: number;
}

/** Whole months from the monthly rollup (at most months × municipalities × areas rows). */
async function wholeMonths(m: EntityManager, range: { from: string; to: string }, municipalityId: number | null): Promise<MonthAreaFigures[]> {
  return m.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, area, sum(minutes)::float8 AS minutes, sum(volunteers)::int AS volunteers
       FROM hour_month_totals
      WHERE month BETWEEN $1::date AND $2::date AND ($3::int IS NULL OR municipality_key = $3::int)
      GROUP BY 1, 2`,
    [range.from, range.to, municipalityId],
  );
}

/**
 * Some days of one month: minutes from the daily rollup, volunteers as the volunteer-months with a day bit in the
 * range (index-only over that month's rows). Both count under the municipality the rollup recorded.
 */
async function partOfMonth(m: EntityManager, range: DayRange, municipalityId: number | null): Promise<MonthAreaFigures[]> {
  return m.query(
    `WITH minutes AS (
       SELECT area, sum(minutes)::float8 AS minutes FROM hour_day_totals
        WHERE day BETWEEN $1::date AND $2::date AND ($5::int IS NULL OR municipality_key = $5::int) GROUP BY area
     ), volunteers AS (
       SELECT area, count(*)::int AS volunteers FROM hour_volunteer_months
        WHERE month = $3::date AND days & $4::int <> 0 AND ($5::int IS NULL OR municipality_id = $5::int) GROUP BY area
     )
     SELECT $6::text AS month, area, coalesce(minutes, 0)::float8 AS minutes, coalesce(volunteers, 0)::int AS volunteers
       FROM minutes FULL JOIN volunteers USING (area)`,
    [range.from, range.to, `${range.month}-01`, dayMask(range), municipalityId, range.month],
  );
}

/** Approved hours of the period per month and area, exact to the day. */
export async function hourFigures(m: EntityManager, scope: ReportScope): Promise<MonthAreaFigures[]> {
  const parts = periodParts(scope.from, scope.to);
  const figures = parts.wholeMonths ? await wholeMonths(m, parts.wholeMonths, scope.municipalityId) : [];
  for (const range of parts.partial) figures.push(...(await partOfMonth(m, range, scope.municipalityId)));
  return figures;
}
