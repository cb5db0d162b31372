import type { TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, daysAgo, type TestVolunteer } from './hours-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

export function fieldErrors(body: { errors?: { field: string; message: string }[] }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
}

export async function municipalityId(t: TestApp, name = 'Grimma'): Promise<number> {
  const [{ id }] = await t.dataSource.query(`SELECT id FROM municipalities WHERE name = $1`, [name]);
  return id;
}

/** A family of two adults and a 7-year-old in Grimma: minors are involved. */
export async function familyRequest(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    kind: 'family',
    name: 'Familie Haddad',
    municipalityId: await municipalityId(t),
    languages: [{ code: 'ar', level: 'native' }],
    germanLevel: 'A1',
    needs: 'Begleitung zu Ämtern, Deutsch üben',
    availability: ['tue-evening', 'sat-morning'],
    contact: { phone: '0176 5550123', address: 'Lange Straße 3, 04668 Grimma' },
    adults: 2,
    childrenAges: [7],
    guardianConsent: { givenBy: 'Rania Haddad', date: daysAgo(3) },
    ...overrides,
  };
}

/** An active volunteer with an account; `certificate: true` records a fresh, clean police-certificate inspection. */
export async function readyVolunteer(t: TestApp, email: string, opts: { certificate?: boolean; capacity?: number } = {}): Promise<TestVolunteer> {
  const v = await addVolunteer(t, { firstName: 'Lena', lastName: email.split('@')[0]!, email });
  await t.dataSource.query(`UPDATE volunteers SET capacity = $2 WHERE id = $1`, [v.id, opts.capacity ?? 1]);
  if (opts.certificate) {
    await insertPoliceCheck(t.dataSource, v.id, { inspectionDate: daysAgo(10), issueDate: daysAgo(20) });
  }
  return v;
}

export function api(who: SignedIn, lang = 'de') {
  const send = (method: 'post' | 'patch', path: string, body: unknown) =>
    who.agent[method](`/api/v1/sponsorships${path}`).set('x-xsrf-token', who.csrf).set('accept-language', lang).send(body as object);
  return {
    create: (body: unknown) => send('post', '', body),
    patch: (id: string, body: unknown) => send('patch', `/${id}`, body),
    move: (id: string, body: unknown) => send('post', `/${id}/transitions`, body),
    checkIn: (id: string, body: unknown) => send('post', `/${id}/check-ins`, body),
    rematch: (id: string) => send('post', `/${id}/rematch`, {}),
    get: (path: string) => who.agent.get(`/api/v1/sponsorships${path}`).set('accept-language', lang),
  };
}

/** The request was recorded `days` ago (so dates in the past are after it). */
export async function backdate(t: TestApp, id: string, days: number): Promise<void> {
  await t.dataSource.query(`UPDATE sponsorships SET requested_at = now() - make_interval(days => $2::int) WHERE id = $1`, [id, days]);
}

/** Walks a request (recorded 90 days ago) up to the trial with the given volunteer, each step through the API. */
export async function toTrial(t: TestApp, c: ReturnType<typeof api>, id: string, volunteerId: string, trialStart = daysAgo(50)): Promise<void> {
  await backdate(t, id, 90);
  for (const body of [
    { to: 'intake' },
    { to: 'ready_to_match' },
    { to: 'match_proposed', volunteerId },
    { to: 'intro_meeting', introMeetingDate: daysAgo(60) },
    { to: 'trial', bothAgreed: true, trialStart },
  ]) {
    const res = await c.move(id, body);
    if (res.status !== 200) throw new Error(`${body.to}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Gives or withdraws a consent as `who` does: `'me'` from the volunteer's own page, else staff for that volunteer id. */
export function setConsent(who: SignedIn, volunteer: string, purpose: string, given: boolean, textVersion = '2026-01') {
  return who.agent.put(`/api/v1/volunteers/${volunteer}/consents`).set('x-xsrf-token', who.csrf).set('accept-language', 'de').send({ purpose, given, textVersion });
}
