import type { CardIneligibilityReason, CardReasonView, CardReportGroup } from '@miteinander/contracts';

type Lang = 'de' | 'en';

const hours = (minutes: number, lang: Lang) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
const day = (d: unknown, lang: Lang) => (typeof d === 'string' ? (lang === 'de' ? d.split('-').reverse().join('.') : d) : '');

/** The export's headers and the reasons as the sentences a coordinator reads. */
export const REPORT_TEXTS: Record<Lang, { sheet: string; fileStem: string; columns: Record<string, string>; groups: Record<CardReportGroup, string>; yes: string; no: string; reason: (r: CardReasonView) => string }> = {
  de: {
    sheet: 'Ehrenamtskarte',
    fileStem: 'ehrenamtskarte-anspruch',
    columns: { name: 'Name', municipality: 'Wohnort', group: 'Ergebnis', reason: 'Hauptgrund', counted: 'Stunden gezählt', required: 'Stunden nötig', activeSince: 'Aktiv seit', projected: 'Voraussichtlich berechtigt ab', card: 'Hat Karte', application: 'Antrag offen' },
    groups: { eligible: 'berechtigt', soon: 'bald berechtigt (3 Monate)', notEligible: 'nicht berechtigt' },
    yes: 'ja',
    no: 'nein',
    reason: (r) => reasonText('de', r.reason, r.params),
  },
  en: {
    sheet: 'Honorary card',
    fileStem: 'honorary-card-eligibility',
    columns: { name: 'Name', municipality: 'Residence', group: 'Result', reason: 'Main reason', counted: 'Hours counted', required: 'Hours needed', activeSince: 'Active since', projected: 'Expected eligible from', card: 'Has card', application: 'Open application' },
    groups: { eligible: 'eligible', soon: 'eligible soon (3 months)', notEligible: 'not eligible' },
    yes: 'yes',
    no: 'no',
    reason: (r) => reasonText('en', r.reason, r.params),
  },
};

function reasonText(lang: Lang, reason: CardIneligibilityReason, p: CardReasonView['params']): string {
  const de = lang === 'de';
  switch (reason) {
    case 'hours':
      return de
        ? `noch ${hours(Number(p['missingMinutes']), lang)} Std.${p['by'] ? ` bis ${day(p['by'], lang)}` : ''}`
        : `${hours(Number(p['missingMinutes']), lang)} more hours${p['by'] ? ` by ${day(p['by'], lang)}` : ''}`;
    case 'monthsActive':
      return de ? `aktiv seit ${p['have']} Monaten, ${p['needed']} nötig` : `active for ${p['have']} months, ${p['needed']} needed`;
    case 'age':
      return de ? `Mindestalter ${p['minAge']} ab ${day(p['reachedOn'], lang)}` : `minimum age ${p['minAge']} from ${day(p['reachedOn'], lang)}`;
    case 'dateOfBirthMissing':
      return de ? 'Geburtsdatum fehlt' : 'date of birth missing';
    case 'residence':
      return de ? 'Wohnsitz nicht im Landkreis' : 'residence not in the county';
    case 'allowance':
      return de ? 'Aufwandsentschädigung über der Grenze' : 'allowance above the limit';
  }
}
