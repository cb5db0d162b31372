// POST /api/v1/hours under load (autocannon, 100 connections) through the whole API against the PostgreSQL server,
// against a bare fastify + `pg` server executing the same core statements (session check, insert, audit row) in the
// same run on the same database. Goal (issue 4): ≥ 60% of the bare server's requests/s, p99 ≤ 50 ms.
//   BENCH_SECONDS (15 per side), BENCH_CONNECTIONS (100), BENCH_VOLUNTEERS (1000)
const { createHash } = require('node:crypto');
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const Fastify = require('fastify');
const { freshDatabase, startApi, createSessions, Pool } = require('./support/bench-db.cjs');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 1000);

let nextRequest = 0;

/**
 * Load from a child process (tools/bench/support/hours-load.cjs), so the load generator does not share this
 * process's event loop with the server it measures; awaited asynchronously, so this process keeps serving.
 */
async function load(url, sessionsFile, seconds = SECONDS) {
  const args = JSON.stringify({ url, sessionsFile, seconds, connections: CONNECTIONS, firstRequest: nextRequest });
  const child = spawn(process.execPath, [join(__dirname, 'support/hours-load.cjs'), args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error('load generator failed');
  const result = JSON.parse(out.trim().split('\n').pop());
  nextRequest = result.nextRequest;
  if (result.errors) console.log('status codes:', JSON.stringify(result.statusCodes));
  return result;
}

/** A short unmeasured run (JIT, connection pools, caches), then the measured one. */
async function measure(url, sessionsFile) {
  await load(url, sessionsFile, 3);
  return load(url, sessionsFile);
}

/** The reference: the same session check, insert and audit row, with nothing in between. */
async function startBare(databaseUrl) {
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  const app = Fastify();
  app.post('/api/v1/hours', async (req, reply) => {
    const token = /mit_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = (await pool.query('SELECT user_id, csrf_token, expires_at FROM sessions WHERE id = $1', [createHash('sha256').update(token ?? '').digest('hex')])).rows[0];
    if (!session || session.csrf_token !== req.headers['x-xsrf-token']) return reply.code(401).send();
    const user = (await pool.query('SELECT id, roles, active FROM users WHERE id = $1', [session.user_id])).rows[0];
    const { activityDate, minutes, activity, note } = req.body;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const entry = (
        await client.query(
          `INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, note, created_by)
           SELECT v.id, $2, $3, $4, $5, $1 FROM volunteers v WHERE v.user_id = $1 RETURNING id, activity_date, minutes, status`,
          [user.id, activityDate, minutes, activity, note],
        )
      ).rows[0];
      await client.query(`INSERT INTO audit_log (actor_id, action, entity, entity_id, diff) VALUES ($1, 'create', 'hour-entry', $2, $3)`, [user.id, entry.id, JSON.stringify({ minutes: [null, minutes] })]);
      await client.query('COMMIT');
      return reply.code(201).send(entry);
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${app.server.address().port}`, close: async () => (await app.close(), await pool.end()) };
}

async function main() {
  const databaseUrl = await freshDatabase();
  const api = await startApi(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const scratch = mkdtempSync(join(tmpdir(), 'mit-bench-'));
  try {
    const sessions = await createSessions(pool, 'volunteer', VOLUNTEERS, 'volunteer');
    const sessionsFile = join(scratch, 'sessions.json');
    writeFileSync(sessionsFile, JSON.stringify(sessions.map((s) => ({ headers: s.headers }))));
    await pool.query(
      `INSERT INTO volunteers (user_id, first_name, last_name, email, municipality_id, status)
       SELECT u.id, 'Bench', u.display_name, u.email, (SELECT min(id) FROM municipalities), 'active' FROM users u WHERE 'volunteer' = ANY(u.roles)`,
    );
    const probe = await fetch(`${api.url}/api/v1/hours`, { method: 'POST', headers: { ...sessions[0].headers, 'content-type': 'application/json' }, body: JSON.stringify({ activityDate: '2025-01-02', minutes: 60, activity: 'Probe' }) });
    if (probe.status !== 201) throw new Error(`probe: ${probe.status} ${await probe.text()}`);

    const bare = await startBare(databaseUrl);
    // Each side gets a short warm-up (JIT, connection pools, caches) that is not counted.
    const ref = await measure(bare.url, sessionsFile);
    await bare.close();
    const ours = await measure(api.url, sessionsFile);
    if (ours.errors || ref.errors) console.log(`errors: ours ${ours.errors}, ref ${ref.errors}`);
    console.log(`BENCH hours-api-rps n=${ours.total} ours=${ours.rps.toFixed(0)}req/s ref=${ref.rps.toFixed(0)}req/s ratio=${(ours.rps / ref.rps).toFixed(2)}`);
    console.log(`BENCH hours-api-p99 n=${ours.total} ours=${ours.p99}ms ref=${ref.p99}ms ratio=${(ours.p99 / ref.p99).toFixed(2)}`);
    console.log(`goal ≥ 0.60 of the bare server's requests/s: ${ours.rps / ref.rps >= 0.6 ? 'met' : 'NOT met'}; p99 ≤ 50 ms: ${ours.p99 <= 50 ? 'met' : 'NOT met'}`);
  } finally {
    await pool.end();
    await api.app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { startBare };
