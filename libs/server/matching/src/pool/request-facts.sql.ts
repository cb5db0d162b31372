import type { EntityManager } from 'typeorm';
import type { MatchRoundSponsorshipRef, PupilDetails, SponsorshipKind, SponsorshipState } from '@miteinander/contracts';
import type { RequestFacts } from '@miteinander/domain-matching';
import { SqlParams } from '@miteinander/server-people';

/** A request as matching sees it: its facts for scoring, and how the coordinator recognises it. */
export interface MatchRequest {
  ref: MatchRoundSponsorshipRef;
  state: SponsorshipState;
  facts: RequestFacts;
}

interface RequestRow {
  id: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  involves_minors: boolean;
  name: string;
  municipality_id: number;
  municipality_name: string | null;
  lat: number | null;
  lon: number | null;
  languages: RequestFacts['languages'];
  german_level: RequestFacts['germanLevel'];
  availability: RequestFacts['availability'];
  sponsor_gender: RequestFacts['sponsorGender'];
  sponsor_age_min: number | null;
  sponsor_age_max: number | null;
  interpreter: boolean;
  children_ages: number[];
  pupil: PupilDetails | null;
}

const SELECT = `SELECT s.id, s.kind, s.state, s.involves_minors, b.name, b.municipality_id, mu.name AS municipality_name, mu.lat, mu.lon,
       b.languages, b.german_level, b.availability, b.sponsor_gender, b.sponsor_age_min, b.sponsor_age_max, b.interpreter, b.children_ages, b.pupil
  FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id LEFT JOIN municipalities mu ON mu.id = b.municipality_id`;

function requestOf(r: RequestRow): MatchRequest {
  return {
    ref: { id: r.id, name: r.name, kind: r.kind, municipalityName: r.municipality_name },
    state: r.state,
    facts: {
      kind: r.kind,
      languages: r.languages,
      germanLevel: r.german_level,
      location: r.lat != null && r.lon != null ? { lat: r.lat, lon: r.lon } : null,
      municipalityId: r.municipality_id,
      availability: r.availability,
      sponsorGender: r.sponsor_gender,
      sponsorAge: r.sponsor_age_min !== null || r.sponsor_age_max !== null ? { min: r.sponsor_age_min, max: r.sponsor_age_max } : null,
      interpreter: r.interpreter,
      involvesMinors: r.involves_minors,
      childrenAges: r.children_ages,
      pupil: r.pupil ? { subjects: r.pupil.subjects, grade: r.pupil.grade } : null,
    },
  };
}

/** The requests with these ids, in the order asked; unknown ids are left out. */
export async function requestsById(m: EntityManager, ids: readonly string[]): Promise<MatchRequest[]> {
  const rows: RequestRow[] = await m.query(`${SELECT} WHERE s.id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, requestOf(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every request ready to match, optionally of one kind or municipality, longest waiting first. */
export async function readyRequests(m: EntityManager, filter: { kind?: SponsorshipKind; municipalityId?: number }, limit: number): Promise<MatchRequest[]> {
  const p = new SqlParams();
  const where = [`s.state = 'ready_to_match'`];
  if (filter.kind) where.push(`s.kind = ${p.add(filter.kind)}`);
  if (filter.municipalityId != null) where.push(`b.municipality_id = ${p.add(filter.municipalityId)}`);
  const rows: RequestRow[] = await m.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.requested_at, s.id LIMIT ${p.add(limit)}`, p.values);
  return rows.map(requestOf);
}
