import type { EndReason, SponsorshipKind, SponsorshipState } from '@miteinander/contracts';
import type { DurationBucket } from './sponsorship-figures';

/** The sponsorships report's words (kinds, states and end reasons as the web app names them), German and English. */
export const SPONSORSHIPS_TEXTS = {
  de: {
    title: 'Patenschaften',
    byKindState: {
      title: 'Patenschaften nach Art und Stand',
      description: 'Der Stand jeder Patenschaft am Ende des Zeitraums; Anfragen nach dem Zeitraum zählen nicht.',
    },
    flow: {
      title: 'Anfragen, Vermittlungen und Abschlüsse',
      description:
        'Angefragt: Anfragen im Zeitraum. Vermittelt: erster Vorschlag einer freiwilligen Person im Zeitraum; Wartezeit: Tage von der Anfrage bis dahin. ' +
        'Beendet: im Zeitraum beendet; Dauer: Monate vom Beginn der Probephase bis zum Ende. Eine neue Vermittlung nach einem Ende zählt als neue Anfrage.',
    },
    endReasons: {
      title: 'Gründe für das Ende',
      description: 'Im Zeitraum beendete Patenschaften nach dem Grund für das Ende.',
    },
    durations: {
      title: 'Dauer beendeter Patenschaften',
      description: 'Im Zeitraum beendete Patenschaften nach der Dauer vom Beginn der Probephase bis zum Ende.',
    },
    flowColumns: {
      requested: 'Angefragt',
      matched: 'Vermittelt',
      avgWaitDays: 'Mittlere Wartezeit',
      closed: 'Beendet',
      avgDurationTenthMonths: 'Mittlere Dauer',
    },
    kinds: { family: 'Familienpatenschaft', mother: 'Mütterpatenschaft', learning: 'Lernpatenschaft' } satisfies Record<SponsorshipKind, string>,
    states: {
      inquiry: 'Anfrage',
      intake: 'Erstgespräch',
      ready_to_match: 'Bereit zur Vermittlung',
      match_proposed: 'Vorschlag',
      intro_meeting: 'Kennenlernen',
      trial: 'Probephase',
      active: 'Aktiv',
      closing: 'Abschluss',
      closed: 'Beendet',
    } satisfies Record<SponsorshipState, string>,
    endReasonLabels: {
      goal_reached: 'Ziel erreicht',
      conflict: 'Konflikt',
      lack_of_time: 'Zeitmangel',
      moved_away: 'Umzug',
      departure: 'Ausreise/Abschiebung',
      no_contact: 'Kein Kontakt mehr',
      other: 'Sonstiges',
    } satisfies Record<EndReason, string>,
    buckets: {
      lt3: 'unter 3 Monate',
      '3to6': '3 bis unter 6 Monate',
      '6to12': '6 bis unter 12 Monate',
      ge12: '12 Monate und länger',
      noTrial: 'ohne Probephase',
    } satisfies Record<DurationBucket, string>,
    total: 'Gesamt',
  },
  en: {
    title: 'Sponsorships',
    byKindState: {
      title: 'Sponsorships by kind and state',
      description: 'The state of each sponsorship at the end of the period; requests made after the period do not count.',
    },
    flow: {
      title: 'Requests, matches and endings',
      description:
        'Requested: requests in the period. Matched: first proposal of a volunteer in the period; waiting time: days from the request until then. ' +
        'Closed: closed in the period; duration: months from the start of the trial to the end. A new match after an ending counts as a new request.',
    },
    endReasons: {
      title: 'End reasons',
      description: 'Sponsorships closed in the period by the reason they ended.',
    },
    durations: {
      title: 'Duration of closed sponsorships',
      description: 'Sponsorships closed in the period by the time from the start of the trial to the end.',
    },
    flowColumns: {
      requested: 'Requested',
      matched: 'Matched',
      avgWaitDays: 'Average waiting time',
      closed: 'Closed',
      avgDurationTenthMonths: 'Average duration',
    },
    kinds: { family: 'Family sponsorship', mother: 'Mother sponsorship', learning: 'Learning sponsorship' } satisfies Record<SponsorshipKind, string>,
    states: {
      inquiry: 'Inquiry',
      intake: 'Intake',
      ready_to_match: 'Ready to match',
      match_proposed: 'Proposed',
      intro_meeting: 'Intro meeting',
      trial: 'Trial',
      active: 'Active',
      closing: 'Closing',
      closed: 'Closed',
    } satisfies Record<SponsorshipState, string>,
    endReasonLabels: {
      goal_reached: 'Goal reached',
      conflict: 'Conflict',
      lack_of_time: 'Lack of time',
      moved_away: 'Moved away',
      departure: 'Departure/deportation',
      no_contact: 'No contact any more',
      other: 'Other',
    } satisfies Record<EndReason, string>,
    buckets: {
      lt3: 'under 3 months',
      '3to6': '3 to under 6 months',
      '6to12': '6 to under 12 months',
      ge12: '12 months or more',
      noTrial: 'without a trial',
    } satisfies Record<DurationBucket, string>,
    total: 'Total',
  },
} as const;

export type SponsorshipsTexts = (typeof SPONSORSHIPS_TEXTS)['de' | 'en'];
