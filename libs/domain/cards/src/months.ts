import { addMonths } from '@miteinander/domain-calendar';

/** Completed months from `from` to `to` (0 when `to` is earlier): 2026-01-31 → 2026-02-28 is one month, as in PostgreSQL. */
export function completedMonths(from: string, to: string): number {
  if (to < from) return 0;
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}
