import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

/** Coordinators' sponsorships (the role is checked in app.routes; volunteers have /my-sponsorships). */
const SPONSORSHIP_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', title: 'titles.sponsorships', loadComponent: () => import('./list/sponsorships-list-page').then((m) => m.SponsorshipsListPage) },
      { path: 'new', title: 'titles.newSponsorship', loadComponent: () => import('./request/new-request-page').then((m) => m.NewRequestPage) },
      { path: ':id', title: 'titles.sponsorship', loadComponent: () => import('./detail/sponsorship-detail-page').then((m) => m.SponsorshipDetailPage) },
    ],
  },
];

export default SPONSORSHIP_ROUTES;
