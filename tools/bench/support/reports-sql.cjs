// The reports benchmark's reference: each report's main figures computed straight from the base tables with bare
// SQL through `pg` (no rollup, no suppression, no labels), so the API's figure is compared with what the plain
// statements cost. For hours that is the GROUP BY over hour_entries a report without the rollup would run.
// Every function takes a scope {from, to, municipalityId|null} (inclusive county dates) and returns the row sets.

/** The period as timestamptz bounds in the county's time zone (sargable on timestamptz columns). */
const PERIOD = `$1::date::timestamp AT TIME ZONE 'Europe/Berlin'`;
const PERIOD_END = `($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`;
const inPeriod = (col) => `${col} >= ${PERIOD} AND ${col} < ${PERIOD_END}`;
const monthKey = (col) => `to_char(${col} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')`;
/** `$3` is the municipality or NULL for the whole county. */
const inMunicipality = (col) => `($3::int IS NULL OR ${col} = $3::int)`;

const params = (s) => [s.from, s.to, s.municipalityId];
const all = (pool, s, statements) => Promise.all(statements.map((sql) => pool.query(sql, params(s)).then((r) => r.rows)));

/** Active at each month's end (from the status history), new and left per month, and counts per municipality. */
function volunteers(pool, s) {
  return all(pool, s, [
    // Active at a month's end = changes into 'active' minus changes out of it before that end: one pass over the history.
    `WITH months AS (
       SELECT to_char(m, 'YYYY-MM') AS key, ((m + interval '1 month')::timestamp AT TIME ZONE 'Europe/Berlin') AS month_end
         FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') m),
     deltas AS (
       SELECT CASE WHEN c.changed_at < ${PERIOD} THEN NULL ELSE ${monthKey('c.changed_at')} END AS key,
              sum(CASE WHEN c.to_status = 'active' THEN 1 ELSE 0 END - CASE WHEN c.from_status = 'active' THEN 1 ELSE 0 END)::int AS delta
         FROM volunteer_status_changes c JOIN volunteers v ON v.id = c.volunteer_id
        WHERE c.changed_at < ${PERIOD_END} AND ${inMunicipality('v.municipality_id')}
        GROUP BY 1)
     SELECT m.key, ((SELECT coalesce(sum(delta), 0) FROM deltas WHERE key IS NULL)
                    + sum(coalesce(d.delta, 0)) OVER (ORDER BY m.key))::int AS active
       FROM months m LEFT JOIN deltas d ON d.key = m.key ORDER BY m.key`,
    `SELECT ${monthKey('c.changed_at')} AS key, count(*) FILTER (WHERE c.from_status IS NULL)::int AS new,
            count(*) FILTER (WHERE c.to_status = 'left')::int AS left
       FROM volunteer_status_changes c JOIN volunteers v ON v.id = c.volunteer_id
      WHERE ${inPeriod('c.changed_at')} AND ${inMunicipality('v.municipality_id')}
      GROUP BY 1 ORDER BY 1`,
    `SELECT v.municipality_id, count(*) FILTER (WHERE v.status = 'active')::int AS active,
            count(*) FILTER (WHERE ${inPeriod('v.created_at')})::int AS new
       FROM volunteers v WHERE ${inMunicipality('v.municipality_id')}
      GROUP BY 1 ORDER BY 1`,
  ]);
}

