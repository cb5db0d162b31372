import type { EndReason, SponsorshipKind, SponsorshipState } from '@miteinander/contracts';

type Lang = 'de' | 'en';

interface ExportTexts {
  fileStem: string;
  sheet: string;
  yes: string;
  no: string;
  columns: Record<
    'name' | 'kind' | 'state' | 'municipality' | 'languages' | 'germanLevel' | 'volunteer' | 'coordinator' | 'requestedAt' | 'waitingDays'
    | 'trialStart' | 'plannedEnd' | 'nextCheckInDue' | 'overdue' | 'endDate' | 'endReason',
    string
  >;
  kinds: Record<SponsorshipKind, string>;
  states: Record<SponsorshipState, string>;
  endReasons: Record<EndReason, string>;
}

/** The export's words; no contact details or notes ever go into a file. */
export const EXPORT_TEXTS: Record<Lang, ExportTexts> = {
  de: {
    fileStem: 'patenschaften',
    sheet: 'Patenschaften',
    yes: 'ja',
    no: 'nein',
    columns: {
      name: 'Familie / Schüler/in', kind: 'Art', state: 'Phase', municipality: 'Gemeinde', languages: 'Sprachen', germanLevel: 'Deutsch',
      volunteer: 'Freiwillige/r', coordinator: 'Koordination', requestedAt: 'Angefragt am', waitingDays: 'Wartetage', trialStart: 'Probephase ab',
      plannedEnd: 'Geplantes Ende', nextCheckInDue: 'Nächstes Gespräch', overdue: 'Gespräch überfällig', endDate: 'Beendet am', endReason: 'Grund',
    },
    kinds: { family: 'Familienpatenschaft', mother: 'Mütterpatenschaft', learning: 'Lernpatenschaft' },
    states: {
      inquiry: 'Anfrage', intake: 'Erstgespräch', ready_to_match: 'Bereit zur Vermittlung', match_proposed: 'Vorschlag', intro_meeting: 'Kennenlernen',
      trial: 'Probephase', active: 'Aktiv', closing: 'Abschluss', closed: 'Beendet',
    },
    endReasons: {
      goal_reached: 'Ziel erreicht', conflict: 'Konflikt', lack_of_time: 'Zeitmangel', moved_away: 'Umzug', departure: 'Ausreise/Abschiebung',
      no_contact: 'Kein Kontakt mehr', other: 'Sonstiges',
    },
  },
  en: {
    fileStem: 'sponsorships',
    sheet: 'Sponsorships',
    yes: 'yes',
    no: 'no',
    columns: {
      name: 'Family / pupil', kind: 'Kind', state: 'Stage', municipality: 'Municipality', languages: 'Languages', germanLevel: 'German',
      volunteer: 'Volunteer', coordinator: 'Coordinator', requestedAt: 'Requested on', waitingDays: 'Days waiting', trialStart: 'Trial from',
      plannedEnd: 'Planned end', nextCheckInDue: 'Next check-in', overdue: 'Check-in overdue', endDate: 'Ended on', endReason: 'Reason',
    },
    kinds: { family: 'Family sponsorship', mother: 'Mother sponsorship', learning: 'Learning sponsorship' },
    states: {
      inquiry: 'Inquiry', intake: 'Intake', ready_to_match: 'Ready to match', match_proposed: 'Match proposed', intro_meeting: 'Intro meeting',
      trial: 'Trial', active: 'Active', closing: 'Closing', closed: 'Closed',
    },
    endReasons: {
      goal_reached: 'Goal reached', conflict: 'Conflict', lack_of_time: 'Lack of time', moved_away: 'Moved away', departure: 'Departure/deportation',
      no_contact: 'No contact', other: 'Other',
    },
  },
};
