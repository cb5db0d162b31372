import { loadMunicipalities } from '@miteinander/server-people';
import { AuditEntry } from '@miteinander/server-platform';
import type { SignedIn } from '../test-support/people';
import { createTestApp, resetDatabase, type TestApp } from '../test-support/test-app';
import { grantsApi, insertCall, person, validData } from './grant-fixtures';
import { matching, readyRequest } from './matching-fixtures';
import { api, readyVolunteer } from './sponsorship-fixtures';

interface ReadRow {
  actor_id: string;
  action: string;
  entity: string;
  entity_id: string;
  purpose: string | null;
  diff: unknown;
}

describe('read audit: who read which sensitive record and why, never the data; the trail cannot be changed', () => {
  let t: TestApp;
  let coord: SignedIn;

  /** Every audited read since `sinceId`: the whole row, so a value that slipped into it would show. */
  const readsSince = async (sinceId: string): Promise<ReadRow[]> =>
    t.dataSource.query(`SELECT actor_id, action, entity, entity_id, purpose, diff FROM audit_log WHERE action = 'read' AND id > $1 ORDER BY id`, [sinceId]);
  const lastId = async (): Promise<string> => (await t.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`))[0].id;
  const read = (entity: string, entityId: string, purpose: string): ReadRow => ({ actor_id: coord.userId, action: 'read', entity, entity_id: entityId, purpose, diff: null });

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await person(t, 'koordination@example.org', ['coordinator']);
  }, 120_000);
  afterAll(() => t.close());

  it('a family record read by a coordinator: one row, purpose case work', async () => {
    const id = await readyRequest(t, coord, { notes: 'Mutter schwanger' });
    const since = await lastId();
    expect((await api(coord).get(`/${id}`)).status).toBe(200);
    expect(await readsSince(since)).toEqual([read('sponsorship', id, 'case_work')]);
  });

  it('match suggestions for a family: one row, purpose matching', async () => {
    const id = await readyRequest(t, coord);
    const since = await lastId();
    expect((await matching(coord).suggestions(id)).status).toBe(200);
    expect(await readsSince(since)).toEqual([read('match_suggestions', id, 'matching')]);
  });

  it('a volunteer profile with police-certificate facts: one row for the profile and one for the facts', async () => {
    const v = await readyVolunteer(t, 'pate@example.org', { certificate: true });
    const since = await lastId();
    const res = await coord.agent.get(`/api/v1/volunteers/${v.id}`);
    expect(res.body.policeCertificateRecord).toMatchObject({ relevantEntry: false });
    expect(await readsSince(since)).toEqual([read('volunteer', v.id, 'case_work'), read('police-certificate', v.id, 'case_work')]);
  });

  it('bank details shown to a coordinator: one row; the applicant reading their own: none', async () => {
    const anna = await person(t, 'anna@example.org', ['applicant']);
    const id = (await grantsApi(anna).post('/grants/applications', { callId: await insertCall(t) })).body.id;
    await grantsApi(anna).patch(`/grants/applications/${id}`, { data: await validData(t) });
    await grantsApi(anna).post(`/grants/applications/${id}/submit`);
    const since = await lastId();
    expect((await grantsApi(anna).get(`/grants/applications/${id}`)).body.data.iban).toBe('DE89370400440532013000');
    expect(await readsSince(since)).toEqual([]);
    expect((await grantsApi(coord).get(`/grants/applications/${id}`)).body.data.iban).toBe('DE89370400440532013000');
    const rows = await readsSince(since);
    expect(rows).toEqual([read('grant_bank_details', id, 'case_work')]);
    expect(JSON.stringify(rows)).not.toMatch(/DE89|Willkommensinitiative/);
  });

  describe('the trail is append-only for the application database connection', () => {
    let entryId: string;
    beforeAll(async () => {
      entryId = (await t.dataSource.getRepository(AuditEntry).insert({ actorId: coord.userId, action: 'read', entity: 'sponsorship', entityId: 'x', diff: null, purpose: 'review' })).identifiers[0]!['id'];
    });

    it('INSERT works', async () => {
      expect(await t.dataSource.query(`SELECT entity_id, purpose FROM audit_log WHERE id = $1`, [entryId])).toEqual([{ entity_id: 'x', purpose: 'review' }]);
    });

    it('UPDATE is refused', async () => {
      await expect(t.dataSource.query(`UPDATE audit_log SET actor_id = NULL WHERE id = $1`, [entryId])).rejects.toThrow(/audit_log is append-only: UPDATE/);
      await expect(t.dataSource.getRepository(AuditEntry).update({ id: entryId }, { entityId: 'y' })).rejects.toThrow(/append-only/);
      expect(await t.dataSource.query(`SELECT entity_id, actor_id FROM audit_log WHERE id = $1`, [entryId])).toEqual([{ entity_id: 'x', actor_id: coord.userId }]);
    });

    it('DELETE is refused', async () => {
      await expect(t.dataSource.query(`DELETE FROM audit_log WHERE id = $1`, [entryId])).rejects.toThrow(/audit_log is append-only: DELETE/);
      await expect(t.dataSource.getRepository(AuditEntry).delete({ id: entryId })).rejects.toThrow(/append-only/);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE id = $1`, [entryId])).toEqual([{ n: 1 }]);
    });

    it('TRUNCATE is refused unless the session allows it (only the test reset does)', async () => {
      await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/audit_log is append-only: TRUNCATE/);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE id = $1`, [entryId])).toEqual([{ n: 1 }]);
      await resetDatabase(t.dataSource);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual([{ n: 0 }]);
    });
  });
});
