import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../shared/lists/translated-paginator-intl';

/** Coordinators' data-protection requests (the role is checked in app.routes). */
const PRIVACY_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'privacy.title',
    // Without it the list's paginator speaks English ("Items per page", "1 – 1 of 1") in the German UI.
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./requests-page').then((m) => m.PrivacyRequestsPage),
  },
];

export default PRIVACY_ROUTES;
