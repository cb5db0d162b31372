import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../shared/lists/translated-paginator-intl';

/** Coordinators' event pages (the role is checked in app.routes): the list, the editor, one event's tabs, the door. */
const EVENTS_STAFF_ROUTES: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', title: 'eventsStaff.titles.list', loadComponent: () => import('./list/events-page').then((m) => m.EventsPage) },
      { path: 'new', title: 'eventsStaff.titles.new', loadComponent: () => import('./form/event-form-page').then((m) => m.EventFormPage) },
      { path: ':id/edit', title: 'eventsStaff.titles.edit', loadComponent: () => import('./form/event-form-page').then((m) => m.EventFormPage) },
      // The phone page at the door: QR scan or name search, works offline.
      { path: ':id/check-in', title: 'eventsDoor.title', loadComponent: () => import('../door/check-in-page').then((m) => m.CheckInPage) },
      { path: ':id', title: 'eventsStaff.titles.event', loadComponent: () => import('./event/event-page').then((m) => m.EventPage) },
    ],
  },
];

export default EVENTS_STAFF_ROUTES;
