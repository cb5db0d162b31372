import type { MailLocale } from '@miteinander/contracts';

const intlLocale = (locale: string): string => (locale === 'de' ? 'de-DE' : locale === 'en' ? 'en-GB' : locale);

/** "Freitag, 11. Dezember 2026, 18:00–21:00 Uhr" / "Friday, 11 December 2026, 18:00–21:00", in the county's time zone. */
export function formatWhen(startsAt: Date, endsAt: Date | null, locale: MailLocale | string, timeZone: string): string {
  const loc = intlLocale(locale);
  const day = new Intl.DateTimeFormat(loc, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(startsAt);
  const time = (d: Date) => new Intl.DateTimeFormat(loc, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  const range = endsAt ? `${time(startsAt)}–${time(endsAt)}` : time(startsAt);
  return locale === 'de' ? `${day}, ${range} Uhr` : `${day}, ${range}`;
}

/** 04.12.2026 in German, 04/12/2026 in English (a yyyy-mm-dd calendar date). */
export function formatDate(date: string, locale: MailLocale | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

export function venueLine(event: { venueName: string; venueAddress: string }): string {
  return [event.venueName, event.venueAddress].filter((s) => s.trim()).join(', ');
}
