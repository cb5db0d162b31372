import type { ValueTransformer } from 'typeorm';
import { fieldCipher } from './field-cipher';

/** TypeORM transformer for a text column stored encrypted: entities see plain text, the table only ciphertext. */
export const encryptedText: ValueTransformer = {
  to: (value: string | null | undefined) => (value == null ? value : fieldCipher().encrypt(value)),
  from: (value: string | null) => (value == null ? value : fieldCipher().decrypt(value)),
};

/** A yes/no fact stored encrypted as the text "true" or "false". */
export const encryptedFlag: ValueTransformer = {
  to: (value: boolean | null | undefined) => (value == null ? value : fieldCipher().encrypt(String(value))),
  from: (value: string | null) => (value == null ? value : fieldCipher().decrypt(value) === 'true'),
};

/** Same for values read through raw SQL. */
export const decryptText = (value: string | null): string | null => (value == null ? null : fieldCipher().decrypt(value));
