import type { GrantApplicationData } from '@miteinander/contracts';
import { fieldCipher } from '@miteinander/server-platform';

/** The form's bank details, stored encrypted inside grant_applications.data (and its submitted versions). */
const BANK_FIELDS = ['iban', 'accountHolder'] as const;

function mapBankFields(data: GrantApplicationData, fn: (v: string) => string): GrantApplicationData {
  if (!data) return data;
  const out: Record<string, unknown> = { ...data };
  for (const key of BANK_FIELDS) if (typeof out[key] === 'string') out[key] = fn(out[key] as string);
  return out as GrantApplicationData;
}

/** Before writing: the table must never hold an IBAN or account holder in clear text. */
export const sealBankDetails = (data: GrantApplicationData): GrantApplicationData => mapBankFields(data, (v) => fieldCipher().encrypt(v));

/** After reading: plain values for the rules and for the people allowed to see them. */
export const openBankDetails = (data: GrantApplicationData): GrantApplicationData => mapBankFields(data, (v) => fieldCipher().decrypt(v));

export const hasBankDetails = (data: GrantApplicationData): boolean => BANK_FIELDS.some((k) => typeof (data as Record<string, unknown> | null)?.[k] === 'string');
