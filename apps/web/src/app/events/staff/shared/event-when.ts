import { Pipe, type PipeTransform } from '@angular/core';

/**
 * An event's local wall-clock time (`yyyy-mm-ddThh:mm`, Europe/Berlin) as words, e.g. "Fr., 12. Juni 2026, 18:00".
 * The text already is Berlin time, so it is read and written as UTC: no zone can move it.
 */
export function formatEventWhen(local: string | null | undefined, locale: string, style: 'dateTime' | 'time' = 'dateTime'): string {
  if (!local) return '';
  const instant = new Date(`${local}:00Z`);
  if (Number.isNaN(instant.getTime())) return local;
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(instant);
}

/** See formatEventWhen. Pass the language so it re-renders when it changes. */
@Pipe({ name: 'eventWhen' })
export class EventWhenPipe implements PipeTransform {
  transform(local: string | null | undefined, locale: string, style: 'dateTime' | 'time' = 'dateTime'): string {
    return formatEventWhen(local, locale, style);
  }
}
