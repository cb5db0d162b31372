import type { Routes } from '@angular/router';

/** Coordinators' data-protection requests (the role is checked in app.routes). */
const PRIVACY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', title: 'privacy.title', loadComponent: () => import('./requests-page').then((m) => m.PrivacyRequestsPage) },
];

export default PRIVACY_ROUTES;