/** Running in the period by kind and state; average days from request to the first proposal; closures by reason with durations. */
function sponsorships(pool, s) {
  return all(pool, s, [
    `SELECT s.kind, s.state, count(*)::int AS n
       FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id
      WHERE s.requested_at < ${PERIOD_END} AND (s.end_date IS NULL OR s.end_date >= $1::date) AND ${inMunicipality('b.municipality_id')}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    `SELECT s.kind, count(*)::int AS matched, round(avg(extract(epoch FROM t.first_proposal - s.requested_at) / 86400))::int AS waiting_days
       FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id
       JOIN (SELECT sponsorship_id, min(changed_at) AS first_proposal FROM sponsorship_transitions WHERE to_state = 'match_proposed' GROUP BY 1) t
         ON t.sponsorship_id = s.id
      WHERE ${inPeriod('t.first_proposal')} AND ${inMunicipality('b.municipality_id')}
      GROUP BY 1 ORDER BY 1`,
    `SELECT s.end_reason, count(*)::int AS n,
            round(avg((s.end_date - coalesce(s.trial_start, s.requested_at::date)) / 30.4375 * 10))::int AS tenth_months
       FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id
      WHERE s.state = 'closed' AND s.end_date BETWEEN $1::date AND $2::date AND ${inMunicipality('b.municipality_id')}
      GROUP BY 1 ORDER BY 1`,
  ]);
}

/** Approved minutes and distinct volunteers per month and per area (sponsorship kind, else organisation kind), over hour_entries. */
function hours(pool, s) {
  const base = `FROM hour_entries e JOIN volunteers v ON v.id = e.volunteer_id
      WHERE e.status = 'approved' AND e.activity_date BETWEEN $1::date AND $2::date AND ${inMunicipality('v.municipality_id')}`;
  return all(pool, s, [
    `SELECT to_char(e.activity_date, 'YYYY-MM') AS key, sum(e.minutes)::bigint AS minutes, count(DISTINCT e.volunteer_id)::int AS people ${base} GROUP BY 1 ORDER BY 1`,
    `SELECT coalesce(sp.kind, o.kind, 'other') AS area, sum(e.minutes)::bigint AS minutes, count(DISTINCT e.volunteer_id)::int AS people
       FROM hour_entries e JOIN volunteers v ON v.id = e.volunteer_id
       LEFT JOIN sponsorships sp ON sp.id = e.sponsorship_id LEFT JOIN organisations o ON o.id = e.organisation_id
      WHERE e.status = 'approved' AND e.activity_date BETWEEN $1::date AND $2::date AND ${inMunicipality('v.municipality_id')}
      GROUP BY 1 ORDER BY 1`,
    `SELECT sum(e.minutes)::bigint AS minutes, count(DISTINCT e.volunteer_id)::int AS people ${base}`,
  ]);
}

/** Applications received and cards issued per month, and both per municipality. */
function cards(pool, s) {
  return all(pool, s, [
    `SELECT ${monthKey('a.received_at')} AS key, count(*)::int AS applications
       FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id
      WHERE ${inPeriod('a.received_at')} AND ${inMunicipality('v.municipality_id')} GROUP BY 1 ORDER BY 1`,
    `SELECT ${monthKey('c.issued_at')} AS key, count(*)::int AS issued
       FROM cards c JOIN volunteers v ON v.id = c.volunteer_id
      WHERE ${inPeriod('c.issued_at')} AND ${inMunicipality('v.municipality_id')} GROUP BY 1 ORDER BY 1`,
    `SELECT v.municipality_id, count(DISTINCT a.id)::int AS applications, count(DISTINCT c.id)::int AS issued
       FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id LEFT JOIN cards c ON c.application_id = a.id AND ${inPeriod('c.issued_at')}
      WHERE (${inPeriod('a.received_at')} OR c.id IS NOT NULL) AND ${inMunicipality('v.municipality_id')} GROUP BY 1 ORDER BY 1`,
  ]);
}

/** Money requested (submitted in the period), approved (decided in it) and paid (paid in it) per field of action and municipality. */
function grants(pool, s) {
  const figures = (group) => `
    WITH apps AS (
      SELECT a.id, a.data->>'fieldOfAction' AS field, (a.data->>'municipalityId')::int AS municipality_id,
             CASE WHEN ${inPeriod('a.submitted_at')} THEN a.requested_cents END AS requested,
             CASE WHEN ${inPeriod('a.decided_at')} THEN a.approved_cents END AS approved
        FROM grant_applications a
       WHERE a.submitted_at IS NOT NULL AND ${inMunicipality("(a.data->>'municipalityId')::int")}),
    paid AS (SELECT p.application_id, sum(p.amount_cents) AS cents FROM grant_payments p WHERE p.paid_on BETWEEN $1::date AND $2::date GROUP BY 1)
    SELECT ${group}, count(a.requested)::int AS applications, coalesce(sum(a.requested), 0)::bigint AS requested,
           coalesce(sum(a.approved), 0)::bigint AS approved, coalesce(sum(p.cents), 0)::bigint AS paid
      FROM apps a LEFT JOIN paid p ON p.application_id = a.id
     WHERE a.requested IS NOT NULL OR a.approved IS NOT NULL OR p.cents IS NOT NULL
     GROUP BY 1 ORDER BY 1`;
  return all(pool, s, [figures('a.field'), figures('a.municipality_id')]);
}

/** Per event in the period: invited, accepted, checked in (the municipality filter does not apply). */
function events(pool, s) {
  return all(pool, s, [
    `SELECT e.id, e.title, count(*) FILTER (WHERE i.status NOT IN ('listed','removed'))::int AS invited,
            count(*) FILTER (WHERE i.status = 'accepted')::int AS accepted, count(i.checked_in_at)::int AS checked_in
       FROM recognition_events e JOIN event_invitations i ON i.event_id = e.id
      WHERE ${inPeriod('e.starts_at')} AND e.status <> 'cancelled' AND ($3::int IS NULL OR true)
      GROUP BY e.id, e.title ORDER BY min(e.starts_at)`,
  ]);
}

const REFERENCE_SQL = { volunteers, sponsorships, hours, cards, grants, events };

module.exports = { REFERENCE_SQL };
