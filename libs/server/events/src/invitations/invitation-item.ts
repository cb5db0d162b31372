import type { InvitationItem, InvitationSource, InvitationStatus } from '@miteinander/contracts';

/** Columns of an invitation for the staff list; `waitlist_position` comes from the query (a window over the event's list). */
export const INVITATION_COLUMNS = `i.id, i.name, i.email, i.status, i.sources, i.plus_one, i.plus_one_name, i.accessibility_needs, i.dietary_needs,
  i.photo_consent, i.invited_at, i.answered_at, i.checked_in_at`;

export interface InvitationRow {
  id: string;
  name: string;
  email: string;
  status: InvitationStatus;
  sources: InvitationSource[];
  /** A count: bigint, which the driver returns as text. */
  waitlist_position: string | number | null;
  plus_one: boolean;
  plus_one_name: string | null;
  accessibility_needs: string | null;
  dietary_needs: string | null;
  photo_consent: boolean | null;
  invited_at: Date | null;
  answered_at: Date | null;
  checked_in_at: Date | null;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toInvitationItem(r: InvitationRow): InvitationItem {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    status: r.status,
    sources: r.sources,
    waitlistPosition: r.waitlist_position === null ? null : Number(r.waitlist_position),
    plusOne: r.plus_one,
    plusOneName: r.plus_one_name,
    accessibilityNeeds: r.accessibility_needs,
    dietaryNeeds: r.dietary_needs,
    photoConsent: r.photo_consent,
    invitedAt: iso(r.invited_at),
    answeredAt: iso(r.answered_at),
    checkedInAt: iso(r.checked_in_at),
  };
}
