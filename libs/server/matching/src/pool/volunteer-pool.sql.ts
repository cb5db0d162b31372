import { OCCUPYING_STATES, type MatchExclusionReason, type PoliceCertificateState } from '@miteinander/contracts';
import { shareableLanguages, type RequestFacts, type VolunteerFacts } from '@miteinander/domain-matching';
import type { PoliceCertificateRules } from '@miteinander/domain-volunteers';
import { placementAllowedSql, policeCertificateSql, SqlParams } from '@miteinander/server-people';

/** A volunteer as matching sees them: the scoring facts plus what the coordinator reads. */
export interface PoolVolunteer extends VolunteerFacts {
  name: string;
  municipalityName: string | null;
}

/** For one request: its hard constraints go into the statement, so only feasible volunteers leave the database. */
export interface PoolFilter {
  sponsorshipId: string;
  request: Pick<RequestFacts, 'languages' | 'germanLevel' | 'interpreter' | 'involvesMinors'>;
}

export type Rules = Pick<PoliceCertificateRules, 'validYears' | 'remindDays'>;

/**
 * The volunteers with their facts in one set-based statement: occupied places counted per volunteer in one
 * grouped pass, the police-certificate state as everywhere else (policeCertificateSql), the municipality's
 * coordinates and the age on `today`. `where` is 'feasible' (passes every hard constraint) or 'all'.
 */
function poolParts(p: SqlParams, rules: Rules, today: string, filter?: PoolFilter) {
  const pc = policeCertificateSql(p, rules, today);
  const occupying = p.add(OCCUPYING_STATES);
  const from = `volunteers v
    LEFT JOIN municipalities mu ON mu.id = v.municipality_id
    LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
    LEFT JOIN (SELECT volunteer_id, count(*)::int AS n FROM sponsorships
                WHERE volunteer_id IS NOT NULL AND state = ANY(${occupying}::text[]) GROUP BY volunteer_id) o ON o.volunteer_id = v.id
    ${filter ? `LEFT JOIN match_exclusions x ON x.volunteer_id = v.id AND x.sponsorship_id = ${p.add(filter.sponsorshipId)}::uuid` : ''}`;
  const active = `(v.status = 'active' AND ${placementAllowedSql('v.id')})`;
  const free = `v.capacity > coalesce(o.n, 0)`;
  const certificateOk = `(${pc.state}) IN ('valid', 'reinspection_due')`;
  let language = 'true';
  if (filter && !filter.request.interpreter) {
    // language_codes is the generated text[] of the languages' codes: one array overlap per row, no JSON walked.
    const codes = shareableLanguages(filter.request);
    language = codes.length ? `v.language_codes && ${p.add(codes)}::text[]` : 'false';
  }
  const minors = filter?.request.involvesMinors ?? false;
  return { pc, from, active, free, certificateOk, language, minors, excluded: filter ? 'x.volunteer_id IS NOT NULL' : 'false' };
}

export const COLUMNS = (pcState: string, day: string, occupied = 'coalesce(o.n, 0)') => `v.id, v.first_name || ' ' || v.last_name AS name, v.status, v.languages, v.availability, v.gender,
  v.interests, v.skills, v.capacity, ${occupied} AS occupied, ${pcState} AS pc_state, v.municipality_id, mu.name AS municipality_name,
  mu.lat, mu.lon, CASE WHEN v.date_of_birth IS NULL THEN NULL ELSE date_part('year', age(${day}::date, v.date_of_birth))::int END AS age`;

/**
 * Volunteers who pass every hard constraint (for `filter`'s request), or all active ones with a free place;
 * `alsoIds` are included whatever their state (volunteers named in a round's locks, so their problem can be named).
 */
export function feasibleVolunteersSql(rules: Rules, today: string, filter?: PoolFilter, alsoIds: readonly string[] = []): { sql: string; values: unknown[] } {
  const p = new SqlParams();
  const q = poolParts(p, rules, today, filter);
  const day = p.add(today);
  let where = feasibleWhere(q);
  if (alsoIds.length) where = `(${where}) OR v.id = ANY(${p.add(alsoIds)}::uuid[])`;
  return { sql: `SELECT ${COLUMNS(q.pc.state, day)} FROM ${q.from} WHERE ${where}`, values: p.values };
}

function feasibleWhere(q: ReturnType<typeof poolParts>): string {
  return [q.active, q.free, q.minors ? q.certificateOk : 'true', q.language, `NOT ${q.excluded}`].join(' AND ');
}

/** How many volunteers each hard constraint removes, in the order the domain checks them (exclusionOf). */
export function exclusionCountsSql(rules: Rules, today: string, filter?: PoolFilter): { sql: string; values: unknown[] } {
  const p = new SqlParams();
  const q = poolParts(p, rules, today, filter);
  const reason = `CASE WHEN ${q.excluded} THEN 'excluded'
      WHEN NOT ${q.active} THEN 'notActive'
      WHEN NOT ${q.free} THEN 'capacityFull'
      WHEN ${q.minors} AND NOT ${q.certificateOk} THEN 'policeCertificate'
      WHEN NOT ${q.language} THEN 'noSharedLanguage' END`;
  return { sql: `SELECT reason, count(*)::int AS n FROM (SELECT ${reason} AS reason FROM ${q.from}) c WHERE reason IS NOT NULL GROUP BY reason`, values: p.values };
}

export interface PoolRow {
  id: string;
  name: string;
  status: VolunteerFacts['status'];
  languages: VolunteerFacts['languages'];
  availability: VolunteerFacts['availability'];
  gender: VolunteerFacts['gender'];
  interests: VolunteerFacts['interests'];
  skills: VolunteerFacts['skills'];
  capacity: number;
  occupied: number;
  pc_state: PoliceCertificateState;
  municipality_id: number | null;
  municipality_name: string | null;
  lat: number | null;
  lon: number | null;
  age: number | null;
}

export function poolVolunteer(r: PoolRow): PoolVolunteer {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    languages: r.languages,
    availability: r.availability,
    gender: r.gender,
    interests: r.interests,
    skills: r.skills,
    capacity: r.capacity,
    occupied: r.occupied,
    policeCertificate: r.pc_state,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    location: r.lat != null && r.lon != null ? { lat: r.lat, lon: r.lon } : null,
    age: r.age,
  };
}

export function countsOf(rows: { reason: MatchExclusionReason; n: number }[]): Partial<Record<MatchExclusionReason, number>> {
  return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
}
