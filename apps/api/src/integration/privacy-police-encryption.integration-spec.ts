import { randomBytes } from 'node:crypto';
import { localDate } from '@miteinander/domain-reminders';
import { addDays } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { FieldCipher, FieldEncryptionService, installFieldCipher } from '@miteinander/server-platform';
import { createTestApp, resetDatabase, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

const key = (id: string) => ({ id, key: randomBytes(32) });

/** What a database dump shows of the §72a facts: no clear fact, no inspector, a tag that differs per person. */
describe('police-certificate facts encrypted (AES-256-GCM) and still filterable through a blind-index tag', () => {
  let t: TestApp;
  let coord: SignedIn;
  const today = localDate(new Date(), 'Europe/Berlin');
  const ids: Record<string, string> = {};
  const K1 = key('k1');

  const raw = async (id: string): Promise<{ relevant_entry: string; inspector: string; entry_tag: string | null }> =>
    (await t.dataSource.query(`SELECT relevant_entry, inspector, entry_tag FROM police_certificate_checks WHERE volunteer_id = $1`, [id]))[0];
  const listed = async (state: string): Promise<string[]> =>
    ((await coord.agent.get(`/api/v1/volunteers?policeCertificate=${state}&pageSize=50`).expect(200)).body.items as { firstName: string }[]).map((v) => v.firstName).sort();
  const record = (name: string, relevantEntry: boolean, inspector: string) =>
    coord.agent
      .put(`/api/v1/volunteers/${ids[name]}/police-certificate`)
      .set('x-xsrf-token', coord.csrf)
      .send({ inspectionDate: addDays(today, -2), issueDate: addDays(today, -10), relevantEntry, inspector })
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp({ ENCRYPTION_KEYS: `k1:${K1.key.toString('base64')}` });
    await createUser(t, 'koord@example.org', ['coordinator']);
    coord = await signIn(t, 'koord@example.org');
    await loadMunicipalities(t.dataSource);
    const [{ id: municipalityId }] = await t.dataSource.query(`SELECT id FROM municipalities WHERE name = 'Grimma'`);
    for (const firstName of ['Anna', 'Bernd', 'Carla']) {
      ids[firstName] = (await coord.agent.post('/api/v1/volunteers').set('x-xsrf-token', coord.csrf).send({ firstName, lastName: 'Test', municipalityId, languages: [{ code: 'de', level: 'native' }] }).expect(201)).body.id;
    }
  }, 120_000);
  afterAll(async () => {
    // Later test files start with another key: leave no values they cannot read.
    await resetDatabase(t.dataSource);
    await t.close();
  });

  it('stores neither the fact nor the inspector in clear, yet the lists filter by state', async () => {
    await record('Anna', true, 'Katrin Hoffmann');
    await record('Bernd', false, 'Katrin Hoffmann');
    const [anna, bernd] = [await raw(ids['Anna']!), await raw(ids['Bernd']!)];
    for (const row of [anna, bernd]) {
      expect(row.relevant_entry).toMatch(/^enc:v1:k1:/);
      expect(row.inspector).toMatch(/^enc:v1:k1:/);
      expect(JSON.stringify(row)).not.toMatch(/true|false|Hoffmann/);
      expect(row.entry_tag).toMatch(/^[0-9a-f]{64}$/);
    }
    // Tags are keyed by the person: equal facts do not look equal, so a dump cannot group people by them.
    await record('Carla', true, 'Jonas Becker');
    expect((await raw(ids['Carla']!)).entry_tag).not.toBe(anna.entry_tag);

    expect(await listed('relevant_entry')).toEqual(['Anna', 'Carla']);
    expect(await listed('valid')).toEqual(['Bernd']);
    const profile = (await coord.agent.get(`/api/v1/volunteers/${ids['Anna']}`).expect(200)).body;
    expect(profile.policeCertificateRecord).toMatchObject({ relevantEntry: true, inspector: 'Katrin Hoffmann', state: 'relevant_entry' });
  });

  it('counts a row without a valid tag as not cleared until the start-up pass encrypts and tags it', async () => {
    // A cleared person's tag copied onto someone with an entry does not clear them: tags are bound to the row.
    await t.dataSource.query(`UPDATE police_certificate_checks SET entry_tag = (SELECT entry_tag FROM police_certificate_checks WHERE volunteer_id = $1) WHERE volunteer_id = $2`, [ids['Bernd'], ids['Anna']]);
    expect(await listed('valid')).toEqual(['Bernd']);
    // As a row from before encryption, or restored from an old dump: plain fact, no tag.
    await t.dataSource.query(`UPDATE police_certificate_checks SET relevant_entry = 'false', inspector = 'K. Richter', entry_tag = NULL WHERE volunteer_id = $1`, [ids['Bernd']]);
    expect(await listed('valid')).toEqual([]);
    expect(await listed('relevant_entry')).toEqual(['Anna', 'Bernd', 'Carla']);

    await t.app.get(FieldEncryptionService).reencryptAll();
    expect((await raw(ids['Bernd']!)).relevant_entry).toMatch(/^enc:v1:k1:/);
    expect(await listed('valid')).toEqual(['Bernd']);
    expect(await listed('relevant_entry')).toEqual(['Anna', 'Carla']);
  });

  it('recomputes every tag when the key rotates, so the states stay as they were', async () => {
    const before = (await raw(ids['Anna']!)).entry_tag;
    const K2 = key('k2');
    installFieldCipher(new FieldCipher([K2, K1]));
    // Tags under the older key still match, so a rotation clears nobody and blocks nobody before the pass.
    expect(await listed('valid')).toEqual(['Bernd']);
    await t.app.get(FieldEncryptionService).reencryptAll();
    expect((await raw(ids['Anna']!)).entry_tag).not.toBe(before);
    expect((await raw(ids['Anna']!)).relevant_entry).toMatch(/^enc:v1:k2:/);
    expect(await listed('valid')).toEqual(['Bernd']);
    expect(await listed('relevant_entry')).toEqual(['Anna', 'Carla']);
    // With the old key gone, only tags under the new one count.
    installFieldCipher(new FieldCipher([K2]));
    expect(await listed('valid')).toEqual(['Bernd']);
  });
});
