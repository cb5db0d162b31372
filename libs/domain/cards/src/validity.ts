import type { CardState, CardValidity } from '@miteinander/contracts';
import { addDays, addMonths } from '@miteinander/domain-calendar';

export type CardTerm = { ok: true; validFrom: string; validUntil: string | null } | { ok: false; problem: 'editionEnded' };

/** Start and expiry of a card issued on `issueDate`: N months (the day before the same date N months on), a fixed edition end, or lifetime. */
export function cardTerm(validity: CardValidity, issueDate: string): CardTerm {
  switch (validity.kind) {
    case 'months':
      return { ok: true, validFrom: issueDate, validUntil: addDays(addMonths(issueDate, validity.months), -1) };
    case 'fixedEnd':
      return validity.endDate < issueDate ? { ok: false, problem: 'editionEnded' } : { ok: true, validFrom: issueDate, validUntil: validity.endDate };
    case 'lifetime':
      return { ok: true, validFrom: issueDate, validUntil: null };
  }
}

/** Revoked wins over everything; a card is valid through its last day. */
export function cardState(validUntil: string | null, revoked: boolean, today: string): CardState {
  if (revoked) return 'revoked';
  if (validUntil !== null && validUntil < today) return 'expired';
  return 'valid';
}

/** "Anna Maria", "Müller-Lüdenscheidt" → "A. M.": what the public verification shows, no more. */
export function initialsOf(firstName: string, lastName: string): string {
  const first = (s: string) => [...s.trim()][0]?.toLocaleUpperCase('de-DE') ?? '';
  return [first(firstName), first(lastName)].filter(Boolean).map((c) => `${c}.`).join(' ');
}

/** LL-2026-00042: prefix, year of issue, the year's running number. */
export function cardNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(5, '0')}`;
}
