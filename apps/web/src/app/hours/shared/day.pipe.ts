import { Pipe, type PipeTransform } from '@angular/core';

export type DayStyle = 'short' | 'long';

const STYLES: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  short: { dateStyle: 'medium', timeZone: 'UTC' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/** A calendar day (yyyy-mm-dd, no time of day) in the language; read as UTC so no time zone moves it to the day before. */
export function formatDay(day: string | null | undefined, locale: string, style: DayStyle = 'short'): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locale, STYLES[style]).format(date);
}

/** See formatDay. Pass the language so it re-renders when it changes. */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  transform(day: string | null | undefined, locale: string, style: DayStyle = 'short'): string {
    return formatDay(day, locale, style);
  }
}
