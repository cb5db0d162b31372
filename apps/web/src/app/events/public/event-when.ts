import { Pipe, type PipeTransform } from '@angular/core';

/** The parts of a Berlin wall-clock time `yyyy-mm-ddThh:mm`, read as UTC so no time zone shifts it. */
function wallClock(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

/**
 * When an event takes place, as people say it: "Freitag, 12. Dezember 2026, 18:00 – 21:00". The times are already
 * Europe/Berlin local times, so they are shown as they are (not converted to the phone's zone).
 */
export function formatEventWhen(startsAt: string, endsAt: string | null | undefined, locale: string): string {
  const start = wallClock(startsAt);
  if (!start) return startsAt;
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const end = endsAt ? wallClock(endsAt) : null;
  if (!end) return `${day}, ${time.format(start)}`;
  const sameDay = endsAt!.slice(0, 10) === startsAt.slice(0, 10);
  return sameDay ? `${day}, ${time.format(start)} – ${time.format(end)}` : `${day}, ${time.format(start)} – ${formatEventWhen(endsAt!, null, locale)}`;
}

/** See formatEventWhen. Pass the language so it re-renders when it changes. */
@Pipe({ name: 'eventWhen' })
export class EventWhenPipe implements PipeTransform {
  transform(startsAt: string | null | undefined, locale: string, endsAt?: string | null): string {
    return startsAt ? formatEventWhen(startsAt, endsAt, locale) : '';
  }
}
