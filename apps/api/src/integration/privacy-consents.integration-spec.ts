import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { daysAgo, staff } from './hours-fixtures';
import { matching, matchVolunteer, readyRequest } from './matching-fixtures';
import { api, backdate, familyRequest, fieldErrors, readyVolunteer } from './sponsorship-fixtures';

/**
 * Processing that rests on a consent stops when it is withdrawn and resumes when it is given again: matching on
 * 'placement', the contact exchange at the trial start on 'contact_sharing'. Each consent row keeps its text
 * version, when it was given and when withdrawn.
 */
describe('consents: a withdrawn consent stops the processing that depends on it', () => {
  let t: TestApp;
  let coord: SignedIn;

  const setConsent = (who: SignedIn, path: string, purpose: string, given: boolean, textVersion = '2026-01') =>
    who.agent.put(`/api/v1/volunteers/${path}/consents`).set('x-xsrf-token', who.csrf).set('accept-language', 'de').send({ purpose, given, textVersion });
  const consentRows = (volunteerId: string, purpose: string) =>
    t.dataSource.query(`SELECT text_version, given_at IS NOT NULL AS given, withdrawn_at IS NOT NULL AS withdrawn FROM volunteer_consents WHERE volunteer_id = $1 AND purpose = $2 ORDER BY id`, [volunteerId, purpose]);

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
  });
  afterAll(() => t.close());

  describe("'placement': matching suggestions and rounds", () => {
    let request: string;
    let amal: string;
    const m = () => matching(coord);
    const suggested = async (): Promise<{ ids: string[]; excluded: Record<string, number> }> => {
      const res = await m().suggestions(request, '?limit=50');
      expect(res.status).toBe(200);
      return { ids: res.body.candidates.map((c: { volunteer: { id: string } }) => c.volunteer.id), excluded: res.body.excludedCounts };
    };
    const planned = async (): Promise<string[]> => {
      const res = await m().round({});
      expect(res.status).toBe(201);
      return res.body.proposals.map((p: { volunteer: { id: string } }) => p.volunteer.id);
    };

    beforeAll(async () => {
      request = await readyRequest(t, coord, { name: 'Familie Haddad' });
      amal = await matchVolunteer(t, { name: 'Amal' });
    });

    it('given: suggested and planned into a round', async () => {
      expect((await setConsent(coord, amal, 'placement', true)).status).toBe(200);
      expect(await suggested()).toEqual({ ids: [amal], excluded: {} });
      expect(await planned()).toEqual([amal]);
    });

    it('withdrawn: neither suggested nor planned, and counted as not available', async () => {
      expect((await setConsent(coord, amal, 'placement', false)).status).toBe(200);
      expect(await suggested()).toEqual({ ids: [], excluded: { notActive: 1 } });
      expect(await planned()).toEqual([]);
    });

    it('given again (new text version): suggested again; every row keeps version, time and withdrawal', async () => {
      expect((await setConsent(coord, amal, 'placement', true, '2026-06')).status).toBe(200);
      expect(await suggested()).toEqual({ ids: [amal], excluded: {} });
      expect(await planned()).toEqual([amal]);
      expect(await consentRows(amal, 'placement')).toEqual([
        { text_version: '2026-01', given: true, withdrawn: true },
        { text_version: '2026-06', given: true, withdrawn: false },
      ]);
    });
  });

  describe("'contact_sharing': the contact exchange at the trial start", () => {
    let volunteer: { id: string; signedIn: SignedIn | null };
    const c = () => api(coord);

    /** A request walked to the intro meeting with the volunteer; returns its id. */
    async function atIntroMeeting(name: string): Promise<string> {
      const res = await c().create(await familyRequest(t, { name }));
      expect(res.status).toBe(201);
      await backdate(t, res.body.id, 90);
      for (const body of [{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: volunteer.id }, { to: 'intro_meeting', introMeetingDate: daysAgo(60) }]) {
        const moved = await c().move(res.body.id, body);
        if (moved.status !== 200) throw new Error(`${body.to}: ${moved.status} ${JSON.stringify(moved.body)}`);
      }
      return res.body.id;
    }
    const startTrial = (id: string) => c().move(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(50) });
    const sharedAt = async (id: string) => (await t.dataSource.query(`SELECT contacts_shared_at FROM sponsorships WHERE id = $1`, [id]))[0].contacts_shared_at as Date | null;

    beforeAll(async () => {
      volunteer = await readyVolunteer(t, 'lena@example.org', { certificate: true, capacity: 3 });
    });

    it('given: the trial starts and the contacts are exchanged', async () => {
      expect((await setConsent(volunteer.signedIn!, 'me', 'contact_sharing', true)).status).toBe(200);
      const id = await atIntroMeeting('Familie Nasser');
      expect((await startTrial(id)).status).toBe(200);
      expect(await sharedAt(id)).toBeInstanceOf(Date);
    });

    it('withdrawn by the volunteer: the trial start is refused with a message naming the volunteer, nothing is shared', async () => {
      expect((await setConsent(volunteer.signedIn!, 'me', 'contact_sharing', false)).status).toBe(200);
      const id = await atIntroMeeting('Familie Saleh');
      const refused = await startTrial(id);
      expect(refused.status).toBe(400);
      expect(fieldErrors(refused.body)['volunteerId']).toContain('Einwilligung zur Weitergabe der Kontaktdaten widerrufen');
      expect(await sharedAt(id)).toBeNull();
      expect((await t.dataSource.query(`SELECT state FROM sponsorships WHERE id = $1`, [id]))[0].state).toBe('intro_meeting');

      expect((await setConsent(volunteer.signedIn!, 'me', 'contact_sharing', true, '2026-06')).status).toBe(200);
      expect((await startTrial(id)).status).toBe(200);
      expect(await sharedAt(id)).toBeInstanceOf(Date);
      expect(await consentRows(volunteer.id, 'contact_sharing')).toEqual([
        { text_version: '2026-01', given: true, withdrawn: true },
        { text_version: '2026-06', given: true, withdrawn: false },
      ]);
    });
  });
});
