import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { EvaluationExportView, Report } from '@miteinander/contracts';
import { ConfigError, createDataSource, loadConfig, READ_DATA_SOURCE } from '@miteinander/server-platform';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, waitFor, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, staff, today } from './hours-fixtures';

const FROM = '2025-01-01';
const TO = '2026-12-31';
const onServer = process.env['TEST_DATABASE_KIND'] === 'server';

/** Binary bodies for supertest (CSV, XLSX). */
const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const hoursTotal = (r: Report) => r.tables.find((x) => x.key === 'hoursByMonth')?.total?.cells['minutes'];

describe('DATABASE_READ_URL configuration', () => {
  it('is refused at boot, naming the variable and what it needs: PGlite has no replica', () => {
    const boot = () => loadConfig({ DATABASE_READ_URL: 'postgres://reader@replica:5432/miteinander' }, 'api');
    expect(boot).toThrow(ConfigError);
    expect(boot).toThrow(/DATABASE_READ_URL: a read replica needs DATABASE_URL/);
  });

  it('is accepted next to DATABASE_URL, and must be a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/x', DATABASE_READ_URL: 'postgres://u@replica/x' }, 'api').database.readUrl).toBe('postgres://u@replica/x');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/x', DATABASE_READ_URL: 'mysql://u@replica/x' }, 'api')).toThrow(/DATABASE_READ_URL/);
  });
});

describe('without DATABASE_READ_URL (one database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('reads reports from the primary, so hours approved a moment ago are in them at once', async () => {
    expect(t.app.get(READ_DATA_SOURCE)).toBe(t.dataSource);
    const coord = await staff(t, 'bericht.primaer@example.org');
    for (const name of ['Ada', 'Bea', 'Cem']) {
      const v = await addVolunteer(t, { firstName: name, lastName: 'Primär', email: `${name.toLowerCase()}.primaer@example.org`, account: false });
      await t.dataSource.query(`INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status) VALUES ($1, '2025-04-10', 45, 'Begleitung', 'approved')`, [v.id]);
    }
    const res = await coord.agent.get('/api/v1/reports/hours').query({ from: FROM, to: TO });
    expect(res.status).toBe(200);
    expect(hoursTotal(res.body as Report)).toBe(135);
  });
});

