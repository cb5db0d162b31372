/**
 * Money in the UI: the API speaks integer cents, people type euros ("1.250,50" in German, "1,250.50" in English,
 * or just "1250"). Null when the text is not an amount, so the form can say so.
 */
export function parseEuros(text: string, lang: string): number | null {
  const trimmed = text.trim().replace(/\s|€/g, '');
  if (!trimmed) return null;
  const [thousands, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const pattern = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*(\\${decimal}\\d{1,2})?$|^\\d+(\\${decimal}\\d{1,2})?$`);
  if (!pattern.test(trimmed)) return null;
  const [whole, fraction = ''] = trimmed.split(thousands).join('').split(decimal);
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** "1.250,50 €" (German) or "€1,250.50" (English). */
export function formatEuros(cents: number | null | undefined, lang: string): string {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The amount as people type it, for a form field: "1250,50" / "1250.50". */
export function editableEuros(cents: number | null | undefined, lang: string): string {
  if (cents === null || cents === undefined) return '';
  const text = (cents / 100).toFixed(2);
  return lang === 'de' ? text.replace('.', ',') : text;
}
