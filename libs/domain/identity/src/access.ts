import type { Role } from '@miteinander/contracts';

/** A person with no role may not use any protected function. */
export function hasAnyRole(userRoles: readonly Role[], required: readonly Role[]): boolean {
  if (userRoles.length === 0) return false;
  if (required.length === 0) return true;
  return required.some((role) => userRoles.includes(role));
}

/** Staff see other people's accounts; everyone sees their own. */
export function canReadUser(actor: { id: string; roles: readonly Role[] }, targetUserId: string): boolean {
  return actor.id === targetUserId || actor.roles.includes('admin');
}
