import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import type { TestVolunteer } from './hours-fixtures';
import { daysAgo, staff, today } from './hours-fixtures';
import { api, backdate, familyRequest, fieldErrors, readyVolunteer, setConsent, toTrial } from './sponsorship-fixtures';

/**
 * DSGVO: once the volunteer withdraws their 'placement' consent, no step processes them for a placement any more,
 * not even a sponsorship that was already proposed or under way: proposing and every forward step are refused with
 * the reason and write nothing. Declining, closing and ending stay open, so the coordinator can act on it.
 */
describe('consents: a withdrawn placement consent stops sponsorships already under way', () => {
  let t: TestApp;
  let coord: SignedIn;
  let c: ReturnType<typeof api>;
  let lena: TestVolunteer;

  const row = async (id: string) =>
    (await t.dataSource.query(`SELECT state, volunteer_id, intro_meeting_date::text, end_date::text FROM sponsorships WHERE id = $1`, [id]))[0];
  const steps = async (id: string): Promise<string[]> =>
    (await t.dataSource.query(`SELECT to_state FROM sponsorship_transitions WHERE sponsorship_id = $1 ORDER BY id`, [id])).map((r: { to_state: string }) => r.to_state);
  const placement = (given: boolean, textVersion?: string) => setConsent(lena.signedIn!, 'me', 'placement', given, textVersion);

  /** A new family request, recorded 90 days ago, walked to the waiting list. */
  async function waiting(name: string): Promise<string> {
    const created = await c.create(await familyRequest(t, { name }));
    expect(created.status).toBe(201);
    await backdate(t, created.body.id, 90);
    for (const to of ['intake', 'ready_to_match']) expect((await c.move(created.body.id, { to })).status).toBe(200);
    return created.body.id;
  }

  /** Refused with 400, the reason named next to the volunteer in German and English, and nothing written. */
  async function expectRefused(id: string, body: Record<string, unknown>): Promise<void> {
    const before = { row: await row(id), steps: await steps(id) };
    const de = await c.move(id, body);
    expect(de.status).toBe(400);
    expect(fieldErrors(de.body)['volunteerId']).toContain('Die Einwilligung zur Vermittlung wurde widerrufen');
    const en = await api(coord, 'en').move(id, body);
    expect(en.status).toBe(400);
    expect(fieldErrors(en.body)['volunteerId']).toContain('Placement consent was withdrawn');
    expect(await row(id)).toEqual(before.row);
    expect(await steps(id)).toEqual(before.steps);
  }

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    c = api(coord);
    lena = await readyVolunteer(t, 'lena@example.org', { certificate: true, capacity: 3 });
  });
  afterAll(() => t.close());

  it('stops a proposed match and a running sponsorship from moving on, keeps closing open, and resumes when given again', async () => {
    expect((await placement(true)).status).toBe(200);
    expect((await setConsent(lena.signedIn!, 'me', 'contact_sharing', true)).status).toBe(200);
    const proposed = await waiting('Familie Haddad');
    expect((await c.move(proposed, { to: 'match_proposed', volunteerId: lena.id })).status).toBe(200);
    const running = (await c.create(await familyRequest(t, { name: 'Familie Nasser' }))).body.id;
    await toTrial(t, c, running, lena.id, daysAgo(50));
    expect((await c.checkIn(running, { date: daysAgo(8), mood: 'good', note: 'Probephase gut gelaufen' })).status).toBe(201);

    // The volunteer withdraws on their own page.
    const withdrawn = await placement(false);
    expect(withdrawn.status).toBe(200);

    await expectRefused(proposed, { to: 'intro_meeting', introMeetingDate: daysAgo(60) });
    expect(await row(proposed)).toMatchObject({ state: 'match_proposed', volunteer_id: lena.id, intro_meeting_date: null });
    await expectRefused(running, { to: 'active' });
    expect((await row(running)).state).toBe('trial');
    const another = await waiting('Familie Saleh');
    await expectRefused(another, { to: 'match_proposed', volunteerId: lena.id });
    expect(await row(another)).toMatchObject({ state: 'ready_to_match', volunteer_id: null });

    // Ending stays possible: the running one is closed, the proposal goes back to the waiting list.
    expect((await c.move(running, { to: 'closing' })).status).toBe(200);
    await expectRefused(running, { to: 'active' });
    const closed = await c.move(running, { to: 'closed', endDate: today(), endReason: 'other', closingNote: 'Einwilligung zur Vermittlung widerrufen' });
    expect(closed.status).toBe(200);
    expect(await row(running)).toMatchObject({ state: 'closed', end_date: today() });
    expect((await c.move(proposed, { to: 'ready_to_match', reason: 'Einwilligung widerrufen' })).status).toBe(200);
    expect(await row(proposed)).toMatchObject({ state: 'ready_to_match', volunteer_id: null });

    // Given again (new text version): she can be proposed and the placement moves on.
    expect((await placement(true, '2026-06')).status).toBe(200);
    expect((await c.move(another, { to: 'match_proposed', volunteerId: lena.id })).status).toBe(200);
    expect((await c.move(another, { to: 'intro_meeting', introMeetingDate: daysAgo(30) })).status).toBe(200);
    expect((await row(another)).state).toBe('intro_meeting');
  });

  it('stops the trial start of a placement whose intro meeting was held before the withdrawal', async () => {
    const id = await waiting('Familie Karimi');
    expect((await c.move(id, { to: 'match_proposed', volunteerId: lena.id })).status).toBe(200);
    expect((await c.move(id, { to: 'intro_meeting', introMeetingDate: daysAgo(20) })).status).toBe(200);
    expect((await placement(false)).status).toBe(200);
    await expectRefused(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(10) });
    expect((await t.dataSource.query(`SELECT contacts_shared_at FROM sponsorships WHERE id = $1`, [id]))[0].contacts_shared_at).toBeNull();
  });
});
