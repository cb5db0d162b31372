import { NO_FIGURE, SUPPRESSED, type Figure, type FigureUnit } from '@miteinander/contracts';

/** The words after a number, in the UI language (from the `reports.units` translations). */
export interface UnitWords {
  hours: string;
  day: string;
  days: string;
  months: string;
}

/** How many decimals a unit shows once converted: hours to one tenth, euros to the cent, months to one tenth. */
const DECIMALS: Record<FigureUnit, { min: number; max: number }> = {
  count: { min: 0, max: 0 },
  minutes: { min: 0, max: 1 },
  cents: { min: 2, max: 2 },
  days: { min: 0, max: 0 },
  tenthMonths: { min: 1, max: 1 },
};

/** The server's integers in the unit people read: minutes → hours, cents → euros, tenths of months → months. */
export function toDisplayNumber(value: number, unit: FigureUnit): number {
  switch (unit) {
    case 'minutes':
      return value / 60;
    case 'cents':
      return value / 100;
    case 'tenthMonths':
      return value / 10;
    default:
      return value;
  }
}

function numberFormat(locale: string, unit: FigureUnit, grouping: boolean): Intl.NumberFormat {
  const { min, max } = DECIMALS[unit];
  return new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
}

/** A number already in display units (see toDisplayNumber), with its unit: "1.234,5 Std.", "12.345,00 €", "12 Tage". */
export function formatDisplay(value: number, unit: FigureUnit, locale: string, words: UnitWords): string {
  if (unit === 'cents') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
  const text = numberFormat(locale, unit, true).format(value);
  switch (unit) {
    case 'minutes':
      return `${text} ${words.hours}`;
    case 'days':
      return `${text} ${value === 1 ? words.day : words.days}`;
    case 'tenthMonths':
      return `${text} ${words.months}`;
    default:
      return text;
  }
}

/** An axis label: like formatDisplay, but whole euros without cents ("1.000 €", not "1.000,00 €"). */
export function formatTick(value: number, unit: FigureUnit, locale: string, words: UnitWords): string {
  if (unit === 'cents' && Number.isInteger(value)) {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
  }
  return formatDisplay(value, unit, locale, words);
}

/** A figure as the table shows it; SUPPRESSED stays as it is, a missing one reads NO_FIGURE. */
export function formatFigure(value: Figure | undefined, unit: FigureUnit, locale: string, words: UnitWords): string {
  if (value === null || value === undefined) return NO_FIGURE;
  return value === SUPPRESSED ? SUPPRESSED : formatDisplay(toDisplayNumber(value, unit), unit, locale, words);
}

/** A figure for a spreadsheet: the bare number in display units, no grouping and no unit (that goes in the header). */
export function plainFigure(value: Figure | undefined, unit: FigureUnit, locale: string): string {
  if (value === null || value === undefined) return '';
  return value === SUPPRESSED ? SUPPRESSED : numberFormat(locale, unit, false).format(toDisplayNumber(value, unit));
}

/** The unit's short sign for a column header ("Std.", "€", "Tage"); none for counts. */
export function unitSign(unit: FigureUnit, words: UnitWords): string | null {
  switch (unit) {
    case 'minutes':
      return words.hours;
    case 'cents':
      return '€';
    case 'days':
      return words.days;
    case 'tenthMonths':
      return words.months;
    default:
      return null;
  }
}
