import type { EntityManager } from 'typeorm';
import type { InvitationItem, InvitationSortField } from '@miteinander/contracts';
import { containsPattern } from '@miteinander/server-platform';
import type { SqlParams } from '@miteinander/server-people';
import { INVITATION_COLUMNS, toInvitationItem, type InvitationRow } from '../invitations/invitation-item';

/** The request's sort field → a fixed column (never the request text itself). */
export const ATTENDANCE_SORT: Record<InvitationSortField, string> = {
  name: 'lower(i.name)',
  status: 'i.status',
  answeredAt: 'i.answered_at',
  checkedInAt: 'i.checked_in_at',
  waitlistPosition: 'i.waitlist_seq',
};

export const ATTENDANCE_SELECT = `
  SELECT ${INVITATION_COLUMNS},
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

export async function attendanceRows(m: EntityManager, sql: string, params: unknown[]): Promise<InvitationItem[]> {
  const rows: InvitationRow[] = await m.query(sql, params);
  return rows.map(toInvitationItem);
}
