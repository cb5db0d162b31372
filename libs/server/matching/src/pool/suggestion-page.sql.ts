import type { ScoreBound } from '@miteinander/domain-matching';
import { earliestValidIssueDate } from '@miteinander/domain-volunteers';
import { policeCertificateSql, SqlParams } from '@miteinander/server-people';
import { COLUMNS, type PoolFilter, type Rules } from './volunteer-pool.sql';

/**
 * Suggestions in one pass over match_pool (one narrow row per volunteer, kept by triggers): each volunteer is
 * classified once (the first hard constraint broken, in the order of the domain's exclusionOf; the costlier tests
 * only run for those still in), the feasible get their score bound (domain-matching's scoreBound), and the result
 * is one page of the feasible, best bound first, read in full by primary key, with the counts per broken
 * constraint on every row; with no feasible volunteer on the page, one row with a null id carries the counts.
 */
export function suggestionPageSql(rules: Rules, today: string, filter: PoolFilter, bound: ScoreBound, page: { limit: number; offset: number }): { sql: string; values: unknown[] } {
  const p = new SqlParams();
  const day = p.add(today);
  const { request } = filter;
  const codes = request.languages.map((l) => l.code);
  if (request.germanLevel !== 'none') codes.push('de');
  const speaks = request.interpreter ? 'true' : codes.length ? `mp.language_codes && ${p.add([...new Set(codes)])}::text[]` : 'false';
  // valid or reinspection_due in policeCertificateSql's terms: recorded, no relevant entry, not expired; the
  // expiry as one cut-off date (earliestValidIssueDate), so no row needs date arithmetic.
  const certificateOk = `(coalesce(mp.pc_issue_date >= ${p.add(earliestValidIssueDate(today, rules))}::date, false) AND NOT mp.pc_relevant_entry)`;
  const reason = `CASE WHEN x.volunteer_id IS NOT NULL THEN 'excluded' WHEN mp.status <> 'active' THEN 'notActive' WHEN mp.capacity <= mp.occupied THEN 'capacityFull'
      WHEN ${request.involvesMinors} AND NOT ${certificateOk} THEN 'policeCertificate' WHEN NOT ${speaks} THEN 'noSharedLanguage' END`;

  // Distance fits as an array indexed by municipality id (small integers): one subscript per row; an id not in it
  // counts as a full fit, so the bound stays a bound.
  const byId: (number | null)[] = [];
  for (const m of bound.municipalityFits) if (Number.isInteger(m.municipalityId) && m.municipalityId > 0 && m.municipalityId <= 100_000) byId[m.municipalityId - 1] = m.fit;
  const fits = p.add(Array.from(byId, (f) => f ?? null));
  const distance = `CASE WHEN r.municipality_id IS NULL THEN ${p.add(bound.noMunicipalityFit)}::float8 ELSE coalesce((${fits}::float8[])[r.municipality_id], 1) END`;
  // One overlap test per wanted slot: how many of the request's slots the volunteer has.
  const matched = bound.wanted.length ? `(${bound.wanted.map((slot) => `(r.availability && ARRAY[${p.add(slot)}::text])::int`).join(' + ')})::float8 / ${bound.wanted.length}` : '0';
  const score = `(${p.add(bound.constant)}::float8 + ${p.add(bound.distanceWeight)}::float8 * ${distance} + ${p.add(bound.availabilityWeight)}::float8 * ${matched}) * 100 / ${p.add(bound.total || 1)}::float8`;

  const pc = policeCertificateSql(p, rules, today);
  return {
    sql: `WITH c AS (
        SELECT r.id, r.reason, r.occupied, CASE WHEN r.reason IS NULL THEN ${score} END AS bound
          FROM (SELECT mp.volunteer_id AS id, mp.occupied, mp.availability, mp.municipality_id, ${reason} AS reason
                  FROM match_pool mp LEFT JOIN match_exclusions x ON x.volunteer_id = mp.volunteer_id AND x.sponsorship_id = ${p.add(filter.sponsorshipId)}::uuid) r),
      counts AS (SELECT coalesce(json_object_agg(reason, n), '{}') AS counts FROM (SELECT reason, count(*)::int AS n FROM c WHERE reason IS NOT NULL GROUP BY reason) g),
      page AS (SELECT id, occupied, bound FROM c WHERE reason IS NULL ORDER BY bound DESC, id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)})
      SELECT counts.counts, ${COLUMNS(pc.state, day, 'page.occupied')}, page.bound
        FROM counts LEFT JOIN (page JOIN volunteers v ON v.id = page.id LEFT JOIN municipalities mu ON mu.id = v.municipality_id
                               LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id) ON true
       ORDER BY page.bound DESC, v.id`,
    values: p.values,
  };
}
