/** Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

/** What the QR code holds: a prefix, so a scan of some other QR code is recognised as not ours. */
export const ADMISSION_QR_PREFIX = 'MIT-EVENT:';

/** A 12-character admission code (60 bits) in groups of four, from 12 random bytes: `K7QM-3XZP-9TRA`. */
export function admissionCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error(`admission code needs ${CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomBytes[i]! & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * The canonical form of a scanned or typed code, or null when it cannot be one: the QR prefix, spaces, dashes and
 * case do not matter, and the letters people confuse with digits (O, I, L) count as those digits.
 */
export function normalizeAdmissionCode(input: string): string | null {
  let text = input.trim().toUpperCase();
  if (text.startsWith(ADMISSION_QR_PREFIX)) text = text.slice(ADMISSION_QR_PREFIX.length);
  text = text.replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== CODE_LENGTH || [...text].some((c) => !ALPHABET.includes(c))) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}
