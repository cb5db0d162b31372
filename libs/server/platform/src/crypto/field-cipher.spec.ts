import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldCipherError, isEncrypted, keyIdOf } from './field-cipher';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

describe('FieldCipher', () => {
  it('stores no plaintext and reads back the value', () => {
    const cipher = new FieldCipher([k1]);
    const stored = cipher.encrypt('DE89 3704 0044 0532 0130 00');
    expect(stored).toMatch(/^enc:v1:k1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(stored).not.toContain('3704');
    expect(cipher.decrypt(stored)).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('uses a fresh IV for every value, so equal values do not look equal', () => {
    const cipher = new FieldCipher([k1]);
    expect(cipher.encrypt('Anna')).not.toBe(cipher.encrypt('Anna'));
  });

  it('refuses a tampered value instead of returning garbage', () => {
    const cipher = new FieldCipher([k1]);
    const stored = cipher.encrypt('keine Eintragung');
    const parts = stored.split(':');
    const body = Buffer.from(parts[5]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[5] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow(FieldCipherError);
  });

  it('reads values of an older key after rotation and reports them for re-encryption', () => {
    const old = new FieldCipher([k1]).encrypt('Familie Haddad');
    const rotated = new FieldCipher([k2, k1]);
    expect(rotated.decrypt(old)).toBe('Familie Haddad');
    expect(rotated.needsReencryption(old)).toBe(true);
    const fresh = rotated.encrypt(rotated.decrypt(old));
    expect(keyIdOf(fresh)).toBe('k2');
    expect(rotated.needsReencryption(fresh)).toBe(false);
    expect(new FieldCipher([k2]).decrypt(fresh)).toBe('Familie Haddad');
  });

  it('names the missing key when a value needs one that was dropped', () => {
    const old = new FieldCipher([k1]).encrypt('x');
    expect(() => new FieldCipher([k2]).decrypt(old)).toThrow(/key k1/);
  });

  it('passes plain (not yet swept) values through and marks them for encryption', () => {
    const cipher = new FieldCipher([k1]);
    expect(isEncrypted('plain note')).toBe(false);
    expect(cipher.decrypt('plain note')).toBe('plain note');
    expect(cipher.needsReencryption('plain note')).toBe(true);
  });
});
