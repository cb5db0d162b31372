import { inject } from '@angular/core';
import { Router, type CanMatchFn, type Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { AuthStore } from '../core/auth/auth-store';
import { roleGuard } from '../core/auth/auth-guards';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

const staffOnly = [roleGuard('coordinator', 'admin')];

/** /hours is the volunteers' own page; staff without the volunteer role land in their approval queue instead. */
const staffToApprovals: CanMatchFn = () => {
  const auth = inject(AuthStore);
  const staff = auth.hasRole('coordinator') || auth.hasRole('admin');
  return auth.hasRole('volunteer') || !staff || inject(Router).createUrlTree(['/hours/approvals']);
};

/** Hours (app.routes lets volunteers, coordinators and admins in; each page checks its own role). */
const HOURS_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.myHours',
        canMatch: [staffToApprovals, roleGuard('volunteer')],
        loadComponent: () => import('./my-hours/my-hours-page').then((m) => m.MyHoursPage),
      },
      {
        path: 'approvals',
        title: 'titles.hourApprovals',
        canMatch: staffOnly,
        loadComponent: () => import('./staff/approvals-page').then((m) => m.ApprovalsPage),
      },
      {
        path: 'all',
        title: 'titles.allHours',
        canMatch: staffOnly,
        loadComponent: () => import('./staff/all-hours-page').then((m) => m.AllHoursPage),
      },
    ],
  },
];

export default HOURS_ROUTES;
