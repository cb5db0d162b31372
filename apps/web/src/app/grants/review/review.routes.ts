import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../shared/lists/translated-paginator-intl';

/** Reviewers' pages (the role is checked in app.routes): the applications to score, and one application's score form. */
const GRANTS_REVIEW_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', title: 'grantsReview.titles.list', loadComponent: () => import('./review-list-page').then((m) => m.ReviewListPage) },
      { path: ':applicationId', title: 'grantsReview.titles.review', loadComponent: () => import('./review-page').then((m) => m.ReviewPage) },
    ],
  },
];

export default GRANTS_REVIEW_ROUTES;
