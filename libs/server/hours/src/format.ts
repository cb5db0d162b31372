import type { Locale } from '@miteinander/contracts';

export type DocLang = 'de' | 'en';

/** German unless the request (or account) asks for English; Arabic readers get English documents. */
export function docLang(locale: Locale | undefined | null): DocLang {
  return locale === 'en' || locale === 'ar' ? 'en' : 'de';
}

/** 31.03.2026 in German, 31 Mar 2026 in English, for a yyyy-mm-dd calendar date. */
export function formatDate(date: string, lang: DocLang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}
