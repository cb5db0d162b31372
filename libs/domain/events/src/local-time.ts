import { isCalendarDate } from '@miteinander/domain-calendar';

export interface LocalDateTime {
  /** yyyy-mm-dd */
  date: string;
  hour: number;
  minute: number;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * A local (Europe/Berlin) wall-clock time written `yyyy-mm-ddThh:mm`, as the event form sends it, or null when it is
 * not one: the day must exist (no 2026-02-30), the hour be 0–23 and the minute 0–59. No seconds, no zone.
 */
export function parseLocalDateTime(s: string): LocalDateTime | null {
  if (typeof s !== 'string') return null;
  const m = LOCAL_DATE_TIME.exec(s);
  if (!m || !isCalendarDate(m[1])) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  return hour <= 23 && minute <= 59 ? { date: m[1]!, hour, minute } : null;
}
