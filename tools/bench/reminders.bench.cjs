// 10,000 reminder emails from the outbox through the relay, BullMQ and the compiled worker to a local SMTP
// sink, against nodemailer sending the same 10,000 messages straight to the same sink over a pool of
// 5 connections, measured in the same run. Uses DATABASE_URL and REDIS_URL (the PostgreSQL server and Redis; by default the benchmark database and the local Redis):
// it applies migrations, writes its rows to the outbox of that database (refusing if mail is open there)
// and deletes them afterwards, under a queue prefix of its own that it removes from Redis at the end.
//   BENCH_N (10000), BENCH_WORKERS (worker processes, 1), BENCH_CONCURRENCY (jobs per worker, 20)
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { Pool } = require('pg');
const IORedis = require('ioredis');
const { createTransport } = require('nodemailer');
const { BENCH_ENCRYPTION_KEYS, freshDatabase } = require('./support/bench-db.cjs');
const { startCountingSmtpSink } = require('./support/counting-smtp-sink.cjs');

const root = join(__dirname, '../..');
const WORKER_MAIN = join(root, 'dist/apps/worker/apps/worker/src/main.js');
const MIGRATE_MAIN = join(root, 'dist/apps/api/apps/api/src/migrate.js');
const N = Number(process.env.BENCH_N ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const DOMAIN = 'bench.invalid';

function message(i) {
  const name = `Ehrenamtliche ${i}`;
  return {
    recipient: `volunteer${i}@${DOMAIN}`,
    subject: 'Erinnerung: Bitte tragen Sie Ihre Stunden ein',
    html: `<!doctype html><html lang="de"><body><p>Hallo ${name},</p><p>Sie haben diesen Monat noch keine Stunden eingetragen. Bitte tragen Sie Ihre Einsätze bis Monatsende ein.</p><p><a href="https://miteinander.example/hours">Stunden eintragen</a></p></body></html>`,
    text: `Hallo ${name},\n\nSie haben diesen Monat noch keine Stunden eingetragen. Bitte tragen Sie Ihre Einsätze bis Monatsende ein.\n\nStunden eintragen: https://miteinander.example/hours`,
  };
}


function startWorker(env) {
  const child = spawn(process.execPath, [WORKER_MAIN], { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Worker running')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, ready, exited, output: () => output };
}

async function ours(db, sinkUrl, sinkReceived) {
  const prefix = `bench-reminders-${process.pid}-${Date.now()}`;
  const env = {
    NODE_ENV: 'production',
    ENCRYPTION_KEYS: BENCH_ENCRYPTION_KEYS,
    LOG_LEVEL: 'log',
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_POOL_SIZE: String(Math.min(50, CONCURRENCY + 5)),
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: prefix,
    SMTP_URL: sinkUrl,
    WORKER_CONCURRENCY: String(CONCURRENCY),
    OUTBOX_POLL_MS: '200',
    MAIL_MESSAGE_ID_DOMAIN: DOMAIN,
  };
  const workers = Array.from({ length: WORKERS }, () => startWorker(env));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const ids = [];
    const cols = [[], [], [], [], [], []];
    for (let i = 0; i < N; i++) {
      const id = randomUUID();
      const m = message(i);
      ids.push(id);
      [id, m.recipient, m.subject, m.html, m.text, `<${id}@${DOMAIN}>`].forEach((v, c) => cols[c].push(v));
    }
    const t0 = process.hrtime.bigint();
    await db.query(
      `INSERT INTO outbox (id, template, recipient, locale, subject, html, body_text, message_id)
       SELECT id, 'hours-nudge', recipient, 'de', subject, html, body_text, message_id
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, recipient, subject, html, body_text, message_id)`,
      cols,
    );
    const inserted = process.hrtime.bigint();
    // Watch the sink (free) until every message arrived, then the database until every row is marked sent.
    const deadline = Date.now() + 300_000;
    for (let i = 1; sinkReceived() < N; i++) {
      if (Date.now() > deadline) throw new Error(`only ${sinkReceived()} of ${N} arrived after 300 s`);
      if (i % 200 === 0) {
        const { rows } = await db.query(`SELECT count(*)::int AS failed FROM outbox WHERE status = 'failed' AND id = ANY($1::uuid[])`, [ids]);
        if (rows[0].failed) throw new Error(`${rows[0].failed} mails failed`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS open FROM outbox WHERE status <> 'sent' AND id = ANY($1::uuid[])`, [ids]);
      if (rows[0].open === 0) break;
      if (Date.now() > deadline) throw new Error(`${rows[0].open} rows not marked sent after 300 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = process.hrtime.bigint();
    return { seconds: Number(done - t0) / 1e9, insertSeconds: Number(inserted - t0) / 1e9, prefix };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    const redis = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: 3 });
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}

async function reference(sinkUrl) {
  const transport = createTransport({ url: sinkUrl, pool: true, maxConnections: 5 });
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: N }, (_, i) => {
      const m = message(i);
      return transport.sendMail({ from: 'Miteinander <no-reply@miteinander.local>', to: m.recipient, subject: m.subject, html: m.html, text: m.text, messageId: `<${randomUUID()}@${DOMAIN}>` });
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  transport.close();
  return seconds;
}

async function main() {
  // Without settings (as in `npm run bench`): the benchmark database on BENCH_PG_SERVER and the local Redis.
  process.env.DATABASE_URL ??= await freshDatabase();
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  if (!existsSync(WORKER_MAIN) || !existsSync(MIGRATE_MAIN)) {
    console.error('reminders bench: the api and worker are not built: run `npx nx run-many -t build -p api worker`');
    process.exit(1);
  }
  const migrate = spawnSync(process.execPath, [MIGRATE_MAIN, 'up'], { env: { PATH: process.env.PATH, DATABASE_URL: process.env.DATABASE_URL }, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr || migrate.stdout}`);
  const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const { rows } = await db.query(`SELECT count(*)::int AS open FROM outbox WHERE status IN ('pending', 'queued', 'sending')`);
  await db.query(`VACUUM ANALYZE outbox`); // earlier runs leave dead rows behind that would slow this one down
  if (rows[0].open) throw new Error(`the outbox of DATABASE_URL has ${rows[0].open} open mails; run the benchmark on a scratch database`);
  const sink = await startCountingSmtpSink();
  try {
    await reference(sink.url); // warm-up of the sink and the client code
    sink.reset();
    const ref = await reference(sink.url);
    if (sink.received() !== N) throw new Error(`reference: sink received ${sink.received()} of ${N}`);
    sink.reset();
    const run = await ours(db, sink.url, sink.received);
    if (sink.received() !== N) throw new Error(`ours: sink received ${sink.received()} of ${N} (duplicates or losses)`);
    console.log(`BENCH reminders n=${N} ours=${run.seconds.toFixed(2)}s ref=${ref.toFixed(2)}s ratio=${(run.seconds / ref).toFixed(2)}`);
    console.log(`BENCH reminders-throughput n=${N} ours=${(N / run.seconds).toFixed(0)}msg/s ref=${(N / ref).toFixed(0)}msg/s ratio=${(ref / run.seconds).toFixed(2)}`);
    if (process.env.BENCH_VERBOSE) console.error(`(insert ${run.insertSeconds.toFixed(2)} s of that; workers ${WORKERS} × concurrency ${CONCURRENCY})`);
  } finally {
    await db.query(`DELETE FROM outbox WHERE recipient LIKE $1`, [`%@${DOMAIN}`]);
    await db.query(`VACUUM outbox`);
    await db.end();
    await sink.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
