import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app/create-app';
import { signIn, type SignedIn } from '../test-support/people';
import { testConfig, type TestApp } from '../test-support/test-app';
import { grantsApi, insertCall, person, validData } from './grant-fixtures';
import { addOrganisation, addVolunteer, staff, today, type TestVolunteer } from './hours-fixtures';
import { api, familyRequest } from './sponsorship-fixtures';

/**
 * The backup an operator takes (README "Backups"): `pg_dump -Fc` of the live database, the erasure ledger
 * exported on its own, `pg_restore` into an empty database, the app started on it with the same ENCRYPTION_KEYS.
 * Needs the PostgreSQL server and its client tools of the same major version, so the embedded run leaves this
 * file out (jest.config.js). It works in databases of its own next to the suite's, never in the suite's one.
 */
const run = promisify(execFile);
const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const KEYS = key('k1');
const NOTE = 'Mutter nach Operation, Termin Jobcenter am 14.3.';
const IBAN = 'DE89370400440532013000';

const server = new URL(process.env['TEST_DATABASE_URL']!);
const dbName = (role: string) => `miteinander_backup_${role}_${process.pid}`;
const urlOf = (db: string) => Object.assign(new URL(server.href), { pathname: `/${db}` }).href;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: server.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The api on `db`, as a replica would run it (no reset: whatever is in the database stays). */
async function startApp(db: string, overrides: Record<string, string>): Promise<TestApp> {
  const config = testConfig({ DATABASE_URL: urlOf(db), ...overrides });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, config, dataSource: app.get(DataSource), http: () => request(app.getHttpServer()), agent: () => request.agent(app.getHttpServer()), close: () => app.close() };
}

