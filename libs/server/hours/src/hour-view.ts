import type { HourEntryStatus, HourEntryView, Locale } from '@miteinander/contracts';

/** Everything an HourEntryView shows, with the names joined in; callers add WHERE/ORDER BY. */
export const HOUR_VIEW_SELECT = `
  SELECT h.id, h.volunteer_id, v.first_name, v.last_name, h.organisation_id, o.name AS organisation_name, h.sponsorship_id,
         h.activity_date::text AS activity_date, h.minutes, h.activity, h.note, h.status, h.rejection_reason, h.decided_at,
         du.display_name AS decided_by_user_name, dc.name AS decided_by_contact_name, h.created_at, h.updated_at
    FROM hour_entries h
    JOIN volunteers v ON v.id = h.volunteer_id
    LEFT JOIN organisations o ON o.id = h.organisation_id
    LEFT JOIN users du ON du.id = h.decided_by_user
    LEFT JOIN organisation_contacts dc ON dc.id = h.decided_by_contact`;

export interface HourViewRow {
  id: string;
  volunteer_id: string;
  first_name: string;
  last_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  sponsorship_id: string | null;
  activity_date: string;
  minutes: number;
  activity: string;
  note: string | null;
  status: HourEntryStatus;
  rejection_reason: string | null;
  decided_at: Date | null;
  decided_by_user_name: string | null;
  decided_by_contact_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Who decided, as a person reads it: the coordinator's name, or the organisation's contact person. */
export function deciderLabel(userName: string | null, contactName: string | null, locale: Locale | undefined): string | null {
  if (userName) return userName;
  if (contactName) return locale === 'de' || !locale ? `Ansprechperson der Einsatzstelle: ${contactName}` : `organisation contact: ${contactName}`;
  return null;
}

export function toHourEntryView(r: HourViewRow, locale: Locale | undefined): HourEntryView {
  return {
    id: r.id,
    volunteerId: r.volunteer_id,
    volunteerName: `${r.first_name} ${r.last_name}`.trim(),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    sponsorshipId: r.sponsorship_id,
    activityDate: r.activity_date,
    minutes: r.minutes,
    activity: r.activity,
    note: r.note,
    status: r.status,
    rejectionReason: r.rejection_reason,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decidedBy: deciderLabel(r.decided_by_user_name, r.decided_by_contact_name, locale),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
