// The coordinator's volunteer list (filtered by municipality + language, sorted by name, a page of 50) and one
// volunteer's hour totals, through the whole API (session, guard, validation, service, TypeORM), against the same
// SQL statements sent bare through `pg`, on 20,000 volunteers and 2,000,000 hour entries in the PostgreSQL server.
// Goal (issue 4): each ≤ 50 ms p95 through the API.
//   BENCH_VOLUNTEERS (20000), BENCH_ENTRIES_PER_VOLUNTEER (100), BENCH_SAMPLES (300)
const { freshDatabase, startApi, createSessions, percentile, timeEach, benchLine, Pool } = require('./support/bench-db.cjs');
const { insertVolunteers, insertHourEntries, LANGUAGES } = require('./support/volunteer-data.cjs');
const { runList, runTotals } = require('./support/volunteer-queries-sql.cjs');

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 20_000);
const PER_VOLUNTEER = Number(process.env.BENCH_ENTRIES_PER_VOLUNTEER ?? 100);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

async function main() {
  const databaseUrl = await freshDatabase();
  const { app, url } = await startApi(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const t0 = Date.now();
    await insertVolunteers(pool, VOLUNTEERS);
    await insertHourEntries(pool, PER_VOLUNTEER);
    await pool.query('VACUUM ANALYZE');
    const entries = (await pool.query('SELECT count(*)::int AS n FROM hour_entries')).rows[0].n;
    console.log(`data: ${VOLUNTEERS} volunteers, ${entries} hour entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const [staff] = await createSessions(pool, 'coordinator', 1, 'coordinator');
    const municipalities = (await pool.query('SELECT id FROM municipalities ORDER BY id')).rows.map((r) => r.id);
    const volunteerIds = (await pool.query('SELECT id FROM volunteers ORDER BY random() LIMIT 500')).rows.map((r) => r.id);
    const filter = (i) => ({ municipalityId: municipalities[i % municipalities.length], language: LANGUAGES[i % LANGUAGES.length] });

    const get = async (path) => {
      const res = await fetch(`${url}/api/v1${path}`, { headers: staff.headers });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };

    const first = await get(`/volunteers?municipalityId=${filter(0).municipalityId}&language=${filter(0).language}&sort=lastName&direction=asc&pageSize=50`);
    const bare = await runList(pool, filter(0), 50);
    if (first.items.length !== bare.length) throw new Error(`the API returned ${first.items.length} rows, the bare SQL ${bare.length}`);

    const listOurs = await timeEach(SAMPLES, (i) => {
      const f = filter(i);
      return get(`/volunteers?municipalityId=${f.municipalityId}&language=${f.language}&sort=lastName&direction=asc&page=1&pageSize=50`);
    });
    const listRef = await timeEach(SAMPLES, (i) => runList(pool, filter(i), 50));
    const totalsOurs = await timeEach(SAMPLES, (i) => get(`/volunteers/${volunteerIds[i % volunteerIds.length]}/hour-totals`));
    const totalsRef = await timeEach(SAMPLES, (i) => runTotals(pool, volunteerIds[i % volunteerIds.length]));

    const n = `${VOLUNTEERS}v/${entries}h`;
    console.log(benchLine('volunteer-list-p95', n, percentile(listOurs, 95), percentile(listRef, 95), 'ms'));
    console.log(benchLine('volunteer-totals-p95', n, percentile(totalsOurs, 95), percentile(totalsRef, 95), 'ms'));
    const ok = percentile(listOurs, 95) <= 50 && percentile(totalsOurs, 95) <= 50;
    console.log(`goal ≤ 50 ms p95 through the API: ${ok ? 'met' : 'NOT met'}`);
  } finally {
    await pool.end();
    await app.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
