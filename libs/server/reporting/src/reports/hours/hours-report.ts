import { monthLabel, monthsOf, type RawRow } from '@miteinander/domain-reporting';
import type { ReportBuilder } from '../report-context';
import { publishTable } from '../publish-table';
import { hourFigures, type MonthAreaFigures } from './hours-queries';
import { HOUR_AREAS, HOURS_TEXTS } from './hours-texts';

const ALL_AREAS = 'all';

/**
 * Approved hours per month and per area, from the rollup alone (no scan of the entries): whole months from the monthly
 * totals, a partial first or last month from the daily totals and the volunteer-months' day bits, so every figure is
 * exact to the day. A cell's people are the distinct volunteers behind it; a total over
 * months cannot count them without scanning all entries, so it carries the largest monthly count (a safe lower bound).
 */
export const hoursReport: ReportBuilder = async (ctx) => {
  const texts = HOURS_TEXTS[ctx.lang];
  const figures = await hourFigures(ctx.m, ctx.scope);
  const months = monthsOf(ctx.scope.from, ctx.scope.to);
  const find = (area: string, month: string): MonthAreaFigures | undefined => figures.find((f) => f.area === area && f.month === month);
  const overall = months.map((month) => ({ month, minutes: find(ALL_AREAS, month)?.minutes ?? 0, volunteers: find(ALL_AREAS, month)?.volunteers ?? 0 }));
  const mostVolunteers = Math.max(0, ...overall.map((o) => o.volunteers));
  const totalMinutes = overall.reduce((n, o) => n + o.minutes, 0);

  const byMonth = publishTable({
    key: 'hoursByMonth',
    title: texts.byMonth.title,
    description: texts.byMonth.description,
    chart: 'bar',
    columns: [
      { key: 'minutes', label: texts.byMonth.minutes, unit: 'minutes', additive: true },
      { key: 'volunteers', label: texts.byMonth.volunteers, unit: 'count', additive: false },
    ],
    rows: overall.map(
      (o): RawRow => ({
        key: o.month,
        label: monthLabel(o.month, ctx.lang),
        cells: { minutes: { value: o.minutes, people: o.volunteers }, volunteers: { value: o.volunteers, people: o.volunteers } },
      }),
    ),
    total: { key: 'total', label: texts.total, cells: { minutes: { value: totalMinutes, people: mostVolunteers } } },
  });

  const byArea = publishTable({
    key: 'hoursByArea',
    title: texts.byArea.title,
    description: texts.byArea.description,
    chart: 'bar',
    columns: [{ key: 'minutes', label: texts.byArea.minutes, unit: 'minutes', additive: true }],
    rows: HOUR_AREAS.map((area): RawRow => {
      const ofArea = figures.filter((f) => f.area === area);
      return {
        key: area,
        label: texts.areas[area],
        cells: { minutes: { value: ofArea.reduce((n, f) => n + f.minutes, 0), people: Math.max(0, ...ofArea.map((f) => f.volunteers)) } },
      };
    }),
    total: { key: 'total', label: texts.total, cells: { minutes: { value: totalMinutes, people: mostVolunteers } } },
  });

  return { title: texts.title, municipalityNote: null, tables: [byMonth, byArea] };
};
