import type { Locale } from '@miteinander/contracts';

/** Each language named in itself, so people find theirs whatever the UI language is. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
};
