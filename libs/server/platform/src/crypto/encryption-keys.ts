import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, type AppConfig } from '../config/app-config';
import type { FieldKey } from './field-cipher';

export const LOCAL_KEY_FILE = 'encryption.key';

/**
 * ENCRYPTION_KEYS when set. Without it, production refuses to start (a key created on one replica would not
 * decrypt on another, and would be lost with the container); embedded and test runs keep a random key in
 * DATA_DIR so `npm start` works with no configuration.
 */
export function resolveEncryptionKeys(config: AppConfig): FieldKey[] {
  if (config.privacy.encryptionKeys?.length) return config.privacy.encryptionKeys;
  if (config.env === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  ENCRYPTION_KEYS: production needs field encryption keys, like k1:<32 random bytes in base64> (openssl rand -base64 32). See README "Encryption keys and rotation".',
    );
  }
  return [localKey(config.database.dataDir)];
}

function localKey(dataDir: string): FieldKey {
  const file = join(dataDir, LOCAL_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // 'wx': two processes starting together cannot both write a key; the loser reads the winner's.
    try {
      writeFileSync(file, `local:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  chmodSync(file, 0o600);
  const text = readFileSync(file, 'utf8').trim();
  const colon = text.indexOf(':');
  const key = Buffer.from(text.slice(colon + 1), 'base64');
  if (colon < 1 || key.length !== 32) throw new ConfigError(`Invalid key file ${file}: expected id:<32 bytes in base64>`);
  return { id: text.slice(0, colon), key };
}
