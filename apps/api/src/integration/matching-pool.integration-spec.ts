import { OCCUPYING_STATES } from '@miteinander/contracts';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { daysAgo, staff } from './hours-fixtures';
import { matchVolunteer, readyRequest } from './matching-fixtures';
import { api } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

/**
 * match_pool is what suggestions read; triggers keep it. Whatever changes a volunteer, a certificate or a
 * sponsorship, every pool row must equal the facts computed from the source tables right then.
 */
describe('the matching pool follows every change in the same transaction', () => {
  let t: TestApp;
  let coord: SignedIn;

  /** Pool rows that differ from the live facts (none expected). */
  async function drift(): Promise<unknown[]> {
    return t.dataSource.query(
      `SELECT v.id FROM volunteers v LEFT JOIN match_pool mp ON mp.volunteer_id = v.id LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
        WHERE mp.volunteer_id IS NULL OR mp.status <> v.status OR mp.capacity <> v.capacity OR mp.language_codes <> v.language_codes
           OR mp.availability <> v.availability OR mp.interests <> v.interests OR mp.skills <> v.skills OR mp.municipality_id IS DISTINCT FROM v.municipality_id
           OR mp.pc_issue_date IS DISTINCT FROM p.issue_date OR mp.pc_entry_tag IS DISTINCT FROM p.entry_tag
           OR mp.occupied <> (SELECT count(*) FROM sponsorships s WHERE s.volunteer_id = v.id AND s.state = ANY($1::text[]))`,
      [OCCUPYING_STATES],
    );
  }
  const occupied = async (id: string) => (await t.dataSource.query(`SELECT occupied FROM match_pool WHERE volunteer_id = $1`, [id]))[0].occupied;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
  });
  afterAll(() => t.close());

  it('profile edits, certificates, proposals, declines and closing all show in the pool at once', async () => {
    const v = await matchVolunteer(t, { name: 'Paula', capacity: 2 });
    const w = await matchVolunteer(t, { name: 'Quentin', certificate: false });
    expect(await drift()).toEqual([]);

    await t.dataSource.query(`UPDATE volunteers SET languages = '[{"code":"uk","level":"B2"}]', availability = '{mon-morning}', interests = '{events}', skills = '{childcare}', municipality_id = NULL, status = 'paused' WHERE id = $1`, [w]);
    await insertPoliceCheck(t.dataSource, w, { inspectionDate: daysAgo(5), issueDate: daysAgo(5), relevantEntry: true });
    expect(await drift()).toEqual([]);
    await t.dataSource.query(`DELETE FROM police_certificate_checks WHERE volunteer_id = $1`, [w]);
    expect(await drift()).toEqual([]);

    const c = api(coord);
    const first = await readyRequest(t, coord, { name: 'Familie Eins' });
    const second = await readyRequest(t, coord, { name: 'Familie Zwei' });
    expect((await c.move(first, { to: 'match_proposed', volunteerId: v })).status).toBe(200);
    expect((await c.move(second, { to: 'match_proposed', volunteerId: v })).status).toBe(200);
    expect(await occupied(v)).toBe(2);
    expect((await c.move(second, { to: 'ready_to_match', reason: 'Passt zeitlich nicht' })).status).toBe(200);
    expect(await occupied(v)).toBe(1);
    await t.dataSource.query(`DELETE FROM sponsorships WHERE id = $1`, [first]);
    expect(await occupied(v)).toBe(0);
    expect(await drift()).toEqual([]);
  });
});
