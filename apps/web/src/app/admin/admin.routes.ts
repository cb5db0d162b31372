import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from './shared/translated-paginator-intl';

/** The admin area (guarded by role in app.routes): users, audit log, outgoing mail. */
const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', title: 'titles.users', loadComponent: () => import('./users/users-page').then((m) => m.UsersPage) },
      { path: 'audit', title: 'titles.audit', loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage) },
      { path: 'mail', title: 'titles.mail', loadComponent: () => import('./mail/mail-list-page').then((m) => m.MailListPage) },
      { path: 'mail/:id', title: 'titles.mailDetail', loadComponent: () => import('./mail/mail-detail-page').then((m) => m.MailDetailPage) },
    ],
  },
];

export default ADMIN_ROUTES;
