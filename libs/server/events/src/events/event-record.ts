import type { EntityManager } from 'typeorm';
import type { EventKind, EventStatus } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { ErrorCode } from '@miteinander/contracts';

/** One recognition_events row as the services use it. */
export interface EventRecord {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  venueName: string;
  venueAddress: string;
  accessibility: string;
  capacity: number;
  rsvpDeadline: string;
  plusOnesAllowed: boolean;
  descriptionDe: string;
  descriptionEn: string;
  status: EventStatus;
  cancelReason: string | null;
  createdAt: Date;
}

const COLUMNS = `id, kind, title, starts_at AS "startsAt", ends_at AS "endsAt", venue_name AS "venueName", venue_address AS "venueAddress",
  accessibility, capacity, rsvp_deadline::text AS "rsvpDeadline", plus_ones_allowed AS "plusOnesAllowed", description_de AS "descriptionDe",
  description_en AS "descriptionEn", status, cancel_reason AS "cancelReason", created_at AS "createdAt"`;

/**
 * The event, or 404. With `lock`, the row stays locked until the transaction ends: every change to who holds a seat
 * takes this lock first, so parallel acceptances are decided one after the other (in arrival order).
 */
export async function loadEvent(m: EntityManager, id: string, lock = false): Promise<EventRecord> {
  const rows: EventRecord[] = await m.query(`SELECT ${COLUMNS} FROM recognition_events WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
  return rows[0];
}
