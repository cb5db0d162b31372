import { WAITING_STATES, type EndReason, type GermanLevel, type LanguageSkill, type SponsorshipKind, type SponsorshipListItem, type SponsorshipState } from '@miteinander/contracts';
import type { SqlParams } from '@miteinander/server-people';

/** The tables every sponsorship list and view reads: the family or pupil, the place, the volunteer and the coordinator. */
export const SPONSORSHIP_FROM = `FROM sponsorships s
  JOIN beneficiaries b ON b.id = s.beneficiary_id
  JOIN municipalities m ON m.id = b.municipality_id
  LEFT JOIN volunteers v ON v.id = s.volunteer_id
  LEFT JOIN users c ON c.id = s.coordinator_id`;

/**
 * The list item's columns. `today` and the time zone are bound as parameters: waiting days count calendar days
 * in the county since the request, and a check-in is overdue the day after it was due.
 */
export function listColumns(p: SqlParams, today: string, timezone: string): string {
  const day = p.add(today);
  const tz = p.add(timezone);
  const waiting = p.add(WAITING_STATES);
  return `s.id, s.kind, s.state, b.name, b.municipality_id, m.name AS municipality_name, b.languages, b.german_level, s.involves_minors,
    s.volunteer_id, v.first_name AS volunteer_first_name, v.last_name AS volunteer_last_name, s.coordinator_id, c.display_name AS coordinator_name,
    s.requested_at, (s.requested_at AT TIME ZONE ${tz})::date::text AS requested_on,
    CASE WHEN s.state = ANY(${waiting}::text[]) THEN ${day}::date - (s.requested_at AT TIME ZONE ${tz})::date END AS waiting_days,
    s.trial_start::text, (s.trial_start + make_interval(months => s.planned_months))::date::text AS planned_end,
    s.next_check_in_due::text, COALESCE(s.next_check_in_due < ${day}::date, false) AS check_in_overdue,
    s.end_date::text, s.end_reason`;
}

export interface ListRow {
  id: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  name: string;
  municipality_id: number;
  municipality_name: string;
  languages: LanguageSkill[];
  german_level: GermanLevel;
  involves_minors: boolean;
  volunteer_id: string | null;
  volunteer_first_name: string | null;
  volunteer_last_name: string | null;
  coordinator_id: string | null;
  coordinator_name: string | null;
  requested_at: Date;
  /** yyyy-mm-dd in the county */
  requested_on: string;
  waiting_days: number | null;
  trial_start: string | null;
  planned_end: string | null;
  next_check_in_due: string | null;
  check_in_overdue: boolean;
  end_date: string | null;
  end_reason: EndReason | null;
}

export function toListItem(r: ListRow): SponsorshipListItem {
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    name: r.name,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    languages: r.languages,
    germanLevel: r.german_level,
    involvesMinors: r.involves_minors,
    volunteer: r.volunteer_id ? { id: r.volunteer_id, name: `${r.volunteer_first_name} ${r.volunteer_last_name}` } : null,
    coordinator: r.coordinator_id ? { id: r.coordinator_id, name: r.coordinator_name ?? '' } : null,
    requestedAt: r.requested_at.toISOString(),
    waitingDays: r.waiting_days,
    trialStart: r.trial_start,
    plannedEnd: r.planned_end,
    nextCheckInDue: r.next_check_in_due,
    checkInOverdue: r.check_in_overdue,
    endDate: r.end_date,
    endReason: r.end_reason,
  };
}
