// The honorary-card eligibility report (GET /api/v1/cards/eligibility?pageSize=25: the facts of every volunteer who
// has not left in one statement, the pure rules per row, filter, sort, the first page) through the whole API, against
// one bare aggregation over the same hour entries (`SELECT volunteer_id, sum(minutes) ... GROUP BY volunteer_id`)
// sent through `pg` in the same run; and one volunteer's eligibility (GET /api/v1/cards/eligibility/:id) against the
// single-volunteer facts statement (factsSql('one') with factsParams) bare through `pg`. Both on 100,000 volunteers
// and 5,000,000 hour entries over the last three years in the PostgreSQL server (database `miteinander_bench`).
// Goal (issue "honorary card"): the report ≤ 2× the bare aggregation (median); one volunteer ≤ 20 ms p95.
// The facts statement of the report alone (through `pg`) is printed too, to show where the report's time goes.
//   BENCH_VOLUNTEERS (100000), BENCH_ENTRIES (5000000), BENCH_SAMPLES (300, the single-volunteer case),
//   BENCH_REPORT_RUNS (5, the report and the aggregation, each after one warm-up)
const { join } = require('node:path');
const { freshDatabase, startApi, createSessions, percentile, timeEach, benchLine, Pool } = require('./support/bench-db.cjs');
const { insertVolunteers } = require('./support/volunteer-data.cjs');

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const ORGANISATIONS = 50;
const RULE_SET = 'landkreis-leipzig';
const dist = join(__dirname, '../../dist/apps/api');

const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Birth dates for most, employed or in training for every fifth; organisations to log hours with. */
async function enrichVolunteers(pool) {
  await pool.query(`
    UPDATE volunteers v SET
      date_of_birth = CASE WHEN s.g % 10 = 0 THEN NULL ELSE DATE '1945-01-01' + (s.g * 97 % 22000)::int END,
      employed_or_training = s.g % 5 = 0
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS g FROM volunteers) s WHERE s.id = v.id`);
  await pool.query(
    `INSERT INTO organisations (name, kind, municipality_id)
     SELECT 'Verein ' || g, (ARRAY['association','church','municipality','welfare','initiative'])[1 + g % 5], m.ids[1 + g % array_length(m.ids, 1)]
       FROM generate_series(1, $1) g, (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities) m`,
    [ORGANISATIONS],
  );
}

/**
 * `total` entries in set-based chunks, interleaved over the volunteers (as they are logged, not clustered by
 * person): three in four go to any volunteer, one in four to the busiest 5%, so the report has eligible, soon and
 * not-eligible volunteers. Dates over the last three years up to today; minutes multiples of 15 (15 min–4 h);
 * 90% approved, 10% submitted; 30% without an organisation.
 */
async function insertHourEntries(pool, total) {
  await pool.query(`CREATE TEMP TABLE bench_volunteer AS SELECT row_number() OVER (ORDER BY id)::int - 1 AS n, id FROM volunteers`);
  await pool.query(`CREATE UNIQUE INDEX ON bench_volunteer (n)`);
  await pool.query(`CREATE TEMP TABLE bench_org AS SELECT row_number() OVER (ORDER BY id)::int - 1 AS n, id FROM organisations`);
  const volunteers = (await pool.query('SELECT count(*)::int AS n FROM bench_volunteer')).rows[0].n;
  const busy = Math.max(1, Math.floor(volunteers / 20));
  const chunk = 1_000_000;
  for (let from = 1; from <= total; from += chunk) {
    const to = Math.min(total, from + chunk - 1);
    await pool.query(
      `INSERT INTO hour_entries (volunteer_id, organisation_id, activity_date, minutes, activity, status)
       SELECT v.id, o.id, current_date - (r.d % 1095)::int, (15 * (1 + r.m % 16))::int,
              (ARRAY['Lernpatenschaft','Begleitung','Hausaufgabenhilfe','Fahrdienst','Sprachcafé'])[1 + g % 5],
              CASE WHEN g % 10 = 3 THEN 'submitted' ELSE 'approved' END
         FROM generate_series($1::bigint, $2::bigint) g
        CROSS JOIN LATERAL (SELECT hashint8(g)::bigint & 2147483647 AS v, hashint8(-g)::bigint & 2147483647 AS d, hashint8(g + 1000000000)::bigint & 2147483647 AS m) r
         JOIN bench_volunteer v ON v.n = CASE WHEN r.d % 4 = 0 THEN r.v % $4 ELSE r.v % $3 END
         LEFT JOIN bench_org o ON o.n = (CASE WHEN r.m % 10 < 3 THEN NULL ELSE r.m % $5 END)`,
      [from, to, volunteers, busy, ORGANISATIONS],
    );
  }
}

