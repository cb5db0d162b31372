import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { LOCAL_KEY_FILE, resolveEncryptionKeys } from './encryption-keys';

describe('resolveEncryptionKeys', () => {
  it('refuses to start in production without ENCRYPTION_KEYS', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: mkdtempSync(join(tmpdir(), 'keys-')) }, 'api');
    expect(() => resolveEncryptionKeys(config)).toThrow(/ENCRYPTION_KEYS: production needs field encryption keys/);
  });

  it('creates one random key in DATA_DIR (mode 0600) for the embedded start and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir }, 'all');
    const first = resolveEncryptionKeys(config);
    const second = resolveEncryptionKeys(config);
    expect(first).toHaveLength(1);
    expect(first[0]!.key).toHaveLength(32);
    expect(second[0]!.key.equals(first[0]!.key)).toBe(true);
    expect(statSync(join(dir, LOCAL_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, LOCAL_KEY_FILE), 'utf8')).toMatch(/^local:[A-Za-z0-9+/]{43}=\n$/);
  });

  it('uses ENCRYPTION_KEYS in their order: the first encrypts', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64');
    const config = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEYS: `k2:${b},k1:${a}` }, 'api');
    expect(resolveEncryptionKeys(config).map((k) => k.id)).toEqual(['k2', 'k1']);
  });
});
