// Every report (GET /api/v1/reports/<name>, a 2-year period, once for the county and once for one municipality) through
// the whole API (session, guard, scope validation, builder, suppression) against bare SQL computing the same report's
// main figures straight from the base tables (support/reports-sql.cjs), and the 2-year evaluation report (POST
// /api/v1/reports/evaluations, polled until done), on 100,000 volunteers, 5,000,000 hour entries and 20,000
// sponsorships in the PostgreSQL server. Goal (issue 10): each report ≤ 300 ms p95; the evaluation ≤ 10 s.
//   BENCH_VOLUNTEERS (100000), BENCH_HOURS_PER_VOLUNTEER (50), BENCH_SPONSORSHIPS (20000), BENCH_CARDS (10000),
//   BENCH_GRANTS (2000), BENCH_EVENTS (40), BENCH_INVITATIONS_PER_EVENT (500), BENCH_SAMPLES (30), BENCH_EVALUATIONS (3),
//   BENCH_REUSE=1 keeps the database of the last run (no new seeding; for re-measuring after a change).
const { freshDatabase, startApi, createSessions, percentile, timeEach, benchLine, Pool } = require('./support/bench-db.cjs');
const { seedReportData } = require('./support/report-data.cjs');
const { REFERENCE_SQL } = require('./support/reports-sql.cjs');

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const SIZE = {
  volunteers: env('BENCH_VOLUNTEERS', 100_000),
  hoursPerVolunteer: env('BENCH_HOURS_PER_VOLUNTEER', 50),
  sponsorships: env('BENCH_SPONSORSHIPS', 20_000),
  cards: env('BENCH_CARDS', 10_000),
  grants: env('BENCH_GRANTS', 2_000),
  events: env('BENCH_EVENTS', 40),
  invitationsPerEvent: env('BENCH_INVITATIONS_PER_EVENT', 500),
};
const SAMPLES = env('BENCH_SAMPLES', 30);
const EVALUATIONS = env('BENCH_EVALUATIONS', 3);
const REPORT_GOAL_MS = 300;
const EVALUATION_GOAL_MS = 10_000;
const REPORTS = ['volunteers', 'sponsorships', 'hours', 'cards', 'grants', 'events'];

/** The last two years up to today in the county: the period the county council asks for. */
function twoYears() {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 2);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to };
}

async function databaseUrl() {
  if (process.env.BENCH_REUSE === '1') return `${process.env.BENCH_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432'}/${process.env.BENCH_DATABASE ?? 'miteinander_bench'}`;
  return freshDatabase();
}

