import { todayInBerlin } from '../../volunteers/shared/calendar';

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (both yyyy-mm-dd); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How many days a talk due on `due` is overdue today in the county (0 when not yet). */
export function daysOverdue(due: string, today = todayInBerlin()): number {
  return Math.max(0, daysBetween(due, today));
}

/** "wartet seit heute / 1 Tag / n Tagen" */
export function waitingKey(days: number): string {
  return days === 0 ? 'sponsorships.list.waitingDays.today' : pluralKey('sponsorships.list.waitingDays', days);
}

/** The translation key for "one day" or "n days" (ngx-translate has no plural rules of its own). */
export function pluralKey(base: string, count: number): string {
  return `${base}.${count === 1 ? 'one' : 'other'}`;
}
