// The services mode on this machine, as production runs it: a PostgreSQL database of the run's own (created and
// dropped), a Redis db number and queue prefix of its own, an in-process SMTP sink, the compiled migrate command,
// then the compiled api and worker as separate processes (as apps/worker/src/test-support/processes.ts does).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import IORedis from 'ioredis';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const API_MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');
const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/apps/worker/src/main.js');
const MIGRATE_MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/migrate.js');

export function requireBuilt() {
  for (const main of [API_MAIN, WORKER_MAIN, MIGRATE_MAIN]) {
    if (!existsSync(main)) throw new Error(`${main} is missing: build first with \`npx nx run-many -t build -p api worker --outputStyle=static\``);
  }
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function admin(server, sql) {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of this run's own; never one that exists already (the name carries the pid). */
export async function createDatabase(server, name, synchronousCommit) {
  await admin(server, `CREATE DATABASE ${name}`);
  if (synchronousCommit === 'off') await admin(server, `ALTER DATABASE ${name} SET synchronous_commit = off`);
  return `${server}/${name}`;
}

export const dropDatabase = (server, name) => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

/** Counts the mails the worker delivers; accepts every one (the benchmarks' sink). */
export const startSmtpSink = () => createRequire(import.meta.url)('../../bench/support/counting-smtp-sink.cjs').startCountingSmtpSink();

/** `node <main>` with only the given environment (plus PATH); keeps the tail of its output for failure messages. */
function spawnNode(main, env, args = [], { traceGc = false } = {}) {
  const child = spawn(process.execPath, [...(traceGc ? ['--trace-gc'] : []), main, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // The heap after each full collection (V8's --trace-gc "Mark-Compact a (b) -> c (d) MB"): a leak grows it, a heap
  // that is merely sized up for the load does not. Parsed as it comes; the GC lines are not kept in `output`.
  const heapAfterGc = [];
  let partial = '';
  const collect = (chunk) => {
    let text = chunk.toString('utf8');
    if (traceGc) {
      const lines = (partial + text).split('\n');
      partial = lines.pop();
      const kept = [];
      for (const line of lines) {
        const gc = /Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/.exec(line);
        if (gc) heapAfterGc.push({ at: Date.now(), mb: Number(gc[1]) });
        else if (!/^\[\d+:0x[0-9a-f]+\]/.test(line)) kept.push(line + '\n');
      }
      text = kept.join('');
    }
    output += text;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let running = true;
  const exited = new Promise((done) => child.once('exit', (code, signal) => ((running = false), done({ code, signal }))));
  return { child, pid: child.pid, exited, output: () => output, alive: () => running, heapAfterGc };
}

/** SIGTERM, SIGKILL after a grace period; only processes this run started. */
export async function stopProc(proc, graceMs = 10_000) {
  if (!proc?.alive()) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.alive() && proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/** The environment both processes share: production mode, one encryption key per run, the run's own Redis space. */
export function serviceEnv({ databaseUrl, redisUrl, queuePrefix, smtpUrl, poolSize }) {
  return {
    NODE_ENV: 'production',
    ENCRYPTION_KEYS: `load:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: smtpUrl,
    COOKIE_SECURE: 'false',
    // One client address sends everything here: the per-IP limit would measure the limiter, not the server.
    RATE_LIMIT_PER_MINUTE: '100000000',
    ADMIN_PASSWORD: `Load-${randomBytes(12).toString('base64url')}`,
  };
}

export async function migrate(env) {
  const proc = spawnNode(MIGRATE_MAIN, env, ['up']);
  const { code } = await proc.exited;
  if (code !== 0) throw new Error(`migrate failed (${code}):\n${proc.output()}`);
}

export async function startApi(env) {
  const port = await freePort();
  const proc = spawnNode(API_MAIN, { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` }, [], { traceGc: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!proc.alive()) throw new Error(`api exited:\n${proc.output()}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { proc, url };
    if (Date.now() > deadline) throw new Error(`api not healthy after 60 s:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Started once its BullMQ workers are connected to the mail queue. */
export async function startWorker(env, queues) {
  const proc = spawnNode(WORKER_MAIN, env, [], { traceGc: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!proc.alive()) throw new Error(`worker exited:\n${proc.output()}`);
    if ((await queues.mail.getWorkersCount()) > 0) return { proc };
    if (Date.now() > deadline) throw new Error(`worker not connected after 60 s:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Removes this run's keys (queue prefix, rate-limit counters) from its own Redis db; never a whole db. */
export async function deleteRedisKeys(redisUrl, patterns) {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    for (const pattern of patterns) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
