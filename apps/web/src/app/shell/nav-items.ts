import type { Role } from '@miteinander/contracts';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** Shown only to people holding this role. */
  role?: Role;
}

const SIGNED_OUT: NavItem[] = [
  { path: '/login', label: 'nav.login', icon: 'login' },
  { path: '/register', label: 'nav.register', icon: 'person_add' },
];

const SIGNED_IN: NavItem[] = [
  { path: '/', label: 'nav.start', icon: 'home' },
  { path: '/profile', label: 'nav.profile', icon: 'person' },
  { path: '/admin/users', label: 'nav.users', icon: 'group', role: 'admin' },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', role: 'admin' },
  { path: '/admin/mail', label: 'nav.mail', icon: 'mail', role: 'admin' },
];

/** The navigation a person sees: none beyond sign-out while their account has no role. */
export function navItemsFor(roles: readonly Role[] | null): NavItem[] {
  if (roles === null) return SIGNED_OUT;
  if (roles.length === 0) return [];
  return SIGNED_IN.filter((item) => !item.role || roles.includes(item.role));
}
