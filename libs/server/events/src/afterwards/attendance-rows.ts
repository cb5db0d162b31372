import type { EntityManager } from 'typeorm';
import type { InvitationItem, InvitationSortField, InvitationSource, InvitationStatus } from '@miteinander/contracts';
import { containsPattern } from '@miteinander/server-platform';
import type { SqlParams } from '@miteinander/server-people';

interface Row {
  id: string;
  name: string;
  email: string;
  status: InvitationStatus;
  sources: InvitationSource[];
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

/** The request's sort field → a fixed column (never the request text itself). */
export const ATTENDANCE_SORT: Record<InvitationSortField, string> = {
  name: 'lower(i.name)',
  status: 'i.status',
  answeredAt: 'i.answered_at',
  checkedInAt: 'i.checked_in_at',
  waitlistPosition: 'i.waitlist_seq',
};

export const ATTENDANCE_SELECT = `
  SELECT i.id, i.name, i.email, i.status, i.sources, i.plus_one, i.plus_one_name, i.accessibility_needs, i.dietary_needs,
         i.photo_consent, i.invited_at, i.answered_at, i.checked_in_at,
         CASE WHEN i.status = 'waitlisted' THEN (SELECT count(*) FROM event_invitations w
                WHERE w.event_id = i.event_id AND w.status = 'waitlisted' AND w.waitlist_seq <= i.waitlist_seq) END AS waitlist_position
    FROM event_invitations i`;

/** Who attended: checked in; with `all`, also those who accepted and have not (yet) arrived. */
export function attendanceWhere(p: SqlParams, eventId: string, all: boolean, q?: string): string {
  const where = [`i.event_id = ${p.add(eventId)}`, all ? `(i.checked_in_at IS NOT NULL OR i.status = 'accepted')` : `i.checked_in_at IS NOT NULL`];
  if (q?.trim()) {
    const pattern = p.add(containsPattern(q.trim()));
    where.push(`(i.name ILIKE ${pattern} OR i.email ILIKE ${pattern})`);
  }
  return `WHERE ${where.join(' AND ')}`;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toInvitationItem(r: Row): InvitationItem {
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

export async function attendanceRows(m: EntityManager, sql: string, params: unknown[]): Promise<InvitationItem[]> {
  const rows: Row[] = await m.query(sql, params);
  return rows.map(toInvitationItem);
}