// A second database stands in for the replica: it gets the schema by migrations and its own figures, so every answer
// shows which database it came from. Needs the PostgreSQL server (PGlite holds one database).
if (onServer) {
  describe('with DATABASE_READ_URL (a replica)', () => {
    const primaryUrl = new URL(process.env['TEST_DATABASE_URL']!);
    const replicaName = `${decodeURIComponent(primaryUrl.pathname.slice(1))}_replica`;
    const replicaUrl = Object.assign(new URL(primaryUrl.href), { pathname: `/${encodeURIComponent(replicaName)}` }).href;
    let admin: DataSource;
    let replica: DataSource;
    let t: TestApp;
    let coord: SignedIn;
    let logger: { id: string; signedIn: SignedIn | null };

    const count = async (db: DataSource, sql: string, params: unknown[] = []): Promise<number> => Number((await db.query(sql, params))[0].n);

    beforeAll(async () => {
      admin = createDataSource(primaryUrl.href, [], 1);
      await admin.initialize();
      await admin.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${replicaName}"`);
      replica = createDataSource(replicaUrl, [], 2);
      await replica.initialize();
      await replica.runMigrations({ transaction: 'each' });

      t = await createTestApp({ DATABASE_READ_URL: replicaUrl });
      await loadMunicipalities(t.dataSource);
      await loadMunicipalities(replica);
      coord = await staff(t, 'bericht.replikat@example.org');
      // The same three volunteers in both databases (as replication would have copied them)...
      const people: string[] = [];
      for (const name of ['Dana', 'Emil', 'Fatma']) {
        const v = await addVolunteer(t, { firstName: name, lastName: 'Replik', email: `${name.toLowerCase()}.replik@example.org`, account: name === 'Dana' });
        await replica.query(`INSERT INTO volunteers (id, first_name, last_name, email, status) VALUES ($1, $2, 'Replik', $3, 'active')`, [v.id, name, `${name.toLowerCase()}.replik@example.org`]);
        people.push(v.id);
        if (name === 'Dana') logger = v;
      }
      // ...but different approved hours: 3 × 30 minutes on the primary, 3 × 105 on the replica.
      for (const id of people) {
        await t.dataSource.query(`INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status) VALUES ($1, '2025-04-10', 30, 'Begleitung', 'approved')`, [id]);
        await replica.query(`INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status) VALUES ($1, '2025-04-11', 105, 'Ausgabe', 'approved')`, [id]);
      }
    }, 60_000);

    afterAll(async () => {
      await t?.close();
      if (replica?.isInitialized) await replica.destroy();
      if (admin?.isInitialized) {
        await admin.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
        await admin.destroy();
      }
    });

    it('answers reports with the replica\'s figures', async () => {
      const res = await coord.agent.get('/api/v1/reports/hours').query({ from: FROM, to: TO });
      expect(res.status).toBe(200);
      expect(hoursTotal(res.body as Report)).toBe(315);
    });

    it('exports the hours list (CSV) from the replica', async () => {
      const res = await coord.agent.get('/api/v1/hours/export.csv').query({ sort: 'activityDate', direction: 'asc' }).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      const lines = (res.body as Buffer).subarray(3).toString('utf8').trim().split('\n').slice(1);
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(line).toMatch(/^11\.04\.2025;\S+ Replik;;Ausgabe;1,75;105;Freigegeben;/);
      // The on-screen list is working data: it reads the primary.
      const list = await coord.agent.get('/api/v1/hours');
      expect(list.body.items.map((i: { minutes: number }) => i.minutes)).toEqual([30, 30, 30]);
    });

    it('writes on the primary: logged hours and their audit row land there, never on the replica', async () => {
      const before = await count(replica, `SELECT count(*) AS n FROM hour_entries`);
      const res = await logger.signedIn!.agent.post('/api/v1/hours').set('x-xsrf-token', logger.signedIn!.csrf).send({ activityDate: today(), minutes: 60, activity: 'Sprachcafé' });
      expect(res.status).toBe(201);
      expect(await count(t.dataSource, `SELECT count(*) AS n FROM hour_entries WHERE id = $1`, [res.body.id])).toBe(1);
      expect(await count(t.dataSource, `SELECT count(*) AS n FROM audit_log WHERE entity = 'hour_entry' AND entity_id = $1`, [res.body.id])).toBe(1);
      expect(await count(replica, `SELECT count(*) AS n FROM hour_entries`)).toBe(before);
      expect(await count(replica, `SELECT count(*) AS n FROM audit_log`)).toBe(0);
    });

    it('renders the evaluation from the replica while its bookkeeping row, audit row and files stay on the primary', async () => {
      const res = await coord.agent.post('/api/v1/reports/evaluations').set('x-xsrf-token', coord.csrf).send({ from: FROM, to: TO });
      expect(res.status).toBe(202);
      const id = (res.body as EvaluationExportView).id;
      // The job was queued right after the commit: it must find its row although the replica never gets it.
      const done = await waitFor(async () => {
        const v = (await coord.agent.get(`/api/v1/reports/evaluations/${id}`)).body as EvaluationExportView;
        return v.status !== 'running' ? v : undefined;
      }, 60_000, 'the evaluation');
      expect(done.status).toBe('done');
      expect(await count(t.dataSource, `SELECT count(*) AS n FROM report_exports WHERE id = $1 AND xlsx IS NOT NULL`, [id])).toBe(1);
      expect(await count(t.dataSource, `SELECT count(*) AS n FROM audit_log WHERE entity = 'report_export' AND entity_id = $1`, [id])).toBe(1);
      expect(await count(replica, `SELECT count(*) AS n FROM report_exports`)).toBe(0);

      const xlsx = await coord.agent.get(`/api/v1/reports/evaluations/${id}/xlsx`).buffer(true).parse(binary);
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as never);
      const report = (await coord.agent.get('/api/v1/reports/hours').query({ from: FROM, to: TO })).body as Report;
      const hoursByMonth = report.tables.find((x) => x.key === 'hoursByMonth')!;
      const sheet = workbook.worksheets.find((s) => s.getRow(1).getCell(1).value === hoursByMonth.title)!;
      // 315 replica minutes read 5,3 hours (one decimal); the primary's 90 minutes would read 1,5.
      expect(sheet.getRow(2 + hoursByMonth.rows.length).getCell(2).value).toBe(5.3);
    }, 90_000);

    it('opens the replica read-only, so a mistaken write through it fails loudly', async () => {
      const reads = t.app.get<DataSource>(READ_DATA_SOURCE);
      expect(reads).not.toBe(t.dataSource);
      await expect(reads.query(`INSERT INTO municipalities (name, kind, outside_county) VALUES ('Schreibversuch', 'town', false)`)).rejects.toThrow(
        /read-only transaction/,
      );
      expect(await count(replica, `SELECT count(*) AS n FROM municipalities WHERE name = 'Schreibversuch'`)).toBe(0);
    });
  });
}
