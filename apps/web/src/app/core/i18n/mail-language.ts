import { MAIL_LOCALES, RTL_MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';

export function isMailLocale(value: unknown): value is MailLocale {
  return typeof value === 'string' && (MAIL_LOCALES as readonly string[]).includes(value);
}

/** The translation key naming an email language in the UI language; unknown codes are shown as they are. */
export function mailLanguageKey(locale: string): string {
  return isMailLocale(locale) ? `mailLanguages.${locale}` : locale;
}

/** Arabic and Farsi run right to left. */
export function mailDirection(locale: string): 'rtl' | 'ltr' {
  return isMailLocale(locale) && RTL_MAIL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
