import fc from 'fast-check';
import { ADMISSION_QR_PREFIX, admissionCodeFrom, normalizeAdmissionCode } from './admission-code';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('admissionCodeFrom', () => {
  it('writes 12 base32 characters in groups of four', () => {
    expect(admissionCodeFrom(bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31))).toBe('0123-4567-89AZ');
  });
  it('uses only the low five bits of each byte', () => {
    expect(admissionCodeFrom(new Uint8Array(12).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(admissionCodeFrom(new Uint8Array(12).fill(32))).toBe('0000-0000-0000');
  });
  it('refuses too few random bytes', () => {
    expect(() => admissionCodeFrom(new Uint8Array(11))).toThrow('12 random bytes');
  });
  it('never contains the letters people confuse (I, L, O, U)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 16 }), (random) => {
        const code = admissionCodeFrom(random);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      }),
    );
  });
});

describe('normalizeAdmissionCode', () => {
  it('accepts a code as printed, typed in lower case, without dashes or with spaces', () => {
    expect(normalizeAdmissionCode('K7QM-3XZP-9TRA')).toBe('K7QM-3XZP-9TRA');
    expect(normalizeAdmissionCode(' k7qm3xzp9tra ')).toBe('K7QM-3XZP-9TRA');
    expect(normalizeAdmissionCode('K7QM 3XZP 9TRA')).toBe('K7QM-3XZP-9TRA');
  });
  it('strips the QR prefix', () => {
    expect(normalizeAdmissionCode(`${ADMISSION_QR_PREFIX}K7QM-3XZP-9TRA`)).toBe('K7QM-3XZP-9TRA');
    expect(normalizeAdmissionCode('mit-event:k7qm-3xzp-9tra')).toBe('K7QM-3XZP-9TRA');
  });
  it('reads O as zero and I / L as one', () => {
    expect(normalizeAdmissionCode('OOOO-IIII-LLLL')).toBe('0000-1111-1111');
  });
  it('rejects wrong lengths and characters outside the alphabet', () => {
    expect(normalizeAdmissionCode('')).toBeNull();
    expect(normalizeAdmissionCode('K7QM-3XZP-9TR')).toBeNull();
    expect(normalizeAdmissionCode('K7QM-3XZP-9TRAA')).toBeNull();
    expect(normalizeAdmissionCode('K7QM-3XZP-9TRU')).toBeNull();
    expect(normalizeAdmissionCode('https://example.org/qr')).toBeNull();
  });
  it('gives back every generated code unchanged, also from its QR text and lower case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (random) => {
        const code = admissionCodeFrom(random);
        expect(normalizeAdmissionCode(code)).toBe(code);
        expect(normalizeAdmissionCode(`${ADMISSION_QR_PREFIX}${code}`)).toBe(code);
        expect(normalizeAdmissionCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
      }),
    );
  });
});
