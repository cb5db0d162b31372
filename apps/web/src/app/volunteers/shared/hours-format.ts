/** Minutes as hours with the language's decimal sign, e.g. 750 → "12,5" in German, "12.5" in English. */
export function formatHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(minutes / 60);
}