/** Runs one evaluation export to the end; returns its duration in ms (from the POST to the poll that says done). */
async function evaluate(url, headers, period) {
  const t0 = Date.now();
  const res = await fetch(`${url}/api/v1/reports/evaluations`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(period) });
  const started = await res.json().catch(() => ({}));
  if (res.status !== 202 && res.status !== 201) throw new Error(`POST /reports/evaluations: ${res.status} ${JSON.stringify(started)}`);
  for (let view = started; ; ) {
    if (view.status === 'done') return { ms: Date.now() - t0, view };
    if (view.status === 'failed') throw new Error(`evaluation failed: ${JSON.stringify(view)}`);
    if (Date.now() - t0 > 120_000) throw new Error(`evaluation still running after 120 s: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
    const poll = await fetch(`${url}/api/v1/reports/evaluations/${started.id}`, { headers });
    view = await poll.json();
    if (poll.status !== 200) throw new Error(`GET /reports/evaluations/${started.id}: ${poll.status} ${JSON.stringify(view)}`);
  }
}

/** The first total-row figure of the given unit in a report (for a plausibility check against the bare SQL). */
function firstTotal(report, unit) {
  for (const table of report.tables) {
    const column = table.columns.find((c) => c.unit === unit);
    if (column && table.total && typeof table.total.cells[column.key] === 'number') return { table: table.key, column: column.key, value: table.total.cells[column.key] };
  }
  return null;
}

async function main() {
  const url0 = await databaseUrl();
  const { app, url } = await startApi(url0);
  const pool = new Pool({ connectionString: url0, max: 4 });
  const failures = [];
  try {
    if (process.env.BENCH_REUSE !== '1') {
      const t0 = Date.now();
      console.log('seeding:');
      const { counts } = await seedReportData(pool, SIZE);
      console.log(`data: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const counts = (await pool.query(`SELECT (SELECT count(*) FROM volunteers)::int AS v, (SELECT count(*) FROM hour_entries)::int AS h, (SELECT count(*) FROM sponsorships)::int AS s`)).rows[0];
    const n = `${counts.v}v/${counts.h}h/${counts.s}s`;

    const [staff] = await createSessions(pool, 'coordinator', 1, `coordinator-${Date.now()}-`);
    const headers = { ...staff.headers, 'accept-language': 'de' };
    const period = twoYears();
    // A municipality of the county with a middling number of volunteers.
    const municipalityId = (
      await pool.query(`SELECT municipality_id AS id FROM volunteers WHERE municipality_id IS NOT NULL GROUP BY 1 ORDER BY count(*), 1 OFFSET (SELECT count(DISTINCT municipality_id) / 2 FROM volunteers) LIMIT 1`)
    ).rows[0].id;
    console.log(`period ${period.from} – ${period.to}, municipality ${municipalityId}, ${SAMPLES} requests each`);

    const get = async (path) => {
      const res = await fetch(`${url}/api/v1${path}`, { headers });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };

    for (const name of REPORTS) {
      for (const scope of [{ ...period, municipalityId: null }, { ...period, municipalityId }]) {
        const query = `from=${scope.from}&to=${scope.to}${scope.municipalityId ? `&municipalityId=${scope.municipalityId}` : ''}`;
        const label = `report-${name}${scope.municipalityId ? '-municipality' : ''}-p95`;
        let report;
        try {
          report = await get(`/reports/${name}?${query}`);
        } catch (e) {
          console.log(`FAIL ${label}: ${e.message}`);
          failures.push(label);
          continue;
        }
        if (!report.tables.length) console.log(`note: the ${name} report has no tables yet (builder unfinished?)`);
        if (name === 'hours') {
          const [, , [refTotal]] = await REFERENCE_SQL.hours(pool, scope);
          const total = firstTotal(report, 'minutes');
          console.log(`check hours ${scope.municipalityId ? 'municipality' : 'county'}: API ${total ? `${total.table}.${total.column} total = ${total.value}` : 'has no minutes total'}, bare SQL approved minutes = ${refTotal.minutes}`);
        }
        if (name === 'volunteers') {
          const [activeByMonth] = await REFERENCE_SQL.volunteers(pool, scope);
          const byMonth = report.tables.find((t) => t.key === 'volunteersByMonth');
          console.log(`check volunteers ${scope.municipalityId ? 'municipality' : 'county'}: API active at the end = ${byMonth?.total?.cells.active}, bare SQL = ${activeByMonth.at(-1)?.active}`);
        }
        const ours = await timeEach(SAMPLES, () => get(`/reports/${name}?${query}`), 3);
        const ref = await timeEach(SAMPLES, () => REFERENCE_SQL[name](pool, scope), 3);
        console.log(benchLine(label, n, percentile(ours, 95), percentile(ref, 95), 'ms'));
        if (percentile(ours, 95) > REPORT_GOAL_MS) {
          console.log(`FAIL ${label}: ${percentile(ours, 95).toFixed(0)} ms > ${REPORT_GOAL_MS} ms`);
          failures.push(label);
        }
      }
    }

    const runs = [];
    try {
      for (let i = 0; i < EVALUATIONS; i++) runs.push(await evaluate(url, headers, period));
      const slowest = Math.max(...runs.map((r) => r.ms));
      const pdf = await fetch(`${url}${runs[0].view.pdfUrl ?? `/api/v1/reports/evaluations/${runs[0].view.id}/pdf`}`, { headers });
      const bytes = (await pdf.arrayBuffer()).byteLength;
      console.log(`evaluation runs: ${runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}; PDF ${pdf.status}, ${bytes} bytes`);
      // The reference for the evaluation: the bare SQL of all six reports for the same period, once.
      const t0 = Date.now();
      for (const name of REPORTS) await REFERENCE_SQL[name](pool, { ...period, municipalityId: null });
      console.log(benchLine('evaluation-2y-slowest', `${n}/${EVALUATIONS}runs`, slowest, Date.now() - t0, 'ms'));
      if (slowest > EVALUATION_GOAL_MS) {
        console.log(`FAIL evaluation-2y: ${(slowest / 1000).toFixed(1)} s > ${EVALUATION_GOAL_MS / 1000} s`);
        failures.push('evaluation');
      }
    } catch (e) {
      console.log(`FAIL evaluation-2y: ${e.message}`);
      failures.push('evaluation');
    }
    console.log(`goal ≤ ${REPORT_GOAL_MS} ms p95 per report, ≤ ${EVALUATION_GOAL_MS / 1000} s per evaluation: ${failures.length ? `NOT met (${failures.join(', ')})` : 'met'}`);
  } finally {
    await pool.end();
    await app.close();
  }
  if (failures.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
