import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { resolve } from 'node:path';
import IORedis from 'ioredis';

const ROOT = resolve(__dirname, '../../../..');
export const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/apps/worker/src/main.js');
export const API_MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');

/** Fails with a clear message when the compiled server is missing (these tests run what production runs). */
export function requireBuilt(...mains: string[]): void {
  for (const main of mains) {
    if (!existsSync(main)) {
      throw new Error(`${main} is missing: build first with \`npx nx run-many -t build -p api worker --outputStyle=static\``);
    }
  }
}

export interface Proc {
  child: ChildProcess;
  /** Resolves once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  output: () => string;
  alive: () => boolean;
  kill: (signal: NodeJS.Signals) => void;
}

/** Spawns `node <main>` with only the given environment (plus PATH), collecting its output for failure messages. */
export function spawnNode(main: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
    child.once('exit', (code, signal) => {
      running = false;
      done({ code, signal, at: Date.now() });
    }),
  );
  return {
    child,
    exited,
    output: () => output,
    alive: () => running,
    kill: (signal) => {
      if (running) child.kill(signal);
    },
  };
}

/** Ends a process started by a test, if it still runs; SIGKILL after a grace period. */
export async function stopProc(proc: Proc | undefined, graceMs = 5_000): Promise<void> {
  if (!proc || !proc.alive()) return;
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface DedicatedRedis {
  url: string;
  port: number;
  /** Starts the server (empty: no persistence). */
  start: () => Promise<void>;
  /** SIGKILL, and waits for the exit. */
  kill: () => Promise<void>;
}

/**
 * A Redis server of the test's own on a free loopback port, without persistence, so it can be killed and
 * restarted empty without touching the shared Redis other tests use.
 */
export async function dedicatedRedis(): Promise<DedicatedRedis> {
  const port = await freePort();
  let proc: Proc | undefined;
  const ping = (): Promise<boolean> =>
    new Promise((done) => {
      const socket = new Socket();
      const finish = (ok: boolean) => {
        socket.destroy();
        done(ok);
      };
      socket.setTimeout(500, () => finish(false));
      socket.once('error', () => finish(false));
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.once('data', (d) => finish(d.toString().startsWith('+PONG')));
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start: async () => {
      const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
        stdio: 'ignore',
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
        child.once('exit', (code, signal) => done({ code, signal, at: Date.now() })),
      );
      let running = true;
      let failure = '';
      child.once('error', (error) => {
        failure = `: ${error.message} (is redis-server on the PATH?)`;
        running = false;
      });
      void exited.then(() => (running = false));
      proc = { child, exited, output: () => '', alive: () => running, kill: (s) => running && child.kill(s) };
      const deadline = Date.now() + 5_000;
      while (!(await ping())) {
        if (!running || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}${failure}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    kill: async () => {
      if (!proc?.alive()) return;
      proc.kill('SIGKILL');
      await proc.exited;
    },
  };
}

/**
 * These suites need BullMQ on Redis and the PostgreSQL server: jest.config.js runs apps/worker's
 * integration tests only when REDIS_URL is set (CI's services run), so they are never skipped.
 */
export const describeWithServices: jest.Describe = describe;

/** One field-encryption key per test run, shared by every process the run starts (production requires one). */
const TEST_ENCRYPTION_KEYS = `test:${randomBytes(32).toString('base64')}`;

/** Environment for a compiled worker or api process on the test database: production mode, quiet logs, fast outbox. */
export function serviceEnv(overrides: Record<string, string>): Record<string, string> {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest --selectProjects integration');
  return {
    NODE_ENV: 'production',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: process.env['REDIS_URL'] ?? '',
    OUTBOX_POLL_MS: '100',
    OUTBOX_STUCK_SECONDS: '5',
    ...overrides,
  };
}

const prefixes = new Set<string>();

/** A queue prefix of the test's own on the shared Redis; {@link deleteQueuePrefixes} removes its keys. */
export function uniquePrefix(name: string): string {
  const prefix = `test-${name}-${process.pid}-${Date.now()}`;
  prefixes.add(prefix);
  return prefix;
}

/** Removes the keys of every prefix handed out by {@link uniquePrefix} (completed jobs would stay a day). */
/** Deletes every Redis key under `<prefix>:` (SCAN, never FLUSHDB: others share the server). */
export async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function deleteQueuePrefixes(): Promise<void> {
  const url = process.env['REDIS_URL'];
  if (!url || !prefixes.size) return;
  for (const prefix of prefixes) await deleteKeysUnder(url, prefix);
  prefixes.clear();
}
