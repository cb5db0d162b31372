/**
 * Languages offered in the pickers (ISO 639-1): those spoken in the county's volunteer and refugee
 * communities. A code already stored on a profile is always shown, even if it is not in this list.
 */
export const LANGUAGE_CODES = [
  'de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ps', 'ti', 'so', 'am', 'ur', 'hi', 'bn', 'fr', 'es', 'it', 'pt', 'nl',
  'pl', 'cs', 'ro', 'hu', 'bg', 'sr', 'hr', 'bs', 'sq', 'el', 'ka', 'hy', 'az', 'vi', 'zh', 'ta',
] as const;

const namesByLocale = new Map<string, Intl.DisplayNames>();

/** The language's name in the UI language ("Arabisch", "Arabic"); the code itself if the browser does not know it. */
export function languageName(code: string, locale: string): string {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    namesByLocale.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The offered codes plus any extra ones, sorted by their names in the UI language. */
export function languageOptions(locale: string, extra: readonly string[] = []): { code: string; name: string }[] {
  const codes = new Set<string>([...LANGUAGE_CODES, ...extra.filter(Boolean)]);
  return [...codes].map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
