import { monthsOf } from '@miteinander/domain-reporting';

/** A run of days inside one month. */
export interface DayRange {
  month: string;
  from: string;
  to: string;
}

/** A period cut into whole months and the partial first/last month (or the one month a short period lies in). */
export interface PeriodParts {
  /** First days of the first and last whole month, or null when no month lies wholly in the period. */
  wholeMonths: { from: string; to: string } | null;
  partial: DayRange[];
}

const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function periodParts(from: string, to: string): PeriodParts {
  const whole: string[] = [];
  const partial: DayRange[] = [];
  for (const month of monthsOf(from, to)) {
    const first = `${month}-01`;
    const last = lastDayOf(month);
    const range = { month, from: from > first ? from : first, to: to < last ? to : last };
    if (range.from === first && range.to === last) whole.push(first);
    else partial.push(range);
  }
  return { wholeMonths: whole.length ? { from: whole[0], to: whole[whole.length - 1] } : null, partial };
}

/** The bits of the days from..to in a volunteer-month's `days` (bit n−1 = day n). */
export function dayMask(range: DayRange): number {
  const first = Number(range.from.slice(8, 10));
  const last = Number(range.to.slice(8, 10));
  return 2 ** last - 2 ** (first - 1);
}
