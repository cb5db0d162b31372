import type { Competence } from '@miteinander/contracts';
import type { DocLang } from '../format';

export interface CertificateTexts {
  title: string;
  subtitle: string;
  /** {name}, {from}, {to} */
  intro: string;
  introNoHours: string;
  bornOn: string;
  organisations: string;
  activities: string;
  hours: string;
  year: string;
  hoursColumn: string;
  total: string;
  hoursUnit: string;
  noHours: string;
  trainings: string;
  competences: string;
  /** {place}, {date} */
  placeDate: string;
  signature: string;
  issuer: string;
  activityLabels: Record<string, string>;
  competenceLabels: Record<Competence, string>;
}

/** The certificate (Ehrenamtsnachweis) in German and English; competences and the common activities are translated. */
export const CERTIFICATE_TEXTS: Record<DocLang, CertificateTexts> = {
  de: {
    title: 'Ehrenamtsnachweis',
    subtitle: 'Nachweis über ehrenamtliches Engagement',
    intro: 'Hiermit wird bestätigt, dass {name} sich im Zeitraum vom {from} bis zum {to} ehrenamtlich engagiert hat.',
    introNoHours: 'Hiermit wird bestätigt, dass {name} als ehrenamtlich engagierte Person bei uns registriert ist.',
    bornOn: 'geboren am {date}',
    organisations: 'Einsatzstellen',
    activities: 'Tätigkeiten',
    hours: 'Geleistete Stunden (bestätigt)',
    year: 'Jahr',
    hoursColumn: 'Stunden',
    total: 'Insgesamt',
    hoursUnit: 'Stunden',
    noHours: 'Für diesen Zeitraum sind noch keine bestätigten Stunden erfasst.',
    trainings: 'Besuchte Fortbildungen',
    competences: 'Im Engagement gezeigte Kompetenzen',
    placeDate: '{place}, den {date}',
    signature: 'Unterschrift und Stempel',
    issuer: 'Freiwilligenzentrale und Koordinierungsstelle für Integration',
    activityLabels: {
      sponsorship_meeting: 'Treffen in der Patenschaft',
      learning_support: 'Lernunterstützung',
      accompaniment: 'Begleitung (z. B. zu Behörden und Ärzten)',
      translation: 'Sprachmittlung',
      language_cafe: 'Sprachcafé',
      event: 'Mitwirkung bei Veranstaltungen',
      office: 'Organisation und Verwaltung',
      training: 'Fortbildung',
    },
    competenceLabels: {
      communication: 'Kommunikationsfähigkeit',
      intercultural: 'Interkulturelle Kompetenz',
      teamwork: 'Teamfähigkeit',
      reliability: 'Zuverlässigkeit',
      organisation: 'Organisationsgeschick',
      empathy: 'Einfühlungsvermögen',
      conflict_resolution: 'Konfliktlösung',
      teaching: 'Wissensvermittlung',
      responsibility: 'Verantwortungsbewusstsein',
    },
  },
  en: {
    title: 'Certificate of Voluntary Service',
    subtitle: 'Confirmation of volunteering',
    intro: 'This is to certify that {name} volunteered with us from {from} to {to}.',
    introNoHours: 'This is to certify that {name} is registered with us as a volunteer.',
    bornOn: 'born on {date}',
    organisations: 'Organisations',
    activities: 'Activities',
    hours: 'Hours volunteered (confirmed)',
    year: 'Year',
    hoursColumn: 'Hours',
    total: 'Total',
    hoursUnit: 'hours',
    noHours: 'No confirmed hours have been recorded for this period yet.',
    trainings: 'Trainings attended',
    competences: 'Competences shown',
    placeDate: '{place}, {date}',
    signature: 'Signature and stamp',
    issuer: 'Volunteer Centre and Integration Coordination Office',
    activityLabels: {
      sponsorship_meeting: 'Sponsorship meetings',
      learning_support: 'Learning support',
      accompaniment: 'Accompaniment (e.g. to public offices and doctors)',
      translation: 'Language mediation',
      language_cafe: 'Language café',
      event: 'Helping at events',
      office: 'Organisation and administration',
      training: 'Training',
    },
    competenceLabels: {
      communication: 'Communication',
      intercultural: 'Intercultural competence',
      teamwork: 'Teamwork',
      reliability: 'Reliability',
      organisation: 'Organisational skills',
      empathy: 'Empathy',
      conflict_resolution: 'Conflict resolution',
      teaching: 'Teaching',
      responsibility: 'Sense of responsibility',
    },
  },
};

export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
