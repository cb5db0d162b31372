import type { TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, daysAgo } from './hours-fixtures';
import { api, backdate, familyRequest, municipalityId } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

/** A family request walked to ready_to_match through the API (Arabic-speaking, with a child, in `municipality`). */
export async function readyRequest(t: TestApp, coord: SignedIn, overrides: Record<string, unknown> = {}, municipality = 'Grimma'): Promise<string> {
  const c = api(coord);
  const res = await c.create(await familyRequest(t, { municipalityId: await municipalityId(t, municipality), ...overrides }));
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  const id: string = res.body.id;
  await backdate(t, id, 30);
  for (const step of [{ to: 'intake' }, { to: 'ready_to_match' }]) {
    const moved = await c.move(id, step);
    if (moved.status !== 200) throw new Error(`${step.to}: ${moved.status} ${JSON.stringify(moved.body)}`);
  }
  return id;
}

export interface MatchVolunteerSpec {
  name: string;
  municipality?: string;
  languages?: { code: string; level: string }[];
  availability?: string[];
  interests?: string[];
  skills?: string[];
  capacity?: number;
  status?: string;
  /** A fresh, clean police-certificate inspection (default true). */
  certificate?: boolean;
}

/** An active volunteer without an account, with the facts matching reads. Plain SQL: people's code is not under test. */
export async function matchVolunteer(t: TestApp, spec: MatchVolunteerSpec): Promise<string> {
  const municipality = await municipalityId(t, spec.municipality ?? 'Grimma');
  const { id } = await addVolunteer(t, { firstName: spec.name, lastName: 'Test', email: `${spec.name.toLowerCase()}@example.org`, account: false, municipalityId: municipality });
  await t.dataSource.query(
    `UPDATE volunteers SET languages = $2::jsonb, availability = $3, interests = $4, skills = $5, capacity = $6, status = $7 WHERE id = $1`,
    [
      id,
      JSON.stringify(spec.languages ?? [{ code: 'ar', level: 'C1' }, { code: 'de', level: 'native' }]),
      spec.availability ?? ['tue-evening', 'sat-morning'],
      spec.interests ?? ['family_sponsorship'],
      spec.skills ?? [],
      spec.capacity ?? 1,
      spec.status ?? 'active',
    ],
  );
  if (spec.certificate !== false) {
    await insertPoliceCheck(t.dataSource, id, { inspectionDate: daysAgo(10), issueDate: daysAgo(20) });
  }
  return id;
}

export function matching(who: SignedIn, lang = 'de') {
  const with_ = <T extends { set: (k: string, v: string) => T }>(r: T) => r.set('x-xsrf-token', who.csrf).set('accept-language', lang);
  return {
    suggestions: (id: string, query = '') => who.agent.get(`/api/v1/matching/requests/${id}/suggestions${query}`).set('accept-language', lang),
    preview: (id: string, weights: unknown) => with_(who.agent.post(`/api/v1/matching/requests/${id}/suggestions/preview`)).send({ weights }),
    exclude: (id: string, body: unknown) => with_(who.agent.post(`/api/v1/matching/requests/${id}/exclusions`)).send(body as object),
    removeExclusion: (id: string) => with_(who.agent.delete(`/api/v1/matching/exclusions/${id}`)).send(),
    weights: () => who.agent.get('/api/v1/matching/weights').set('accept-language', lang),
    history: () => who.agent.get('/api/v1/matching/weights/history').set('accept-language', lang),
    saveWeights: (weights: unknown) => with_(who.agent.put('/api/v1/matching/weights')).send({ weights }),
    round: (body: unknown) => with_(who.agent.post('/api/v1/matching/rounds')).send(body as object),
    getRound: (id: string) => who.agent.get(`/api/v1/matching/rounds/${id}`).set('accept-language', lang),
    accept: (id: string, sponsorshipIds: string[]) => with_(who.agent.post(`/api/v1/matching/rounds/${id}/accept`)).send({ sponsorshipIds }),
  };
}
