import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../shared/lists/translated-paginator-intl';

/** Coordinators' micro-project pages (the role is checked in app.routes): calls, a call's applications and ranking, one application. */
const GRANTS_STAFF_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', title: 'grantsStaff.titles.calls', loadComponent: () => import('./calls/calls-page').then((m) => m.CallsPage) },
      { path: 'calls/new', title: 'grantsStaff.titles.newCall', loadComponent: () => import('./call-form/call-form-page').then((m) => m.CallFormPage) },
      { path: 'calls/:id/edit', title: 'grantsStaff.titles.editCall', loadComponent: () => import('./call-form/call-form-page').then((m) => m.CallFormPage) },
      { path: 'calls/:id', title: 'grantsStaff.titles.call', loadComponent: () => import('./call/call-page').then((m) => m.CallPage) },
      {
        path: 'applications/:id',
        title: 'grantsStaff.titles.application',
        loadComponent: () => import('./application/application-page').then((m) => m.StaffApplicationPage),
      },
    ],
  },
];

export default GRANTS_STAFF_ROUTES;
