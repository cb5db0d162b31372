/**
 * The coordinator's start page: what needs them today, each queue with its count, the most urgent items and a link
 * into the work. GET /api/v1/dashboard/today (coordinator, admin) → CoordinatorToday.
 */

export const WORK_KINDS = [
  'overdueCheckIns',
  'waitingRequests',
  'hoursToApprove',
  'cardApplications',
  'grantPrecheck',
  'grantReportsOverdue',
  'upcomingEvents',
  'failedMails',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  id: string;
  /** What it is, e.g. "Familie Haddad (Familienpatenschaft)", "MP-2026-0007 Sprachcafé", "Ehrenamtsempfang". */
  title: string;
  /** One short line of context in the requester's language, e.g. "seit 23 Tagen überfällig", "12 Zusagen · 3 Warteliste". */
  detail: string | null;
  /** The date the urgency counts from (yyyy-mm-dd) or the instant (ISO), for sorting and "seit …". */
  since: string | null;
  /** Path in the web app that opens this record, e.g. `/sponsorships/<id>`. */
  link: string;
}

export interface WorkQueue {
  kind: WorkKind;
  /** All items of this kind, not only those shown. */
  count: number;
  /** The most urgent first (longest overdue / waiting, soonest event), at most five. */
  items: WorkItem[];
  /** Path of the full list in the web app. */
  link: string;
}

export interface CoordinatorToday {
  /** Today in the county (yyyy-mm-dd, Europe/Berlin). */
  today: string;
  queues: WorkQueue[];
}
