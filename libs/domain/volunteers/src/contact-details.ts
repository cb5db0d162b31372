/** Names and contact details as people type them on a phone or at an info evening, made tidy and comparable. */

/** Trims and collapses runs of spaces: "  Anna   Maria " → "Anna Maria". */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Email addresses are compared and stored in lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keeps the number as written (people recognise their own format), only tidying spaces. */
export function normalisePhone(phone: string): string {
  return phone.trim().replace(/\s+/g, ' ');
}

const PHONE_CHARS = /^\+?[0-9 ()/-]+$/;

/** Digits with the usual separators, 5 to 20 digits: "+49 341 123456", "0341/123-456". */
export function isPlausiblePhone(phone: string): boolean {
  const p = normalisePhone(phone);
  const digits = p.replace(/\D/g, '').length;
  return p.length <= 30 && PHONE_CHARS.test(p) && digits >= 5 && digits <= 20;
}

/**
 * First and last name from an account's display name: the last word is the last name ("Anna Maria Schmidt"
 * → "Anna Maria" + "Schmidt"); a single word becomes the first name and the last name is left to fill in.
 */
export function splitDisplayName(displayName: string): { firstName: string; lastName: string } {
  const words = normaliseName(displayName).split(' ').filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

/** Index of the first language listed twice (by code), or -1: "Arabic native" and "Arabic B1" cannot both be true. */
export function duplicateLanguageIndex(languages: readonly { code: string }[]): number {
  const seen = new Set<string>();
  for (const [i, l] of languages.entries()) {
    if (seen.has(l.code)) return i;
    seen.add(l.code);
  }
  return -1;
}
