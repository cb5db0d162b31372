import type { ReportName } from '@miteinander/contracts';

/** Where a run stands, as stored in report_exports.step; the reader's language is applied when it is shown. */
export type EvaluationStep = 'queued' | `report:${ReportName}` | 'pdf' | 'xlsx' | 'done' | 'retrying' | 'failed';

const STEP_TEXTS: Record<'de' | 'en', Record<EvaluationStep, string>> = {
  de: {
    queued: 'Wartet auf den Start',
    'report:volunteers': 'Freiwillige werden ausgewertet',
    'report:sponsorships': 'Patenschaften werden ausgewertet',
    'report:hours': 'Stunden werden berechnet',
    'report:cards': 'Ehrenamtskarten werden ausgewertet',
    'report:grants': 'Mikroprojekte werden ausgewertet',
    'report:events': 'Veranstaltungen werden ausgewertet',
    pdf: 'PDF wird erstellt',
    xlsx: 'Excel-Datei wird erstellt',
    done: 'Fertig',
    retrying: 'Ein Fehler ist aufgetreten, ein neuer Versuch folgt gleich …',
    failed: 'Die Auswertung konnte nicht erstellt werden. Bitte versuchen Sie es erneut.',
  },
  en: {
    queued: 'Waiting to start',
    'report:volunteers': 'Evaluating volunteers',
    'report:sponsorships': 'Evaluating sponsorships',
    'report:hours': 'Calculating hours',
    'report:cards': 'Evaluating volunteer cards',
    'report:grants': 'Evaluating micro-projects',
    'report:events': 'Evaluating events',
    pdf: 'Creating the PDF',
    xlsx: 'Creating the Excel file',
    done: 'Done',
    retrying: 'Something went wrong; trying again shortly …',
    failed: 'The evaluation could not be created. Please try again.',
  },
};

/** The step in the reader's language (other languages read English); an unknown stored step reads as waiting. */
export function stepText(step: string, locale: string | undefined): string {
  const texts = STEP_TEXTS[locale === 'de' ? 'de' : 'en'];
  return texts[step as EvaluationStep] ?? texts.queued;
}

/** The document itself is always German: it goes to the county council. */
export const EVALUATION_TEXTS = {
  title: 'Auswertung der Ehrenamts- und Integrationsarbeit',
  county: (name: string) => name,
  period: (from: string, to: string) => `Zeitraum: ${from}–${to}`,
  municipality: (name: string | null) => `Gemeinde: ${name ?? 'alle Gemeinden'}`,
  generated: (at: string) => `Erstellt am ${at} aus den aktuellen Daten von Miteinander`,
  basisHeading: 'Datengrundlage',
  basis:
    'Alle Zahlen wurden zum angegebenen Zeitpunkt direkt aus den aktuellen Daten berechnet. Der Bericht enthält nur ' +
    'zusammengefasste Zahlen und keine personenbezogenen Daten. Steht eine Zahl für weniger als drei Personen, ' +
    'Familien oder Anträge, wird sie als „< 3“ ausgewiesen; damit sie sich nicht aus der Summe zurückrechnen lässt, ' +
    'wird dann auch eine weitere Zahl derselben Zeile oder Spalte verdeckt. Stunden sind bestätigte Stunden. ' +
    'Geldbeträge sind in Euro angegeben.',
  overviewHeading: 'Überblick',
  noTables: 'Für diesen Bereich liegen keine Auswertungen vor.',
  total: 'Summe',
  page: (n: number, of: number) => `Seite ${n} von ${of}`,
  footer: (county: string) => `Miteinander · ${county}`,
  fileStem: 'Auswertung',
  info: {
    sheet: 'Info',
    title: 'Auswertung',
    period: 'Zeitraum',
    municipality: 'Gemeinde',
    allMunicipalities: 'alle Gemeinden',
    generated: 'Erstellt am',
    note: 'Hinweis',
    units: 'Einheiten',
    unitsText: 'Stunden in Stunden (eine Nachkommastelle), Geldbeträge in Euro, Wartezeiten in Tagen, Dauern in Monaten.',
    municipalityNote: 'Gemeindefilter',
  },
};

/** Overview lines: a key total, found by report, table and column (a missing table is simply left out). */
export interface OverviewItem {
  report: ReportName;
  table: string;
  column: string;
  label: string;
}

export const OVERVIEW_ITEMS: OverviewItem[] = [
  { report: 'volunteers', table: 'volunteersByMonth', column: 'active', label: 'Aktive Freiwillige am Ende des Zeitraums' },
  { report: 'volunteers', table: 'volunteersByMonth', column: 'new', label: 'Neue Freiwillige' },
  { report: 'volunteers', table: 'volunteersByMonth', column: 'left', label: 'Ausgeschiedene Freiwillige' },
  { report: 'sponsorships', table: 'sponsorshipsFlow', column: 'requested', label: 'Angefragte Patenschaften' },
  { report: 'sponsorships', table: 'sponsorshipsFlow', column: 'matched', label: 'Vermittelte Patenschaften' },
  { report: 'sponsorships', table: 'sponsorshipsFlow', column: 'closed', label: 'Beendete Patenschaften' },
  { report: 'hours', table: 'hoursByMonth', column: 'minutes', label: 'Bestätigte Stunden' },
  { report: 'cards', table: 'cardsByMonth', column: 'issued', label: 'Ausgegebene Ehrenamtskarten' },
  { report: 'grants', table: 'grantsByField', column: 'requestedCents', label: 'Mikroprojekte: beantragte Mittel' },
  { report: 'grants', table: 'grantsByField', column: 'approvedCents', label: 'Mikroprojekte: bewilligte Mittel' },
  { report: 'grants', table: 'grantsByField', column: 'paidCents', label: 'Mikroprojekte: ausgezahlte Mittel' },
  { report: 'events', table: 'eventsAttendance', column: 'attended', label: 'Teilnehmende an Veranstaltungen' },
];
