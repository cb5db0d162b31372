// Top-10 suggestions for one request among 50,000 volunteers, through the whole API (session, guard, validation,
// the request's facts, weights, the candidate statement over match_pool, scoring with reasons, the exclusions, the
// audit row), against the bare SQL statement that fetches the candidates, sent through `pg` on the same server.
// Goal (issue 6): ≤ 100 ms p95 through the API.
//   BENCH_VOLUNTEERS (50000), BENCH_SAMPLES (200)
const { join } = require('node:path');
const { freshDatabase, startApi, createSessions, percentile, timeEach, benchLine, Pool } = require('./support/bench-db.cjs');
const { insertVolunteers, LANGUAGES } = require('./support/volunteer-data.cjs');

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 50_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const REQUESTS = 20;
const dist = join(__dirname, '../../dist/apps/api');

/** Gender, age, interests and skills spread over the volunteers; a clean police certificate for every second one. */
async function enrichVolunteers(pool) {
  await pool.query(`
    UPDATE volunteers v SET
      gender = (ARRAY['female','male','diverse','female'])[1 + s.g % 4],
      date_of_birth = DATE '1950-01-01' + (s.g * 97 % 20000)::int,
      interests = CASE WHEN s.g % 2 = 0 THEN ARRAY['family_sponsorship'] ELSE ARRAY['learning_sponsorship'] END,
      skills = CASE WHEN s.g % 5 = 0 THEN ARRAY['childcare','accompaniment'] ELSE ARRAY['tutoring'] END,
      availability = CASE WHEN s.g % 3 = 0 THEN ARRAY['tue-evening','sat-morning'] ELSE ARRAY['mon-evening','sat-morning'] END
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS g FROM volunteers) s WHERE s.id = v.id`);
  await pool.query(`
    INSERT INTO police_certificate_checks (volunteer_id, inspection_date, issue_date, relevant_entry, inspector)
    SELECT id, current_date - 10, current_date - 20, false, 'Bench' FROM (SELECT id, row_number() OVER (ORDER BY id) AS g FROM volunteers) s WHERE s.g % 2 = 0`);
}

/** Families with children waiting in ready_to_match, speaking the bench's languages, all over the county. */
async function insertRequests(pool, count) {
  const { rows } = await pool.query(
    `WITH b AS (
       INSERT INTO beneficiaries (kind, name, municipality_id, languages, german_level, needs, availability, children_ages, guardian_consent_by, guardian_consent_date)
       SELECT 'family', 'Familie ' || g, m.ids[1 + g * 3 % array_length(m.ids, 1)],
              jsonb_build_array(jsonb_build_object('code', ($1::text[])[1 + g % 10], 'level', 'native')),
              (ARRAY['none','A1','A2','B1'])[1 + g % 4], 'Begleitung', ARRAY['tue-evening','sat-morning'], ARRAY[4 + g % 10], 'Eltern', current_date - 5
         FROM generate_series(1, $2) g, (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities) m
       RETURNING id)
     INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, planned_months, trial_weeks)
     SELECT 'family', id, 'ready_to_match', true, 12, 6 FROM b RETURNING id`,
    [LANGUAGES, count],
  );
  return rows.map((r) => r.id);
}

async function main() {
  const databaseUrl = await freshDatabase();
  const { app, url } = await startApi(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const t0 = Date.now();
    await insertVolunteers(pool, VOLUNTEERS);
    await enrichVolunteers(pool);
    // The facts went in as plain SQL: the start-up pass encrypts them and writes their blind-index tags.
    const { FieldEncryptionService } = require(join(dist, 'libs/server/platform/src/index.js'));
    await app.get(FieldEncryptionService).reencryptAll();
    const requests = await insertRequests(pool, REQUESTS);
    await pool.query('VACUUM ANALYZE');
    console.log(`data: ${VOLUNTEERS} volunteers, ${REQUESTS} requests in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const [staff] = await createSessions(pool, 'coordinator', 1, 'coordinator');
    const get = async (path) => {
      const res = await fetch(`${url}/api/v1${path}`, { headers: staff.headers });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };

    // The reference: the very statements the API sends for the candidates (the first page, the top 200 by score
    // bound, and the exclusion counts, side by side), for the same requests, bare through pg. For scale, the plain
    // statement that returns every feasible volunteer with all facts (no pool, no bound) is timed too.
    const { suggestionPageSql, poolExclusionCountsSql } = require(join(dist, 'libs/server/matching/src/pool/suggestion-page.sql.js'));
    const { feasibleVolunteersSql } = require(join(dist, 'libs/server/matching/src/pool/volunteer-pool.sql.js'));
    const { requestsById } = require(join(dist, 'libs/server/matching/src/pool/request-facts.sql.js'));
    const { scoreBound, DEFAULT_WEIGHTS } = require(join(dist, 'libs/domain/matching/src/index.js'));
    const manager = { query: (sql, values) => pool.query(sql, values).then((r) => r.rows) };
    const facts = await requestsById(manager, requests);
    const rules = { validYears: 5, remindDays: 60 };
    const today = new Date().toISOString().slice(0, 10);
    const municipalities = (await pool.query('SELECT id, lat, lon FROM municipalities')).rows.map((m) => ({ id: m.id, location: m.lat == null ? null : { lat: m.lat, lon: m.lon } }));
    const filterOf = (r) => ({ sponsorshipId: r.ref.id, request: r.facts });
    const statements = facts.map((r) => [
      suggestionPageSql(rules, today, filterOf(r), scoreBound(r.facts, DEFAULT_WEIGHTS, municipalities), { limit: 200, offset: 0 }),
      poolExclusionCountsSql(rules, today, filterOf(r)),
    ]);
    const plain = facts.map((r) => feasibleVolunteersSql(rules, today, filterOf(r)));
    const candidateCounts = await Promise.all(plain.map((s) => pool.query(s.sql, s.values).then((r) => r.rowCount)));
    console.log(`candidates per request after the hard constraints: min ${Math.min(...candidateCounts)}, max ${Math.max(...candidateCounts)}`);

    const first = await get(`/matching/requests/${requests[0]}/suggestions?limit=10`);
    if (first.candidates.length !== Math.min(10, candidateCounts[0])) throw new Error(`expected ${Math.min(10, candidateCounts[0])} candidates, got ${first.candidates.length}`);

    const ours = await timeEach(SAMPLES, (i) => get(`/matching/requests/${requests[i % REQUESTS]}/suggestions?limit=10`));
    const ref = await timeEach(SAMPLES, (i) => Promise.all(statements[i % REQUESTS].map((st) => pool.query(st.sql, st.values))));
    const everyCandidate = await timeEach(Math.min(SAMPLES, 50), (i) => pool.query(plain[i % REQUESTS].sql, plain[i % REQUESTS].values), 5);
    console.log(`median: ours ${percentile(ours, 50).toFixed(1)} ms, ref ${percentile(ref, 50).toFixed(1)} ms; every feasible volunteer with all facts, no pool: p95 ${percentile(everyCandidate, 95).toFixed(1)} ms`);
    console.log(benchLine('matching-suggest', VOLUNTEERS, percentile(ours, 95), percentile(ref, 95), 'ms'));
    console.log(`goal ≤ 100 ms p95 through the API: ${percentile(ours, 95) <= 100 ? 'met' : 'NOT met'}`);
  } finally {
    await pool.end();
    await app.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
