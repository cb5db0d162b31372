import type { Routes } from '@angular/router';

/** Reports and the evaluation report (coordinators and admins; the role is checked in app.routes). */
const REPORTS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', title: 'reports.title', loadComponent: () => import('./reports-page').then((m) => m.ReportsPage) },
];

export default REPORTS_ROUTES;
