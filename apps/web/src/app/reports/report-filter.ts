import type { ParamMap, Params } from '@angular/router';
import { REPORT_NAMES, type ReportName } from '@miteinander/contracts';
import type { ReportFilter } from './reports-api';

export const PERIOD_PRESETS = ['currentYear', 'previousYear', 'lastTwoYears', 'last12Months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type FixedPreset = Exclude<PeriodPreset, 'custom'>;
/** What a coordinator opening the page wants first: this year so far (the two-year evaluation is one choice away). */
export const DEFAULT_PRESET: FixedPreset = 'currentYear';
export const DEFAULT_REPORT: ReportName = 'volunteers';

const BERLIN_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the county (Europe/Berlin, as the server counts), yyyy-mm-dd. */
export function todayInBerlin(now: Date = new Date()): string {
  const parts = Object.fromEntries(BERLIN_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** A real calendar day written yyyy-mm-dd (not 2026-02-30). */
export function isCalendarDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): string => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * The period a preset stands for, seen from `today`. The evaluation goes to the county council every two years:
 * "last two years" are the two calendar years before this one; "last 12 months" the 12 whole months before this one.
 */
export function presetPeriod(preset: FixedPreset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'currentYear':
      return { from: `${year}-01-01`, to: today };
    case 'previousYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'lastTwoYears':
      return { from: `${year - 2}-01-01`, to: `${year - 1}-12-31` };
    case 'last12Months': {
      // The 12 whole months before this one: a month only partly gone would read as a drop.
      const end = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
      return { from: `${year - 1}-${pad(month)}-01`, to: lastDayOf(end.y, end.m) };
    }
  }
}

/** Which preset a period is, or 'custom'; `preferred` first, as two presets can mean the same days (in January). */
export function presetOf(filter: { from: string; to: string }, today: string, preferred?: PeriodPreset): PeriodPreset {
  if (preferred === 'custom') return 'custom';
  for (const preset of preferred ? [preferred, ...PERIOD_PRESETS] : PERIOD_PRESETS) {
    if (preset === 'custom') continue;
    const period = presetPeriod(preset, today);
    if (period.from === filter.from && period.to === filter.to) return preset;
  }
  return 'custom';
}

/** The filter in the address bar; dates that are missing, malformed or the wrong way round give the default period. */
export function filterFromParams(params: ParamMap, today: string): ReportFilter {
  const from = params.get('from');
  const to = params.get('to');
  const period = isCalendarDay(from) && isCalendarDay(to) && from <= to ? { from, to } : presetPeriod(DEFAULT_PRESET, today);
  const municipality = params.get('municipality') ?? '';
  return { ...period, municipalityId: /^\d{1,9}$/.test(municipality) ? Number(municipality) : null };
}

export function reportFromParams(params: ParamMap): ReportName {
  const name = params.get('report');
  return (REPORT_NAMES as readonly string[]).includes(name ?? '') ? (name as ReportName) : DEFAULT_REPORT;
}

/** The address bar's query for a filter and report; no municipality means all of them. */
export function toParams(filter: ReportFilter, report: ReportName): Params {
  return { from: filter.from, to: filter.to, municipality: filter.municipalityId ?? undefined, report };
}