describe('backup and restore: pg_dump/pg_restore round trip with encrypted fields and the erasure ledger', () => {
  const SRC = dbName('src');
  const DST = dbName('dst');
  let dir: string;
  let t: TestApp | undefined;
  let coordinator: SignedIn;
  let sponsorshipId: string;
  let applicationId: string;
  let berta: TestVolunteer;
  let erika: TestVolunteer;

  const erase = async (who: SignedIn, v: TestVolunteer, name: string) => {
    const post = (path: string, body: object) => who.agent.post(`/api/v1/privacy${path}`).set('x-xsrf-token', who.csrf).send(body);
    const req = await post('/requests', { kind: 'erasure', subjectType: 'volunteer', subjectId: v.id, receivedOn: today() });
    expect(req.status).toBe(201);
    expect((await post(`/requests/${req.body.id}/erase`, { confirmName: name })).status).toBe(200);
  };
  const volunteerName = async (app: TestApp, v: TestVolunteer) =>
    (await app.dataSource.query(`SELECT first_name || ' ' || last_name AS name FROM volunteers WHERE id = $1`, [v.id]))[0]?.name;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'miteinander-backup-'));
    for (const db of [SRC, DST]) await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${SRC}`);
    await admin(`CREATE DATABASE ${DST}`);

    // The live system: migrated, with data entered through the API.
    t = await startApp(SRC, { ENCRYPTION_KEYS: KEYS, DATABASE_RUN_MIGRATIONS: 'true' });
    coordinator = await staff(t, 'koordination@example.org');
    const created = await api(coordinator).create(await familyRequest(t, { notes: NOTE }));
    expect(created.status).toBe(201);
    sponsorshipId = created.body.id;
    const applicant = await person(t, 'verein@example.org', ['applicant']);
    applicationId = (await grantsApi(applicant).post('/grants/applications', { callId: await insertCall(t) })).body.id;
    expect((await grantsApi(applicant).patch(`/grants/applications/${applicationId}`, { data: await validData(t, { iban: IBAN }) })).status).toBe(200);
    const tafel = (await addOrganisation(t, 'Tafel Borna')).id;
    berta = await addVolunteer(t, { firstName: 'Berta', lastName: 'Lindner', email: 'berta.lindner@example.org', organisations: [tafel] });
    const logged = await berta.signedIn!.agent.post('/api/v1/hours').set('x-xsrf-token', berta.signedIn!.csrf).send({ activityDate: today(), minutes: 90, activity: 'Tafel', organisationId: tafel });
    expect(logged.status).toBe(201);
    erika = await addVolunteer(t, { firstName: 'Erika', lastName: 'Vogt', email: 'erika.vogt@example.org' });
    await erase(coordinator, erika, 'Erika Vogt');
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    for (const db of [SRC, DST]) await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('dumps, restores into a fresh database, reads back every record and the encrypted fields, and forgets people erased after the dump', async () => {
    // 1. The nightly dump. Its SQL holds the family note and the IBAN only as ciphertext.
    const dump = join(dir, 'miteinander.dump');
    await run('pg_dump', ['-Fc', '-d', urlOf(SRC), '-f', dump]);
    const sql = (await run('pg_restore', ['-f', '-', dump], { maxBuffer: 256 * 1024 * 1024 })).stdout;
    expect(sql).toContain('enc:v1:k1:');
    expect(sql).not.toContain('Jobcenter');
    expect(sql).not.toContain(IBAN);
    expect(sql).toContain('Berta');

    // 2. After the dump Berta is erased. The ledger is exported on its own (small, kept newer than any dump).
    await erase(coordinator, berta, 'Berta Lindner');
    const ledger = join(dir, 'erasure-ledger.sql');
    await run('pg_dump', ['--data-only', '--table=erasure_ledger', '--inserts', '--on-conflict-do-nothing', '-d', urlOf(SRC), '-f', ledger]);
    expect(await readFile(ledger, 'utf8')).toContain(berta.id);
    await t!.close();
    t = undefined;

    // 3. Disaster: the older dump is restored into an empty database; Berta is back in it …
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', urlOf(DST), dump]);
    const check = new Client({ connectionString: urlOf(DST) });
    await check.connect();
    const [{ name }] = (await check.query(`SELECT first_name || ' ' || last_name AS name FROM volunteers WHERE id = $1`, [berta.id])).rows;
    await check.end();
    expect(name).toBe('Berta Lindner');
    // … until the newer ledger is loaded (rows already in the dump are skipped) and the app starts.
    await run('psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-d', urlOf(DST), '-f', ledger]);

    t = await startApp(DST, { ENCRYPTION_KEYS: KEYS });
    expect(await t.dataSource.showMigrations()).toBe(false);
    expect(await volunteerName(t, berta)).toBe('gelöscht gelöscht');
    expect(await volunteerName(t, erika)).toBe('gelöscht gelöscht');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('berta.lindner@example.org', 'erika.vogt@example.org')`))[0].n).toBe(0);
    // Her hours still count (erasure anonymises, the figures stay).
    expect((await t.dataSource.query(`SELECT sum(minutes)::int AS m FROM hour_entries WHERE volunteer_id = $1`, [berta.id]))[0].m).toBe(90);
    await expect(signIn(t, 'berta.lindner@example.org')).rejects.toThrow('401');

    // Everyone else reads back as before, the encrypted fields in clear for the coordinator.
    const coord = await signIn(t, 'koordination@example.org');
    const family = await api(coord).get(`/${sponsorshipId}`);
    expect(family.status).toBe(200);
    expect(family.body).toMatchObject({ notes: NOTE, kind: 'family' });
    const application = await grantsApi(coord).get(`/grants/applications/${applicationId}`);
    expect(application.body.data).toMatchObject({ iban: IBAN });
    expect((await coord.agent.get('/api/v1/organisations')).body.items.map((o: { name: string }) => o.name)).toContain('Tafel Borna');
  }, 180_000);

  it('is unreadable without its key: the restored copy started with another key shows no family note', async () => {
    await t?.close();
    t = await startApp(DST, { ENCRYPTION_KEYS: key('k9') });
    const coord = await signIn(t, 'koordination@example.org');
    const family = await api(coord).get(`/${sponsorshipId}`);
    expect(family.status).not.toBe(200);
    expect(JSON.stringify(family.body)).not.toContain('Jobcenter');
  }, 120_000);
});
