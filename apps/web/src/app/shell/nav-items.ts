import type { Role } from '@miteinander/contracts';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** Shown only to people holding one of these roles. */
  roles?: readonly Role[];
}

const SIGNED_OUT: NavItem[] = [
  { path: '/login', label: 'nav.login', icon: 'login' },
  { path: '/register', label: 'nav.register', icon: 'person_add' },
  { path: '/funded-projects', label: 'nav.fundedProjects', icon: 'emoji_events' },
];

const SIGNED_IN: NavItem[] = [
  { path: '/', label: 'nav.start', icon: 'home' },
  { path: '/hours', label: 'nav.myHours', icon: 'schedule', roles: ['volunteer'] },
  { path: '/my-sponsorships', label: 'nav.mySponsorships', icon: 'handshake', roles: ['volunteer'] },
  { path: '/my-volunteering', label: 'nav.myVolunteerProfile', icon: 'volunteer_activism', roles: ['volunteer'] },
  { path: '/my-card', label: 'nav.myCard', icon: 'badge', roles: ['volunteer'] },
  { path: '/volunteers', label: 'nav.volunteers', icon: 'diversity_3', roles: ['coordinator', 'admin'] },
  { path: '/sponsorships', label: 'nav.sponsorships', icon: 'handshake', roles: ['coordinator', 'admin'] },
  { path: '/matching', label: 'nav.matching', icon: 'join_inner', roles: ['coordinator', 'admin'] },
  { path: '/cards/applications', label: 'nav.cards', icon: 'badge', roles: ['coordinator', 'admin'] },
  { path: '/my-grants', label: 'nav.myGrants', icon: 'lightbulb', roles: ['applicant'] },
  { path: '/grants', label: 'nav.grants', icon: 'savings', roles: ['coordinator', 'admin'] },
  { path: '/reviews', label: 'nav.grantReviews', icon: 'rate_review', roles: ['reviewer'] },
  { path: '/events', label: 'nav.events', icon: 'celebration', roles: ['coordinator', 'admin'] },
  { path: '/reports', label: 'nav.reports', icon: 'insights', roles: ['coordinator', 'admin'] },
  { path: '/organisations', label: 'nav.organisations', icon: 'apartment', roles: ['coordinator', 'admin'] },
  { path: '/hours/approvals', label: 'nav.hourApprovals', icon: 'fact_check', roles: ['coordinator', 'admin'] },
  { path: '/hours/all', label: 'nav.allHours', icon: 'table_view', roles: ['coordinator', 'admin'] },
  { path: '/privacy', label: 'privacy.title', icon: 'privacy_tip', roles: ['coordinator', 'admin'] },
  { path: '/profile', label: 'nav.profile', icon: 'person' },
  { path: '/my-data', label: 'privacy.myDataTitle', icon: 'folder_shared' },
  { path: '/admin/users', label: 'nav.users', icon: 'group', roles: ['admin'] },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', roles: ['admin'] },
  { path: '/admin/mail', label: 'nav.mail', icon: 'mail', roles: ['admin', 'coordinator'] },
  { path: '/admin/templates', label: 'nav.templates', icon: 'edit_note', roles: ['admin'] },
];

/** The navigation a person sees: none beyond sign-out while their account has no role. */
export function navItemsFor(roles: readonly Role[] | null): NavItem[] {
  if (roles === null) return SIGNED_OUT;
  if (roles.length === 0) return [];
  return SIGNED_IN.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
