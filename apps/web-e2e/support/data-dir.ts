import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RUN_DIR = /^e2e-\d+(-smtp)?$/;

/**
 * A fresh database directory per run: tmp/e2e-<timestamp>, and tmp/e2e-<timestamp>-smtp for the
 * SMTP-mode API. The previous runs' directories are removed first (each holds a whole embedded
 * Postgres); the newest stay until the next run, for looking into a failure.
 */
export function freshDataDir(tmp: string): string {
  for (const name of safeList(tmp)) {
    if (RUN_DIR.test(name)) rmSync(join(tmp, name), { recursive: true, force: true });
  }
  return join(tmp, `e2e-${Date.now()}`);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