async function main() {
  const started = Date.now();
  const databaseUrl = await freshDatabase();
  const { app, url } = await startApi(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    // The rule sets come from the API's start-up seeder (version 1 of each built-in set); add them if missing.
    let ruleRows = (await pool.query('SELECT parameters FROM card_rule_sets WHERE code = $1 ORDER BY version DESC', [RULE_SET])).rows;
    if (!ruleRows.length) {
      const { seedCardRuleSets } = require(join(dist, 'libs/server/cards/src/rules/rule-set-seeder.js'));
      await seedCardRuleSets({ query: (sql, values) => pool.query(sql, values).then((r) => r.rows) });
      ruleRows = (await pool.query('SELECT parameters FROM card_rule_sets WHERE code = $1 ORDER BY version DESC', [RULE_SET])).rows;
      if (!ruleRows.length) throw new Error(`rule set ${RULE_SET} missing after seeding`);
      console.log(`rule sets: not there after start-up, seeded from SEED_RULE_SETS`);
    }

    const t0 = Date.now();
    await insertVolunteers(pool, VOLUNTEERS);
    await enrichVolunteers(pool);
    console.log(`data: ${VOLUNTEERS} volunteers in ${seconds(t0)}`);
    const t1 = Date.now();
    await insertHourEntries(pool, ENTRIES);
    console.log(`data: ${ENTRIES} hour entries in ${seconds(t1)}`);
    const t2 = Date.now();
    await pool.query('VACUUM ANALYZE');
    const counts = (await pool.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'approved')::int AS approved, count(DISTINCT volunteer_id)::int AS people FROM hour_entries`)).rows[0];
    console.log(`data: VACUUM ANALYZE in ${seconds(t2)}; ${counts.n} entries (${counts.approved} approved) of ${counts.people} volunteers`);

    const [staff] = await createSessions(pool, 'coordinator', 1, 'coordinator');
    const get = async (path) => {
      const res = await fetch(`${url}/api/v1${path}`, { headers: staff.headers });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };

    // The statements the API sends, with the same windows (the rule set's, the county's today).
    const { factsSql, factsParams } = require(join(dist, 'libs/server/cards/src/eligibility/facts.sql.js'));
    const { factWindows } = require(join(dist, 'libs/domain/cards/src/index.js'));
    const { localDate } = require(join(dist, 'libs/domain/reminders/src/index.js'));
    const today = localDate(new Date(), 'Europe/Berlin');
    const params = factsParams(factWindows(ruleRows[0].parameters.hours.window, today));
    const ALL = factsSql('all');
    const ONE = factsSql('one');
    const AGGREGATE = `SELECT volunteer_id, sum(minutes) FROM hour_entries WHERE status = 'approved' GROUP BY volunteer_id`;

    // 1. The whole report, first page, against the bare aggregation; the facts statement alone for scale.
    const report = await get('/cards/eligibility?pageSize=25');
    const listed = (await pool.query(`SELECT count(*)::int AS n FROM volunteers WHERE status <> 'left'`)).rows[0].n;
    if (report.total !== listed || report.items.length !== Math.min(25, listed)) throw new Error(`report: total ${report.total} (expected ${listed}), ${report.items.length} items`);
    console.log(`report: ${report.total} volunteers, groups ${JSON.stringify(report.counts)}, rule set ${report.ruleSet.code} v${report.ruleSet.version}`);

    const oursReport = await timeEach(RUNS, () => get('/cards/eligibility?pageSize=25'), 0);
    const refReport = await timeEach(RUNS, () => pool.query(AGGREGATE), 1);
    const factsAll = await timeEach(RUNS, () => pool.query(ALL, params), 1);
    const med = (xs) => percentile(xs, 50);
    console.log(
      `report runs (ms): ours ${oursReport.map((t) => t.toFixed(0)).join(' ')}; aggregation ${refReport.map((t) => t.toFixed(0)).join(' ')}; facts statement ${factsAll.map((t) => t.toFixed(0)).join(' ')}`,
    );
    console.log(`facts statement alone through pg (factsSql('all')): median ${med(factsAll).toFixed(1)} ms = ${(med(factsAll) / med(refReport)).toFixed(2)}× the aggregation, ${((100 * med(factsAll)) / med(oursReport)).toFixed(0)}% of the report`);
    console.log(benchLine('eligibility-report', VOLUNTEERS, med(oursReport), med(refReport), 'ms'));
    console.log(`goal ≤ 2× the bare aggregation (median): ${med(oursReport) <= 2 * med(refReport) ? 'met' : 'NOT met'}`);

    // 2. One volunteer, random ones (any status: the check works for everyone), against the same statement bare.
    const ids = (await pool.query('SELECT id FROM volunteers ORDER BY random() LIMIT 500')).rows.map((r) => r.id);
    const one = await get(`/cards/eligibility/${ids[0]}`);
    const bare = (await pool.query(ONE, [...params, ids[0]])).rows[0];
    if (!bare || typeof one !== 'object') throw new Error('single-volunteer check returned nothing');
    const oursOne = await timeEach(SAMPLES, (i) => get(`/cards/eligibility/${ids[i % ids.length]}`));
    const refOne = await timeEach(SAMPLES, (i) => pool.query(ONE, [...params, ids[i % ids.length]]));
    console.log(`one volunteer: median ours ${med(oursOne).toFixed(2)} ms, ref ${med(refOne).toFixed(2)} ms`);
    console.log(benchLine('eligibility-one', VOLUNTEERS, percentile(oursOne, 95), percentile(refOne, 95), 'ms'));
    console.log(`goal ≤ 20 ms p95 through the API: ${percentile(oursOne, 95) <= 20 ? 'met' : 'NOT met'}`);
    console.log(`total run: ${seconds(started)}`);
  } finally {
    await pool.end();
    await app.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
