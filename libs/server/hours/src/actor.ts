import type { EntityManager } from 'typeorm';
import type { Role } from '@miteinander/contracts';

/** Coordinators and admins: they see and decide everyone's hours. */
export function isStaff(user: { roles: readonly Role[] }): boolean {
  return user.roles.includes('coordinator') || user.roles.includes('admin');
}

export interface VolunteerRef {
  id: string;
  userId: string | null;
  firstName: string;
  lastName: string;
}

/**
 * A volunteer by id, or the volunteer profile of an account. `forUpdate` locks the row for the rest of the
 * transaction: the hour rules that sum a day's entries (24 h) lock the volunteer first, so two concurrent
 * submissions are checked one after the other.
 */
export async function findVolunteer(m: EntityManager, by: { id: string } | { userId: string }, forUpdate = false): Promise<VolunteerRef | null> {
  const where = 'id' in by ? 'id = $1' : 'user_id = $1';
  const rows: { id: string; user_id: string | null; first_name: string; last_name: string }[] = await m.query(
    `SELECT id, user_id, first_name, last_name FROM volunteers WHERE ${where}${forUpdate ? ' FOR UPDATE' : ''}`,
    ['id' in by ? by.id : by.userId],
  );
  const r = rows[0];
  return r ? { id: r.id, userId: r.user_id, firstName: r.first_name, lastName: r.last_name } : null;
}
