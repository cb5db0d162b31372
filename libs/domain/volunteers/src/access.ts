import type { Role } from '@miteinander/contracts';

/** Coordinators and admins manage volunteers and organisations; "staff" in the API plan. */
export const STAFF_ROLES = ['coordinator', 'admin'] as const satisfies readonly Role[];

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((r) => (STAFF_ROLES as readonly Role[]).includes(r));
}

/** Staff read every profile; a volunteer only their own (anyone else gets a 404, not a hint that it exists). */
export function canReadVolunteer(actor: { id: string; roles: readonly Role[] }, volunteer: { userId: string | null }): boolean {
  return isStaff(actor.roles) || (volunteer.userId !== null && volunteer.userId === actor.id);
}
