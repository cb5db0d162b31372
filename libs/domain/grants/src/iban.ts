import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** Accepts the usual ways of typing an IBAN (spaces, lower case) and checks country format and checksum. */
export function isValidIban(value: string): boolean {
  const electronic = electronicFormatIBAN(value);
  return electronic !== null && isValidIBAN(electronic);
}

/** The form stored and printed on the decision letter: DE89370400440532013000. */
export function normalizeIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value);
  return electronic !== null && isValidIBAN(electronic) ? electronic : null;
}
