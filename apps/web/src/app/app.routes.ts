import type { Routes } from '@angular/router';
import { AUTH_ROUTES } from './auth/auth.routes';
import { anyRoleGuard, roleGuard, signedInGuard } from './core/auth/auth-guards';

/** Every area is a lazy chunk; the admin area is not even downloaded by people without the role. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.start',
    canActivate: [signedInGuard, anyRoleGuard],
    loadComponent: () => import('./home/start-page').then((m) => m.StartPage),
  },
  {
    path: 'no-role',
    title: 'titles.noRole',
    canActivate: [signedInGuard],
    loadComponent: () => import('./home/no-role-page').then((m) => m.NoRolePage),
  },
  ...AUTH_ROUTES,
  {
    path: 'profile',
    title: 'titles.profile',
    canActivate: [signedInGuard, anyRoleGuard],
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    // Linked from every email's footer: works without signing in, the token in the link is the key.
    path: 'mail-preferences',
    title: 'titles.mailPreferences',
    loadComponent: () => import('./preferences/mail-preferences-page').then((m) => m.MailPreferencesPage),
  },
  {
    path: 'volunteers',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./volunteers/volunteers.routes'),
  },
  {
    path: 'organisations',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./organisations/organisations.routes'),
  },
  {
    path: 'sponsorships',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./sponsorships/sponsorships.routes'),
  },
  {
    path: 'matching',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./matching/matching.routes'),
  },
  {
    path: 'my-sponsorships',
    title: 'titles.mySponsorships',
    canMatch: [roleGuard('volunteer')],
    loadComponent: () => import('./sponsorships/mine/my-sponsorships-page').then((m) => m.MySponsorshipsPage),
  },
  {
    path: 'my-volunteering',
    title: 'titles.myVolunteerProfile',
    canMatch: [roleGuard('volunteer')],
    loadComponent: () => import('./volunteers/own-profile/own-profile-page').then((m) => m.OwnProfilePage),
  },
  {
    // Volunteers log and see their own hours there; coordinators approve, list and export (each route checks its role).
    path: 'hours',
    canMatch: [roleGuard('volunteer', 'coordinator', 'admin')],
    loadChildren: () => import('./hours/hours.routes'),
  },
  {
    // The emailed link for an organisation's contact person: no account, the token in the link is the key.
    path: 'approve-hours',
    title: 'titles.approveHours',
    loadComponent: () => import('./hours/org-approval/org-approval-page').then((m) => m.OrgApprovalPage),
  },
  {
    // Honorary card: coordinators' eligibility report and applications, admins' rule sets (each route checks its role).
    path: 'cards',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./cards/staff/cards.routes'),
  },
  {
    path: 'my-card',
    title: 'titles.myCard',
    canMatch: [roleGuard('volunteer')],
    loadComponent: () => import('./cards/mine/my-card-page').then((m) => m.MyCardPage),
  },
  {
    // Emailed to an organisation contact: confirm a volunteer's card application without an account.
    path: 'card-confirm',
    title: 'titles.cardConfirm',
    loadComponent: () => import('./cards/public/card-confirm-page').then((m) => m.CardConfirmPage),
  },
  {
    // The applicant's status link: follow and withdraw without an account.
    path: 'card-status',
    title: 'titles.cardStatus',
    loadComponent: () => import('./cards/public/card-status-page').then((m) => m.CardStatusPage),
  },
  {
    // Where the card's QR code leads: valid / expired / revoked, nothing more.
    path: 'card-verify',
    title: 'titles.cardVerify',
    loadComponent: () => import('./cards/public/card-verify-page').then((m) => m.CardVerifyPage),
  },
  {
    // Micro-project funding, applicants' side: their applications, the multi-step form, payment requests, final reports.
    path: 'my-grants',
    canMatch: [roleGuard('applicant')],
    loadChildren: () => import('./grants/applicant/applicant.routes'),
  },
  {
    // Coordinators: funding calls, pre-check, ranking, decisions, payments, reports, exports.
    path: 'grants',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./grants/staff/staff.routes'),
  },
  {
    // Reviewers score applications (after declaring any conflict of interest).
    path: 'reviews',
    canMatch: [roleGuard('reviewer')],
    loadChildren: () => import('./grants/review/review.routes'),
  },
  {
    // Public best-practice page: funded projects of past calls, with the applicants' consent.
    path: 'funded-projects',
    title: 'titles.fundedProjects',
    loadComponent: () => import('./grants/public/funded-projects-page').then((m) => m.FundedProjectsPage),
  },
  {
    // Recognition events: coordinators plan, invite, award and check people in at the door.
    path: 'events',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./events/staff/events.routes'),
  },
  {
    // Figures for a period and municipality as charts and tables, and the two-year evaluation report (PDF + XLSX).
    path: 'reports',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./reports/reports.routes'),
  },
  {
    // Data-protection requests (access, erasure) with their one-month deadline.
    path: 'privacy',
    canMatch: [roleGuard('coordinator', 'admin')],
    loadChildren: () => import('./privacy/privacy.routes'),
  },
  {
    // Anyone signed in: their own data as JSON/PDF, an erasure request.
    path: 'my-data',
    title: 'privacy.myDataTitle',
    canActivate: [signedInGuard],
    loadComponent: () => import('./privacy/my-data-page').then((m) => m.MyDataPage),
  },
  {
    // Public: the accessibility statement with its feedback form, and an introduction in easy German.
    path: 'accessibility',
    title: 'accessibility.title',
    loadComponent: () => import('./accessibility/accessibility-page').then((m) => m.AccessibilityPage),
  },
  {
    path: 'leichte-sprache',
    title: 'accessibility.easyLanguageTitle',
    loadComponent: () => import('./accessibility/easy-language-page').then((m) => m.EasyLanguagePage),
  },
  {
    // The emailed RSVP link: accept or decline without an account, the token in the link is the key.
    path: 'rsvp',
    title: 'titles.rsvp',
    loadComponent: () => import('./events/public/rsvp-page').then((m) => m.RsvpPage),
  },
  {
    // Emailed to organisation contacts: nominate a volunteer or the initiative for an award, without an account.
    path: 'nominate',
    title: 'titles.nominate',
    loadComponent: () => import('./events/public/nominate-page').then((m) => m.NominatePage),
  },
  {
    // Admins see everything there; coordinators the mail log (each page checks its own role).
    path: 'admin',
    canMatch: [roleGuard('admin', 'coordinator')],
    loadChildren: () => import('./admin/admin.routes'),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./home/not-found-page').then((m) => m.NotFoundPage),
  },
];
