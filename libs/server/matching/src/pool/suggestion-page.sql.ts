import { shareableLanguages, type ScoreBound } from '@miteinander/domain-matching';
import { earliestValidIssueDate } from '@miteinander/domain-volunteers';
import { noRelevantEntrySql, placementAllowedSql, policeCertificateSql, SqlParams } from '@miteinander/server-people';
import { COLUMNS, type PoolFilter, type Rules } from './volunteer-pool.sql';

/**
 * The hard constraints over match_pool (one narrow row per volunteer, kept by triggers; alias mp, with the
 * request's exclusions joined as x), in the order of the domain's exclusionOf.
 */
function constraints(p: SqlParams, rules: Rules, today: string, filter: PoolFilter) {
  const { request } = filter;
  const codes = shareableLanguages(request);
  const speaks = request.interpreter ? 'true' : codes.length ? `mp.language_codes && ${p.add(codes)}::text[]` : 'false';
  // valid or reinspection_due in policeCertificateSql's terms: recorded, no relevant entry, not expired; the
  // expiry as one cut-off date (earliestValidIssueDate), so no row needs date arithmetic.
  const certificate = request.involvesMinors ? `(coalesce(mp.pc_issue_date >= ${p.add(earliestValidIssueDate(today, rules))}::date, false) AND ${noRelevantEntrySql(p, 'mp.volunteer_id', 'mp.pc_entry_tag')})` : 'true';
  return {
    from: `match_pool mp LEFT JOIN match_exclusions x ON x.volunteer_id = mp.volunteer_id AND x.sponsorship_id = ${p.add(filter.sponsorshipId)}::uuid`,
    ordered: [
      ['excluded', 'x.volunteer_id IS NULL'],
      ['notActive', `(mp.status = 'active' AND ${placementAllowedSql('mp.volunteer_id')})`],
      ['capacityFull', 'mp.capacity > mp.occupied'],
      ['policeCertificate', certificate],
      ['noSharedLanguage', speaks],
    ] as const,
  };
}

/** How many volunteers each hard constraint removes for the request (the first one each breaks). */
export function poolExclusionCountsSql(rules: Rules, today: string, filter: PoolFilter): { sql: string; values: unknown[] } {
  const p = new SqlParams();
  const c = constraints(p, rules, today, filter);
  const reason = `CASE ${c.ordered.map(([name, passes]) => `WHEN NOT ${passes} THEN '${name}'`).join(' ')} END`;
  return { sql: `SELECT reason, count(*)::int AS n FROM (SELECT ${reason} AS reason FROM ${c.from}) r WHERE reason IS NOT NULL GROUP BY reason`, values: p.values };
}

/**
 * One page of the request's feasible volunteers from match_pool, best score bound first (domain-matching's
 * scoreBound), chosen on the narrow rows and then read in full by primary key.
 */
export function suggestionPageSql(rules: Rules, today: string, filter: PoolFilter, bound: ScoreBound, page: { limit: number; offset: number }): { sql: string; values: unknown[] } {
  const p = new SqlParams();
  const day = p.add(today);
  const c = constraints(p, rules, today, filter);
  // Distance fits as an array indexed by municipality id (small integers): one subscript per row; an id not in it
  // counts as a full fit, so the bound stays a bound.
  const byId: (number | null)[] = [];
  for (const m of bound.municipalityFits) if (Number.isInteger(m.municipalityId) && m.municipalityId > 0 && m.municipalityId <= 100_000) byId[m.municipalityId - 1] = m.fit;
  const fits = p.add(Array.from(byId, (f) => f ?? null));
  const distance = `CASE WHEN mp.municipality_id IS NULL THEN ${p.add(bound.noMunicipalityFit)}::float8 ELSE coalesce((${fits}::float8[])[mp.municipality_id], 1) END`;
  // One overlap test per wanted slot: how many of the request's slots the volunteer has.
  const matched = bound.wanted.length ? `(${bound.wanted.map((slot) => `(mp.availability && ARRAY[${p.add(slot)}::text])::int`).join(' + ')})::float8 / ${bound.wanted.length}` : '0';
  const interests = `CASE WHEN mp.interests @> ARRAY[${p.add(bound.interest)}::text] THEN ${p.add(bound.interestFit.with)}::float8 ELSE ${p.add(bound.interestFit.without)}::float8 END`;
  const lifeStage = `CASE WHEN mp.skills @> ARRAY['childcare'] THEN ${p.add(bound.lifeStageFit.with)}::float8 ELSE ${p.add(bound.lifeStageFit.without)}::float8 END`;
  const language = `CASE WHEN mp.language_codes && ${p.add(bound.languageCodes)}::text[] THEN ${p.add(bound.languageFit.shared)}::float8
    WHEN mp.language_codes @> ARRAY['de'] THEN ${p.add(bound.languageFit.german)}::float8 ELSE ${p.add(bound.languageFit.none)}::float8 END`;
  const score = `(${p.add(bound.constant)}::float8 + ${p.add(bound.languageWeight)}::float8 * ${language} + ${p.add(bound.distanceWeight)}::float8 * ${distance} + ${p.add(bound.availabilityWeight)}::float8 * ${matched}
    + ${p.add(bound.interestsWeight)}::float8 * ${interests} + ${p.add(bound.lifeStageWeight)}::float8 * ${lifeStage}) * 100 / ${p.add(bound.total || 1)}::float8`;
  const pc = policeCertificateSql(p, rules, today);
  return {
    sql: `WITH page AS (
        SELECT mp.volunteer_id AS id, mp.occupied, ${score} AS bound FROM ${c.from}
         WHERE ${c.ordered.map(([, passes]) => passes).join(' AND ')}
         ORDER BY bound DESC, mp.volunteer_id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)})
      SELECT ${COLUMNS(pc.state, day, 'page.occupied')}, page.bound
        FROM page JOIN volunteers v ON v.id = page.id LEFT JOIN municipalities mu ON mu.id = v.municipality_id
             LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
       ORDER BY page.bound DESC, v.id`,
    values: p.values,
  };
}
