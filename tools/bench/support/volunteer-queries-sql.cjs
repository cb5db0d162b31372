const { join } = require('node:path');

// The statements the API sends for the two measured requests, run bare through `pg` as the reference: the list's
// two statements as libs/server/people/src/volunteers/volunteer-list.service.ts assembles them for a municipality +
// language filter (written out here, as the service builds them from its filters), and the totals statement itself.
const VALID_YEARS = 5;
const REMIND_DAYS = 60;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

const LIST_COUNT_SQL = `SELECT count(*)::int AS total FROM volunteers v LEFT JOIN municipalities m ON m.id = v.municipality_id
  LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
 WHERE v.municipality_id = $1 AND v.languages @> $2::jsonb`;

const LIST_PAGE_SQL = `SELECT v.id, v.first_name, v.last_name, v.email, v.phone, v.municipality_id, m.name AS municipality_name, v.languages, v.skills, v.status,
       CASE WHEN p.volunteer_id IS NULL THEN 'missing'
            WHEN NOT coalesce(p.entry_tag = encode(sha256($9::bytea || sha256($8::bytea || convert_to(p.volunteer_id::text || '|false', 'UTF8'))), 'hex'), false) THEN 'relevant_entry'
            WHEN (p.issue_date + make_interval(years => $3::int))::date < $5::date THEN 'expired'
            WHEN (p.issue_date + make_interval(years => $3::int))::date - $4::int <= $5::date THEN 'reinspection_due'
            ELSE 'valid' END AS pc_state,
       CASE WHEN p.volunteer_id IS NULL THEN NULL ELSE (p.issue_date + make_interval(years => $3::int))::date::text END AS pc_valid_until,
       v.created_at
  FROM volunteers v LEFT JOIN municipalities m ON m.id = v.municipality_id LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
 WHERE v.municipality_id = $1 AND v.languages @> $2::jsonb
 ORDER BY v.last_name ASC, v.first_name ASC, v.id ASC LIMIT $6 OFFSET $7`;

// The relevant-entry fact is encrypted; the statement compares its blind-index tag, keyed like the bench's api.
const { FieldCipher } = require(join(__dirname, '../../../dist/apps/api/libs/server/platform/src/index.js'));
const { BENCH_ENCRYPTION_KEYS } = require('./bench-db.cjs');
const tagPads = () => {
  const sink = [];
  new FieldCipher([{ id: 'bench', key: Buffer.from(BENCH_ENCRYPTION_KEYS.split(':')[1], 'base64') }]).blindIndex.tagSql({ add: (v) => `$${sink.push(v)}` }, "''");
  return sink;
};

/** The list is two statements, the page and then the total, as the API sends them. */
async function runList(pool, filter, pageSize) {
  const language = JSON.stringify([{ code: filter.language }]);
  const page = await pool.query(LIST_PAGE_SQL, [filter.municipalityId, language, VALID_YEARS, REMIND_DAYS, today(), pageSize, 0, ...tagPads()]);
  await pool.query(LIST_COUNT_SQL, [filter.municipalityId, language]);
  return page.rows;
}

// The totals statement is the service's own, taken from the build.
const { TOTALS_SQL } = require(join(__dirname, '../../../dist/apps/api/libs/server/hours/src/totals.service.js'));

function runTotals(pool, volunteerId) {
  const day = today();
  const rollingFrom = new Date(Date.parse(`${day}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  return pool.query(TOTALS_SQL, [volunteerId, day, `${day.slice(0, 4)}-01-01`, rollingFrom]);
}

module.exports = { runList, runTotals, today };
