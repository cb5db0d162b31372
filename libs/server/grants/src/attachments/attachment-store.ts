import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const KEY = /^[a-f0-9]{48}$/;

/**
 * Attachment bytes on disk, outside the database and the web root (GrantsConfig.rules.filesDir). Files are named
 * by a random storage key, never by the user's file name, so no name can reach another path or be guessed; the
 * directory is readable by the service's user only.
 */
export class AttachmentStore {
  constructor(private readonly dir: string) {}

  private get incoming(): string {
    return join(this.dir, '.incoming');
  }

  /** A fresh temp path on the same file system, so `keep` is an atomic rename. */
  async tempPath(): Promise<string> {
    await mkdir(this.incoming, { recursive: true, mode: 0o700 });
    return join(this.incoming, randomUUID());
  }

  /** Moves a complete, checked temp file to its final place and returns its storage key. */
  async keep(tempPath: string): Promise<string> {
    const key = randomBytes(24).toString('hex');
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await rename(tempPath, this.path(key));
    return key;
  }

  open(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async remove(keyOrTempPath: { key: string } | { temp: string }): Promise<void> {
    await rm('key' in keyOrTempPath ? this.path(keyOrTempPath.key) : keyOrTempPath.temp, { force: true });
  }

  private path(key: string): string {
    // Keys come from our own table; checking them anyway keeps a broken row from pointing anywhere else.
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return join(this.dir, key);
  }
}
