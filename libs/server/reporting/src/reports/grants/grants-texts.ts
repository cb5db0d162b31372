import type { FieldOfAction } from '@miteinander/contracts';

/** The micro-project report's words, German for the county council and English. */
export const GRANTS_TEXTS = {
  de: {
    title: 'Mikroprojekte',
    byField: {
      title: 'Mikroprojekte nach Handlungsfeld',
      description:
        'Eingereicht: Anträge mit Einreichung im Zeitraum und die beantragte Summe. Bewilligt: Anträge mit Bewilligung im Zeitraum und die bewilligte Summe. ' +
        'Ausgezahlt: Zahlungen mit Zahltag im Zeitraum, auch für Anträge aus früheren Zeiträumen. Entwürfe zählen nicht.',
    },
    byMunicipality: {
      title: 'Mikroprojekte nach Gemeinde',
      description:
        'Dieselben Zahlen nach der Gemeinde, in der das Projekt stattfindet; nur Gemeinden mit Anträgen, Bewilligungen oder Zahlungen im Zeitraum. ' +
        'Zahlungen zählen im Zeitraum ihres Zahltags, auch für ältere Anträge.',
    },
    columns: {
      submitted: 'Eingereichte Anträge',
      requestedCents: 'Beantragt',
      approved: 'Bewilligte Anträge',
      approvedCents: 'Bewilligt',
      paidCents: 'Ausgezahlt',
    },
    fields: { language: 'Sprache', education: 'Bildung', work: 'Arbeit', cohesion: 'Gesellschaftlicher Zusammenhalt' } satisfies Record<FieldOfAction, string>,
    none: 'ohne Angabe',
    total: 'Gesamt',
  },
  en: {
    title: 'Micro-projects',
    byField: {
      title: 'Micro-projects by field of action',
      description:
        'Submitted: applications submitted in the period and the amount requested. Approved: applications approved in the period and the amount approved. ' +
        'Paid: payments with a payment date in the period, also for applications from earlier periods. Drafts do not count.',
    },
    byMunicipality: {
      title: 'Micro-projects by municipality',
      description:
        'The same figures by the municipality where the project takes place; only municipalities with applications, approvals or payments in the period. ' +
        'Payments count in the period of their payment date, also for older applications.',
    },
    columns: {
      submitted: 'Applications submitted',
      requestedCents: 'Requested',
      approved: 'Applications approved',
      approvedCents: 'Approved',
      paidCents: 'Paid',
    },
    fields: { language: 'Language', education: 'Education', work: 'Work', cohesion: 'Social cohesion' } satisfies Record<FieldOfAction, string>,
    none: 'not stated',
    total: 'Total',
  },
} as const;

export type GrantsTexts = (typeof GRANTS_TEXTS)['de' | 'en'];
