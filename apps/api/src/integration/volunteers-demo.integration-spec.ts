import { loadMunicipalities } from '@miteinander/server-people';
import { DEMO_PASSWORD, seedDemoData } from '@miteinander/tools-seed';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { signIn } from '../test-support/people';

describe('demo data for trying volunteers, organisations and hours', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    await seedDemoData(t.app);
  });
  afterAll(() => t.close());

  it('gives every demo volunteer account a profile linked to an organisation, so the hour form works', async () => {
    const accounts: { email: string }[] = await t.dataSource.query(`SELECT email FROM users WHERE 'volunteer' = ANY(roles) ORDER BY email`);
    expect(accounts.length).toBeGreaterThanOrEqual(5);
    for (const { email } of accounts) {
      const v = await signIn(t, email, DEMO_PASSWORD);
      const me = await v.agent.get('/api/v1/volunteers/me');
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(email);
      expect(me.body.organisations.length).toBeGreaterThanOrEqual(1);
      expect((await v.agent.get('/api/v1/organisations/options')).body).toEqual(me.body.organisations);
    }
  });

  it('shows full profiles and police certificates in every state to coordinators', async () => {
    const c = await signIn(t, 'koordination@demo.miteinander.local', DEMO_PASSWORD);
    for (const state of ['valid', 'reinspection_due', 'expired', 'relevant_entry', 'missing']) {
      expect((await c.agent.get('/api/v1/volunteers').query({ policeCertificate: state })).body.total).toBeGreaterThanOrEqual(1);
    }
    const [{ id }] = await t.dataSource.query(`SELECT id FROM volunteers WHERE email = 'amal.haddad@demo.miteinander.local'`);
    const amal = (await c.agent.get(`/api/v1/volunteers/${id}`)).body;
    expect(amal.skills.length).toBeGreaterThan(0);
    expect(amal.availability.length).toBeGreaterThan(0);
    expect(amal.statusHistory.map((s: { to: string }) => s.to)).toEqual(['interested', 'intake_done', 'active']);
    expect(amal.consents.some((x: { withdrawnAt: string | null }) => x.withdrawnAt !== null)).toBe(true);
    const organisations = (await c.agent.get('/api/v1/organisations')).body.items;
    expect(organisations.every((o: { contacts: unknown[] }) => o.contacts.length > 0)).toBe(true);
    expect(organisations.some((o: { volunteerCount: number }) => o.volunteerCount > 0)).toBe(true);
  });

  it('has hours waiting for approval and approved hours, none over a day or in the future', async () => {
    const rows: { status: string; n: number }[] = await t.dataSource.query(`SELECT status, count(*)::int AS n FROM hour_entries GROUP BY status ORDER BY status`);
    expect(rows.map((r) => r.status)).toEqual(['approved', 'submitted']);
    expect(rows.every((r) => r.n > 0)).toBe(true);
    const bad = await t.dataSource.query(
      `SELECT 1 FROM hour_entries WHERE activity_date > (now() AT TIME ZONE 'Europe/Berlin')::date
        OR (status = 'approved') <> (decided_at IS NOT NULL)
        OR organisation_id NOT IN (SELECT organisation_id FROM volunteer_organisations vo WHERE vo.volunteer_id = hour_entries.volunteer_id)`,
    );
    expect(bad).toEqual([]);
    const [{ max }] = await t.dataSource.query(`SELECT max(total)::int AS max FROM (SELECT sum(minutes) AS total FROM hour_entries GROUP BY volunteer_id, activity_date) d`);
    expect(max).toBeLessThanOrEqual(24 * 60);
  });
});
