import { addDays, isCalendarDate } from '@miteinander/domain-calendar';

export type EventReminderStage = 'week' | 'day' | 'rsvp';

export interface ReminderInput {
  eventDate: string;
  rsvpDeadline: string;
  today: string;
  status: 'invited' | 'accepted';
  rsvpReminderDays: number;
}

/**
 * Which reminder (if any) an invitation is due for today. Accepted: one a week before and one the day before the
 * event. Invited without an answer: one `rsvpReminderDays` before the deadline, never after it. Each stage falls on
 * exactly one day, so a daily run sends each at most once (the mail's dedupe key guards against a second run).
 */
export function eventReminderStage(a: ReminderInput): EventReminderStage | null {
  if (a.status === 'accepted' && isCalendarDate(a.eventDate) && isCalendarDate(a.today)) {
    if (a.today === addDays(a.eventDate, -7)) return 'week';
    if (a.today === addDays(a.eventDate, -1)) return 'day';
    return null;
  }
  if (a.status === 'invited' && isCalendarDate(a.rsvpDeadline) && isCalendarDate(a.today) && Number.isInteger(a.rsvpReminderDays)) {
    return a.today === addDays(a.rsvpDeadline, -a.rsvpReminderDays) && a.today <= a.rsvpDeadline ? 'rsvp' : null;
  }
  return null;
}
