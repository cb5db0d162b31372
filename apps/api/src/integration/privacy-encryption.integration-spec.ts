import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FieldEncryptionService } from '@miteinander/server-platform';
import { createApp } from '../app/create-app';
import { signIn, type SignedIn } from '../test-support/people';
import { createTestApp, resetDatabase, testConfig, type TestApp } from '../test-support/test-app';
import { grantsApi, insertApplication, insertCall, person, validData } from './grant-fixtures';
import { api, familyRequest } from './sponsorship-fixtures';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const K1 = key('k1');
const K2 = key('k2');
const IBAN = 'DE89370400440532013000';
const HOLDER = 'Willkommensinitiative Grimma e. V.';
const NOTE = 'Vater nach Operation, Termin Ausländerbehörde 12.3.';

/** Starts the api on the same database without resetting it: a restart with other ENCRYPTION_KEYS. */
async function restartWithKeys(keys: string): Promise<TestApp> {
  const config = testConfig({ ENCRYPTION_KEYS: keys });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, config, dataSource: app.get(DataSource), http: () => request(app.getHttpServer()), agent: () => request.agent(app.getHttpServer()), close: () => app.close() };
}

describe('field encryption (AES-256-GCM): bank details and family notes never in clear text in the database', () => {
  let t: TestApp;
  let coord: SignedIn;
  let applicationId: string;
  let sponsorshipId: string;

  const rawNotes = async (): Promise<string> => (await t.dataSource.query(`SELECT b.notes FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id WHERE s.id = $1`, [sponsorshipId]))[0].notes;
  const rawApplication = async (): Promise<string> => (await t.dataSource.query(`SELECT data::text AS data FROM grant_applications WHERE id = $1`, [applicationId]))[0].data;
  const rawVersions = async (): Promise<string> => (await t.dataSource.query(`SELECT string_agg(data::text, ' ') AS data FROM grant_application_versions WHERE application_id = $1`, [applicationId]))[0].data;
  const keyIds = async (): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT split_part(v, ':', 3) AS key FROM (
           SELECT notes AS v FROM beneficiaries WHERE notes IS NOT NULL
           UNION ALL SELECT data->>'iban' FROM grant_applications WHERE data ? 'iban' UNION ALL SELECT data->>'accountHolder' FROM grant_applications WHERE data ? 'accountHolder'
           UNION ALL SELECT data->>'iban' FROM grant_application_versions UNION ALL SELECT data->>'accountHolder' FROM grant_application_versions) x ORDER BY 1`,
      )
    ).map((r: { key: string }) => r.key);
  const coordinatorSees = async (who: SignedIn) => ({
    notes: (await api(who).get(`/${sponsorshipId}`)).body.notes,
    bank: (({ iban, accountHolder }) => ({ iban, accountHolder }))((await grantsApi(who).get(`/grants/applications/${applicationId}`)).body.data),
  });

  beforeAll(async () => {
    t = await createTestApp({ ENCRYPTION_KEYS: K1 });
    coord = await person(t, 'koordination@example.org', ['coordinator']);
  }, 120_000);
  afterAll(async () => {
    // Later test files start with another key: leave no values they cannot read.
    await resetDatabase(t.dataSource);
    await t.close();
  });

  it('stores an IBAN, account holder and family notes only as ciphertext; the coordinator reads them in clear', async () => {
    const anna = await person(t, 'anna@example.org', ['applicant']);
    const callId = await insertCall(t);
    applicationId = (await grantsApi(anna).post('/grants/applications', { callId })).body.id;
    expect((await grantsApi(anna).patch(`/grants/applications/${applicationId}`, { data: await validData(t, { iban: IBAN, accountHolder: HOLDER }) })).status).toBe(200);
    expect((await grantsApi(anna).post(`/grants/applications/${applicationId}/submit`)).status).toBe(200);
    const created = await api(coord).create(await familyRequest(t, { notes: NOTE }));
    expect(created.status).toBe(201);
    sponsorshipId = created.body.id;

    for (const raw of [await rawApplication(), await rawVersions(), await rawNotes()]) {
      expect(raw).not.toContain('DE89');
      expect(raw).not.toContain('Willkommensinitiative Grimma e.');
      expect(raw).not.toContain('Ausländerbehörde');
    }
    expect(await rawNotes()).toMatch(/^enc:v1:k1:/);
    expect(JSON.parse(await rawApplication()).iban).toMatch(/^enc:v1:k1:/);
    // The rest of the form stays queryable (lists and reports filter on it).
    expect(JSON.parse(await rawApplication()).title).toBe('Nachbarschaftsfest am Muldeufer');
    expect(await coordinatorSees(coord)).toEqual({ notes: NOTE, bank: { iban: IBAN, accountHolder: HOLDER } });
    // The submitted version in the history shows the same clear values to the applicant.
    expect((await grantsApi(anna).get(`/grants/applications/${applicationId}/versions`)).body[0].data.iban).toBe(IBAN);
  });

  it('refuses a tampered ciphertext instead of returning it', async () => {
    const original = await rawNotes();
    const parts = original.split(':');
    const body = Buffer.from(parts[5]!, 'base64url');
    body[0] = body[0]! ^ 0x01;
    parts[5] = body.toString('base64url');
    await t.dataSource.query(`UPDATE beneficiaries SET notes = $2 WHERE id = (SELECT beneficiary_id FROM sponsorships WHERE id = $1)`, [sponsorshipId, parts.join(':')]);
    const res = await api(coord).get(`/${sponsorshipId}`);
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain(NOTE);
    await t.dataSource.query(`UPDATE beneficiaries SET notes = $2 WHERE id = (SELECT beneficiary_id FROM sponsorships WHERE id = $1)`, [sponsorshipId, original]);
    expect((await api(coord).get(`/${sponsorshipId}`)).body.notes).toBe(NOTE);
  });

  it('encrypts rows written before encryption existed in one idempotent pass', async () => {
    const plainId = await insertApplication(t, { callId: await insertCall(t, { year: 2030 }), applicantId: coord.userId, status: 'submitted', data: await validData(t, { iban: 'DE02120300000000202051', accountHolder: 'Tafel Wurzen' }) });
    const service = t.app.get(FieldEncryptionService);
    // Application and its version, two fields each.
    expect(await service.reencryptAll()).toEqual({ reencrypted: 4, unreadable: 0 });
    expect(await service.reencryptAll()).toEqual({ reencrypted: 0, unreadable: 0 });
    const [raw] = await t.dataSource.query(`SELECT data::text AS data FROM grant_applications WHERE id = $1`, [plainId]);
    expect(raw.data).not.toContain('DE02120300000000202051');
    expect(raw.data).not.toContain('Tafel Wurzen');
    expect((await grantsApi(coord).get(`/grants/applications/${plainId}`)).body.data).toMatchObject({ iban: 'DE02120300000000202051', accountHolder: 'Tafel Wurzen' });
  });

  it('rotates keys: values under k1 read with k2,k1, are re-encrypted with k2 at start-up, and then read with k2 alone', async () => {
    const underK1 = await rawNotes();
    expect(new Set(await keyIds())).toEqual(new Set(['k1']));
    await t.close();

    t = await restartWithKeys(`${K2},${K1}`);
    // The start-up pass moved every value to the first key.
    expect(new Set(await keyIds())).toEqual(new Set(['k2']));
    expect(await coordinatorSees(await signIn(t, 'koordination@example.org'))).toEqual({ notes: NOTE, bank: { iban: IBAN, accountHolder: HOLDER } });
    // A value still under k1 (e.g. written by a replica not yet restarted) reads too, until the next pass.
    await t.dataSource.query(`UPDATE beneficiaries SET notes = $2 WHERE id = (SELECT beneficiary_id FROM sponsorships WHERE id = $1)`, [sponsorshipId, underK1]);
    expect((await api(await signIn(t, 'koordination@example.org')).get(`/${sponsorshipId}`)).body.notes).toBe(NOTE);
    expect(await t.app.get(FieldEncryptionService).reencryptAll()).toEqual({ reencrypted: 1, unreadable: 0 });
    await t.close();

    t = await restartWithKeys(K2);
    expect(await coordinatorSees(await signIn(t, 'koordination@example.org'))).toEqual({ notes: NOTE, bank: { iban: IBAN, accountHolder: HOLDER } });
  }, 120_000);
});
