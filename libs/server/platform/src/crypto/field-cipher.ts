import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index';

/** One AES-256 key with the id stored next to every value it encrypted. */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export class FieldCipherError extends Error {}

const PREFIX = 'enc:v1:';
const b64 = (b: Buffer) => b.toString('base64url');

/** True when the stored value is ciphertext written by a FieldCipher (otherwise it is a not-yet-encrypted plain value). */
export const isEncrypted = (stored: string): boolean => stored.startsWith(PREFIX);

/** The id of the key a stored value was encrypted with, or null for a plain value. */
export function keyIdOf(stored: string): string | null {
  if (!isEncrypted(stored)) return null;
  return stored.slice(PREFIX.length).split(':')[0] ?? null;
}

/**
 * AES-256-GCM per value: a random 12-byte IV each time, the key id in the stored text
 * (`enc:v1:<keyId>:<iv>:<tag>:<ciphertext>`, base64url), so keys can rotate while old values still read.
 * The first key encrypts; every key decrypts. A changed byte fails the GCM tag and throws, never returns garbage.
 */
export class FieldCipher {
  private readonly byId: Map<string, Buffer>;
  /** Tags for filtering on encrypted facts, one per key: the first writes, all match (so rotation clears nobody). */
  readonly blindIndexes: readonly BlindIndex[];

  constructor(private readonly keys: readonly FieldKey[]) {
    if (keys.length === 0) throw new FieldCipherError('at least one encryption key is needed');
    for (const k of keys) if (k.key.length !== 32) throw new FieldCipherError(`encryption key ${k.id} must be 32 bytes`);
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    this.blindIndexes = keys.map((k) => new BlindIndex(k.key));
  }

  get blindIndex(): BlindIndex {
    return this.blindIndexes[0]!;
  }

  get primaryKeyId(): string {
    return this.keys[0]!.id;
  }

  encrypt(plain: string): string {
    const { id, key } = this.keys[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${id}:${b64(iv)}:${b64(cipher.getAuthTag())}:${b64(ciphertext)}`;
  }

  /** Plain values (written before encryption existed and not yet swept) pass through unchanged. */
  decrypt(stored: string): string {
    if (!isEncrypted(stored)) return stored;
    const parts = stored.slice(PREFIX.length).split(':');
    if (parts.length !== 4) throw new FieldCipherError('encrypted value is malformed');
    const [keyId, iv, tag, ciphertext] = parts as [string, string, string, string];
    const key = this.byId.get(keyId);
    if (!key) throw new FieldCipherError(`encrypted value needs key ${keyId}, which is not in ENCRYPTION_KEYS`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('encrypted value failed its integrity check (tampered or wrong key)');
    }
  }

  /** Whether a stored value still needs (re-)encryption with the first key: plain, or under an older key. */
  needsReencryption(stored: string): boolean {
    return keyIdOf(stored) !== this.primaryKeyId;
  }
}

let installed: FieldCipher | null = null;

/** Column transformers run outside Nest's injector, so the process's cipher is installed once at boot. */
export function installFieldCipher(cipher: FieldCipher): void {
  installed = cipher;
}

export function fieldCipher(): FieldCipher {
  if (!installed) throw new FieldCipherError('field encryption is not configured (the platform module installs it at boot)');
  return installed;
}
