import type { EntityManager } from 'typeorm';
import type { PrivacySubjectType } from '@miteinander/contracts';

/** One person's ids: a volunteer profile and its account are the same person, and so are their email addresses. */
export interface Person {
  volunteerIds: string[];
  userIds: string[];
  beneficiaryIds: string[];
  emails: string[];
}

export const NO_ONE: Person = { volunteerIds: [], userIds: [], beneficiaryIds: [], emails: [] };

/** The parameters of PERSON_CTE. */
export const personParams = (p: Person): unknown[] => [p.volunteerIds, p.userIds, p.beneficiaryIds, p.emails];

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/**
 * A profile a coordinator recorded under the account's confirmed email, not yet linked (the link happens on the
 * person's first visit to their volunteering page; OwnVolunteerService links it only when it is the only one).
 * It is this person's data already, so their export must not depend on having visited that page.
 */
const LINKABLE_PROFILE_SQL = `SELECT v.id FROM users u JOIN volunteers v ON v.user_id IS NULL AND lower(v.email) = lower(u.email)
  WHERE u.id = ANY($2::uuid[]) AND u.email_verified_at IS NOT NULL
    AND (SELECT count(*) FROM volunteers o WHERE o.user_id IS NULL AND lower(o.email) = lower(u.email)) = 1`;

/**
 * Widens the given ids to the whole person (or people): the account behind a volunteer profile, the profile behind an
 * account, and every email address they have. Ids that no longer exist stay in, so erased rows restored later match.
 */
export async function resolvePeople(m: EntityManager, given: Omit<Person, 'emails'>): Promise<Person> {
  const [row]: { v: string[]; u: string[]; b: string[]; e: string[] }[] = await m.query(
    `WITH linkable AS (${LINKABLE_PROFILE_SQL}),
          vol AS (SELECT id, user_id, email FROM volunteers WHERE id = ANY($1::uuid[]) OR user_id = ANY($2::uuid[]) OR id IN (SELECT id FROM linkable)),
          usr AS (SELECT id, email FROM users WHERE id = ANY($2::uuid[]) OR id IN (SELECT user_id FROM vol)),
          ben AS (SELECT id, email FROM beneficiaries WHERE id = ANY($3::uuid[]))
     SELECT ARRAY(SELECT id FROM vol) AS v, ARRAY(SELECT id FROM usr) AS u, ARRAY(SELECT id FROM ben) AS b,
            ARRAY(SELECT DISTINCT lower(x.e) FROM (SELECT email FROM vol UNION SELECT email FROM usr UNION SELECT email FROM ben) AS x(e) WHERE x.e IS NOT NULL) AS e`,
    [given.volunteerIds, given.userIds, given.beneficiaryIds],
  );
  return {
    volunteerIds: union(given.volunteerIds, row!.v),
    userIds: union(given.userIds, row!.u),
    beneficiaryIds: union(given.beneficiaryIds, row!.b),
    emails: row!.e,
  };
}

export function subjectIds(type: PrivacySubjectType, id: string): Omit<Person, 'emails'> {
  return { volunteerIds: type === 'volunteer' ? [id] : [], userIds: type === 'user' ? [id] : [], beneficiaryIds: type === 'beneficiary' ? [id] : [] };
}

const LABEL_SQL: Record<PrivacySubjectType, string> = {
  volunteer: `SELECT first_name || ' ' || last_name AS label FROM volunteers WHERE id = $1`,
  user: `SELECT display_name AS label FROM users WHERE id = $1`,
  beneficiary: `SELECT name AS label FROM beneficiaries WHERE id = $1`,
};

/** The subject's display name as staff see it, or null when there is no such record. */
export async function subjectLabel(m: EntityManager, type: PrivacySubjectType, id: string): Promise<string | null> {
  const rows: { label: string }[] = await m.query(LABEL_SQL[type], [id]);
  return rows[0]?.label ?? null;
}
