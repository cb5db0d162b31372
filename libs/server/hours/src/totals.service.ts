import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { HourTotals } from '@miteinander/contracts';
import { averageMinutesPerWeek, todayIn, totalsWindow } from '@miteinander/domain-hours';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

interface TotalsRow {
  total: number;
  this_year: number;
  rolling: number;
  pending: number;
  first_activity: string | null;
  by_year: { year: number; minutes: number }[] | null;
}

/**
 * One volunteer's figures in a single set-based query, answered from hour_entries_volunteer_date_idx
 * (volunteer_id, activity_date) INCLUDE (minutes, status) alone. Approved hours count; submitted ones show as pending.
 */
export const TOTALS_SQL = `
  WITH e AS MATERIALIZED (
    SELECT activity_date, minutes, status FROM hour_entries
     WHERE volunteer_id = $1 AND activity_date <= $2::date AND status IN ('approved', 'submitted')
  )
  SELECT COALESCE(sum(minutes) FILTER (WHERE status = 'approved'), 0)::int AS total,
         COALESCE(sum(minutes) FILTER (WHERE status = 'approved' AND activity_date >= $3::date), 0)::int AS this_year,
         COALESCE(sum(minutes) FILTER (WHERE status = 'approved' AND activity_date >= $4::date), 0)::int AS rolling,
         COALESCE(sum(minutes) FILTER (WHERE status = 'submitted'), 0)::int AS pending,
         (min(activity_date) FILTER (WHERE status = 'approved'))::text AS first_activity,
         (SELECT json_agg(json_build_object('year', y.year, 'minutes', y.minutes) ORDER BY y.year)
            FROM (SELECT extract(year FROM activity_date)::int AS year, sum(minutes)::int AS minutes
                    FROM e WHERE status = 'approved' GROUP BY 1) y) AS by_year
    FROM e`;

@Injectable()
export class TotalsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async forVolunteer(volunteerId: string, m: EntityManager = this.dataSource.manager, now = new Date()): Promise<HourTotals> {
    const window = totalsWindow(todayIn(now, this.config.reminders.timezone));
    const [r]: TotalsRow[] = await m.query(TOTALS_SQL, [volunteerId, window.today, window.yearStart, window.rollingFrom]);
    return {
      thisYearMinutes: r!.this_year,
      rolling12MonthsMinutes: r!.rolling,
      averageMinutesPerWeek: averageMinutesPerWeek(r!.rolling, r!.first_activity, window),
      activeSince: r!.first_activity,
      totalMinutes: r!.total,
      pendingMinutes: r!.pending,
      byYear: r!.by_year ?? [],
    };
  }
}
