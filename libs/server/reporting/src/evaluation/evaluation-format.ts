import { NO_FIGURE, SUPPRESSED, type Figure, type FigureUnit } from '@miteinander/contracts';

/** German number formatting for the evaluation PDF (the county council reads German). */
const decimals = (digits: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
const integer = decimals(0);
const oneDecimal = decimals(1);
const twoDecimals = decimals(2);

/** One figure as it reads in the PDF: "1.234,5 Std.", "12.345,00 €", "12 Tage", "7,5 Monate"; "< 3" stays as is, a missing one reads "–". */
export function formatFigure(value: Figure | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined) return NO_FIGURE;
  if (value === SUPPRESSED) return SUPPRESSED;
  switch (unit) {
    case 'count':
      return integer.format(value);
    case 'minutes':
      return `${oneDecimal.format(value / 60)} Std.`;
    case 'cents':
      return `${twoDecimals.format(value / 100)} €`;
    case 'days':
      return `${integer.format(value)} ${value === 1 ? 'Tag' : 'Tage'}`;
    case 'tenthMonths':
      return `${oneDecimal.format(value / 10)} ${value === 10 ? 'Monat' : 'Monate'}`;
  }
}

/** yyyy-mm-dd → dd.mm.yyyy. */
export function formatDateDe(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** An instant as the county reads it: "04.12.2026, 09:30 Uhr". */
export function formatInstantDe(instant: Date): string {
  const parts = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })
    .formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}, ${part('hour')}:${part('minute')} Uhr`;
}

/** The number a spreadsheet cell holds for a figure: hours (one decimal) for minutes, euros for cents, months for tenths. */
export function spreadsheetNumber(value: number, unit: FigureUnit): number {
  switch (unit) {
    case 'minutes':
      return Math.round((value / 60) * 10) / 10;
    case 'cents':
      return value / 100;
    case 'tenthMonths':
      return value / 10;
    default:
      return value;
  }
}

/** Excel number formats per unit (shown by Excel in the reader's own locale). */
export const SPREADSHEET_FORMATS: Record<FigureUnit, string> = {
  count: '#,##0',
  minutes: '#,##0.0',
  cents: '#,##0.00 "€"',
  days: '#,##0',
  tenthMonths: '#,##0.0',
};
