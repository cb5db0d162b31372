import type { Routes } from '@angular/router';

/** Mounted at /my-grants (applicants only). */
export default [
  { path: '', title: 'grantsApplicant.titles.list', loadComponent: () => import('./list/my-grants-page').then((m) => m.MyGrantsPage) },
  { path: ':id', title: 'grantsApplicant.titles.application', loadComponent: () => import('./application-page').then((m) => m.ApplicationPage) },
  { path: ':id/report', title: 'grantsApplicant.titles.report', loadComponent: () => import('./report/final-report-page').then((m) => m.FinalReportPage) },
] satisfies Routes;
