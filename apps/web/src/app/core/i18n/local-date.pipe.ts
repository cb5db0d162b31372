import { Pipe, type PipeTransform } from '@angular/core';

/** Date and time in the given UI language, on the county's clock. Pass the language so it re-renders on change. */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string, style: 'date' | 'dateTime' = 'dateTime'): string {
    if (!value) return '';
    const options: Intl.DateTimeFormatOptions =
      style === 'date' ? { dateStyle: 'medium', timeZone: 'Europe/Berlin' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' };
    return new Intl.DateTimeFormat(locale, options).format(new Date(value));
  }
}
