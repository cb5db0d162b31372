import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

/** Coordinators' volunteer management (the role is checked in app.routes). */
const VOLUNTEER_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', title: 'titles.volunteers', loadComponent: () => import('./list/volunteers-list-page').then((m) => m.VolunteersListPage) },
      { path: ':id', title: 'titles.volunteer', loadComponent: () => import('./profile/volunteer-profile-page').then((m) => m.VolunteerProfilePage) },
    ],
  },
];

export default VOLUNTEER_ROUTES;
