import type { Routes } from '@angular/router';

/** Coordinators' honorary card pages (the role is checked in app.routes): eligibility report, applications, rule sets. */
const CARDS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'applications' },
  { path: 'eligibility', title: 'titles.cardEligibility', loadComponent: () => import('./eligibility/eligibility-page').then((m) => m.EligibilityPage) },
  { path: 'applications', title: 'titles.cardApplications', loadComponent: () => import('./applications/applications-page').then((m) => m.ApplicationsPage) },
  { path: 'applications/:id', title: 'titles.cardApplication', loadComponent: () => import('./application/application-page').then((m) => m.ApplicationPage) },
  { path: 'rule-sets', title: 'titles.cardRuleSets', loadComponent: () => import('./rule-sets/rule-sets-page').then((m) => m.RuleSetsPage) },
];

export default CARDS_ROUTES;
