import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { AuthStore } from '../core/auth/auth-store';
import { roleGuard } from '../core/auth/auth-guards';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

const adminOnly = [roleGuard('admin')];

/**
 * The staff area (admins and coordinators, see app.routes): users, audit log and templates for
 * admins; the outgoing mail for both.
 */
const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => (inject(AuthStore).hasRole('admin') ? 'users' : 'mail') },
      { path: 'users', title: 'titles.users', canMatch: adminOnly, loadComponent: () => import('./users/users-page').then((m) => m.UsersPage) },
      { path: 'audit', title: 'titles.audit', canMatch: adminOnly, loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage) },
      { path: 'mail', title: 'titles.mail', loadComponent: () => import('./mail/mail-list-page').then((m) => m.MailListPage) },
      { path: 'mail/:id', title: 'titles.mailDetail', loadComponent: () => import('./mail/mail-detail-page').then((m) => m.MailDetailPage) },
      {
        path: 'templates',
        canMatch: adminOnly,
        children: [
          { path: '', title: 'titles.templates', loadComponent: () => import('./templates/templates-list-page').then((m) => m.TemplatesListPage) },
          {
            path: ':name/:locale',
            title: 'titles.templateEdit',
            loadComponent: () => import('./templates/template-edit-page').then((m) => m.TemplateEditPage),
          },
        ],
      },
    ],
  },
];

export default ADMIN_ROUTES;
