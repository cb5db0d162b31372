// Shared by the PostgreSQL benchmarks: a database of their own on the PostgreSQL server, the compiled
// API started on it in-process, staff and volunteer sessions written straight into the sessions table
// (signing in 1,000 people through argon2 would measure argon2), and latency statistics.
require('reflect-metadata');
const { createHash, randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { Client, Pool } = require('pg');

const dist = join(__dirname, '../../../dist/apps/api');
const SERVER = process.env.BENCH_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const NAME = process.env.BENCH_DATABASE ?? 'miteinander_bench';

/** Drops and creates the benchmark database (never the one named in DATABASE_URL). */
async function freshDatabase() {
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${NAME}`);
  // This sandbox's disk makes every COMMIT's WAL flush cost milliseconds, which would measure the disk, not the
  // code: both sides of every comparison run on this same setting (BENCH_SYNCHRONOUS_COMMIT=on restores it).
  await admin.query(`ALTER DATABASE ${NAME} SET synchronous_commit = ${process.env.BENCH_SYNCHRONOUS_COMMIT === 'on' ? 'on' : 'off'}`);
  await admin.end();
  return `${SERVER}/${NAME}`;
}

/** Production needs a field-encryption key: one per benchmark run, never stored. */
const BENCH_ENCRYPTION_KEYS = `bench:${randomBytes(32).toString('base64')}`;

/** The compiled API on the given database: migrations applied, mail captured, rate limit out of the way. */
async function startApi(databaseUrl, extraEnv = {}) {
  const { createApp } = require(join(dist, 'apps/api/src/app/create-app.js'));
  const { loadConfig } = require(join(dist, 'libs/server/platform/src/index.js'));
  const config = loadConfig(
    { NODE_ENV: 'production', ENCRYPTION_KEYS: BENCH_ENCRYPTION_KEYS, DATABASE_URL: databaseUrl, DATABASE_RUN_MIGRATIONS: 'true', DATABASE_POOL_SIZE: '20', RATE_LIMIT_PER_MINUTE: '100000000', COOKIE_SECURE: 'false', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'Bench-Admin-Password-1', ...extraEnv },
    'api',
  );
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** Users with the role and a live session each; returns what a client sends (cookie, CSRF header). */
async function createSessions(pool, role, count, prefix) {
  const { rows } = await pool.query(
    `INSERT INTO users (email, display_name, roles, email_verified_at)
     SELECT '${prefix}' || g || '@bench.invalid', 'Bench ' || g, ARRAY[$1]::text[], now() FROM generate_series(1, $2) g
     RETURNING id`,
    [role, count],
  );
  const sessions = rows.map((r) => ({ userId: r.id, token: randomBytes(32).toString('base64url'), csrf: randomBytes(32).toString('base64url') }));
  await pool.query(
    `INSERT INTO sessions (id, user_id, csrf_token, expires_at)
     SELECT id, user_id, csrf, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[], $3::text[]) AS s(id, user_id, csrf)`,
    [sessions.map((s) => createHash('sha256').update(s.token).digest('hex')), sessions.map((s) => s.userId), sessions.map((s) => s.csrf)],
  );
  return sessions.map((s) => ({ ...s, headers: { cookie: `mit_session=${s.token}; XSRF-TOKEN=${s.csrf}`, 'x-xsrf-token': s.csrf } }));
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `fn` `n` times one after another (after a warm-up) and returns each duration in ms. */
async function timeEach(n, fn, warmup = 20) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

function benchLine(name, n, ours, ref, unit) {
  return `BENCH ${name} n=${n} ours=${ours.toFixed(2)}${unit} ref=${ref.toFixed(2)}${unit} ratio=${(ours / ref).toFixed(2)}`;
}

module.exports = { BENCH_ENCRYPTION_KEYS, freshDatabase, startApi, createSessions, percentile, timeEach, benchLine, Pool };
