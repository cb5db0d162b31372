import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

/** Einsatzstellen/Träger for coordinators (the role is checked in app.routes). */
const ORGANISATION_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', title: 'titles.organisations', loadComponent: () => import('./organisations-list-page').then((m) => m.OrganisationsListPage) },
      { path: 'new', title: 'titles.organisation', loadComponent: () => import('./organisation-edit-page').then((m) => m.OrganisationEditPage) },
      { path: ':id', title: 'titles.organisation', loadComponent: () => import('./organisation-edit-page').then((m) => m.OrganisationEditPage) },
    ],
  },
];

export default ORGANISATION_ROUTES;
