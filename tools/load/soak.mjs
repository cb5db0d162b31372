#!/usr/bin/env node
// Load and soak against the services mode on this machine (issue 12): the compiled api and worker as separate
// processes on a PostgreSQL database and a Redis space of the run's own, realistic data, then a mixed workload at a
// fixed rate for --duration seconds. Goals: p95 ≤ 200 ms, no 5xx (and no 4xx: every request of the mix is valid),
// RSS growth < 10% after warm-up for api and worker, and the queue drained shortly after the load stops.
// Exit code 1 when a goal is missed. Build first: npx nx run-many -t build -p api worker --outputStyle=static
//   node tools/load/soak.mjs --duration 600      (npm run load; npm run load:ci runs 60 s on a smaller data set)
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { routes } from './support/workload.mjs';
import { runLoad } from './support/run-load.mjs';
import { sampleRss, rssGrowth, heapGrowth, timeline } from './support/rss.mjs';
import { openQueues, closeQueues, waitDrained } from './support/queue-drain.mjs';
import { seed } from './support/seed.mjs';
import { printResults } from './support/report.mjs';
import {
  requireBuilt, createDatabase, dropDatabase, startSmtpSink, serviceEnv, migrate, startApi, startWorker, stopProc, deleteRedisKeys,
} from './support/services.mjs';

const { values: opt } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    scale: { type: 'string', default: '1' },
    volunteers: { type: 'string', default: '20000' },
    'hours-per-volunteer': { type: 'string', default: '20' },
    sponsorships: { type: 'string', default: '3000' },
    'signed-in': { type: 'string', default: '2000' },
    invitations: { type: 'string', default: '2000' },
    'drain-timeout': { type: 'string', default: '120' },
    'sample-every': { type: 'string', default: '2' },
    'redis-db': { type: 'string', default: '11' },
    'synchronous-commit': { type: 'string', default: 'on' },
    'pool-size': { type: 'string', default: '20' },
    // CI: errors, memory and the drained queue gate; the p95 is reported against the goal (see README).
    'latency-advisory': { type: 'boolean', default: false },
  },
});
const num = (name) => {
  const n = Number(opt[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${opt[name]}`);
  return n;
};
const GOALS = { p95Ms: 200, rssGrowth: 0.1, memoryMinSeconds: 300, latencyAdvisory: opt['latency-advisory'] };
const DURATION = num('duration');
const PG_SERVER = process.env.LOAD_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_SERVER = process.env.LOAD_REDIS_SERVER ?? 'redis://127.0.0.1:6379';
const DB_NAME = `miteinander_load_${process.pid}`;
const PREFIX = `load-${process.pid}`;
const REDIS_URL = `${REDIS_SERVER}/${num('redis-db')}`;

const log = (line) => console.log(line);
const machine = () => `${cpus().length} vCPU ${cpus()[0]?.model.trim() ?? ''}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return machine();
  }
};

async function main() {
  requireBuilt();
  log(`load: ${DURATION} s at scale ${opt.scale}; database ${DB_NAME}, Redis db ${opt['redis-db']} prefix ${PREFIX}`);
  log(`machine before: ${uptime()}`);
  const procs = {};
  const cleanups = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e) => console.error(`cleanup: ${e.message}`));
    cleanups.length = 0;
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const databaseUrl = await createDatabase(PG_SERVER, DB_NAME, opt['synchronous-commit']);
    cleanups.push(() => dropDatabase(PG_SERVER, DB_NAME));
    cleanups.push(() => deleteRedisKeys(REDIS_URL, [`${PREFIX}:*`, 'miteinander-rl-*']));
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const env = serviceEnv({ databaseUrl, redisUrl: REDIS_URL, queuePrefix: PREFIX, smtpUrl: smtp.url, poolSize: num('pool-size') });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    cleanups.push(() => pool.end());
    const queues = openQueues({ host: new URL(REDIS_SERVER).hostname, port: Number(new URL(REDIS_SERVER).port || 6379), db: num('redis-db') }, PREFIX);
    cleanups.push(() => closeQueues(queues));

    await migrate(env);
    const api = await startApi(env);
    procs.api = api.proc;
    cleanups.push(() => stopProc(procs.api));
    log('seeding:');
    const data = await seed(
      pool,
      api.url,
      {
        data: { volunteers: num('volunteers'), hoursPerVolunteer: num('hours-per-volunteer'), sponsorships: num('sponsorships'), cards: 2000, grants: 300, events: 10, invitationsPerEvent: 200 },
        coordinators: 10,
        signedInVolunteers: num('signed-in'),
        invitations: num('invitations'),
      },
      PREFIX,
      log,
    );
    const worker = await startWorker(env, queues);
    procs.worker = worker.proc;
    cleanups.push(() => stopProc(procs.worker));
    // What the worker's first scheduler runs send for the seeded data goes out before the measured load.
    const before = await waitDrained(queues, pool, num('drain-timeout') * 1000);
    log(`worker started; outbox before load: ${JSON.stringify(before.outbox)}`);

    const mix = routes(data);
    const scale = num('scale');
    log(`running ${mix.length} routes, ${mix.reduce((n, r) => n + Math.max(1, Math.round(r.rate * scale)), 0)} req/s in total, for ${DURATION} s ...`);
    const loadStartedAt = Date.now();
    const rss = sampleRss({ api: procs.api.pid, worker: procs.worker.pid }, num('sample-every') * 1000);
    const stats = await runLoad(api.url, mix, DURATION, scale);
    const { samples, cpu } = rss.stop();
    const machineAfterLoad = uptime();
    const drain = await waitDrained(queues, pool, num('drain-timeout') * 1000);
    const alive = { api: procs.api.alive(), worker: procs.worker.alive() };

    const result = {
      stats,
      rss: { api: rssGrowth(samples, 'api', DURATION), worker: rssGrowth(samples, 'worker', DURATION) },
      cpu,
      heap: { api: heapGrowth(procs.api.heapAfterGc, loadStartedAt, DURATION), worker: heapGrowth(procs.worker.heapAfterGc, loadStartedAt, DURATION) },
      timeline: { api: timeline(samples, 'api', DURATION), worker: timeline(samples, 'worker', DURATION) },
      drain,
      mailsReceived: smtp.received(),
      alive,
    };
    const missed = printResults(result, { goals: GOALS, duration: DURATION, machine: machineAfterLoad, drainTimeout: num('drain-timeout') });
    if (!alive.api || !alive.worker) log(`process output:\n${!alive.api ? procs.api.output() : ''}${!alive.worker ? procs.worker.output() : ''}`);
    return missed;
  } finally {
    await cleanup();
  }
}

main().then(
  (missed) => process.exit(missed ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
