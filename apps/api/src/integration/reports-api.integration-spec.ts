import { REPORT_NAMES, SUPPRESSED, type Report, type Role } from '@miteinander/contracts';
import { monthsOf } from '@miteinander/domain-reporting';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { insertEvent } from './event-fixtures';
import { insertCall } from './grant-fixtures';
import { addVolunteer, daysAgo, fieldErrors, insertEntry, today } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';

const HALF_YEAR = { from: '2025-01-01', to: '2025-06-30' };
const isMonth = (key: string) => /^\d{4}-\d{2}$/.test(key);

describe('the reports API', () => {
  let t: TestApp;
  const who: Partial<Record<Role, SignedIn>> = {};

  const get = (as: SignedIn | null, name: string, query: Record<string, unknown>, lang?: string) => {
    const req = (as ? as.agent : t.http()).get(`/api/v1/reports/${encodeURIComponent(name)}`).query(query as Record<string, string>);
    return lang ? req.set('accept-language', lang) : req;
  };
  const report = async (name: string, query: Record<string, unknown> = HALF_YEAR, lang = 'de'): Promise<Report> => {
    const res = await get(who.coordinator!, name, query, lang);
    expect(res.status).toBe(200);
    return res.body as Report;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    for (const role of ['coordinator', 'admin', 'volunteer', 'applicant', 'reviewer'] as const) {
      await createUser(t, `${role}@example.org`, [role]);
      who[role] = await signIn(t, `${role}@example.org`);
    }
  });

  afterAll(() => t.close());

  describe('on an empty database', () => {
    it.each(REPORT_NAMES)('%s: every month of the period, zeros everywhere, nothing hidden', async (name) => {
      for (const query of [HALF_YEAR, { ...HALF_YEAR, municipalityId: await municipalityId(t, 'Grimma') }]) {
        const r = await report(name, query);
        expect(r).toMatchObject({ name, period: HALF_YEAR, municipalityId: query.municipalityId ?? null });
        expect(r.tables.length).toBeGreaterThan(0);
        for (const table of r.tables) {
          const months = table.rows.map((x) => x.key).filter(isMonth);
          if (months.length) expect(months).toEqual(monthsOf(HALF_YEAR.from, HALF_YEAR.to));
          expect(JSON.stringify(table)).not.toContain(SUPPRESSED);
          // Counts and sums are zero; an average with no one behind it is no figure at all (null), never 0.
          const averages = new Set(table.columns.filter((c) => c.key.startsWith('avg')).map((c) => c.key));
          for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
            for (const [key, f] of Object.entries(row.cells)) expect([key, f]).toEqual([key, averages.has(key) ? null : 0]);
          }
          // A total may leave out a column it cannot sum; what it shows is zero.
          if (table.total) expect(Object.values(table.total.cells).length).toBeGreaterThan(0);
        }
      }
    });

    it('has the months of the period in the volunteers and hours reports', async () => {
      for (const name of ['volunteers', 'hours']) {
        const r = await report(name);
        expect(r.tables.some((x) => x.rows.map((row) => row.key).join() === monthsOf(HALF_YEAR.from, HALF_YEAR.to).join())).toBe(true);
      }
    });
  });

  describe('who may read', () => {
    it.each(REPORT_NAMES)('%s: coordinators and admins read it, other roles are refused, signed-out people asked to sign in', async (name) => {
      expect((await get(who.coordinator!, name, HALF_YEAR)).status).toBe(200);
      expect((await get(who.admin!, name, HALF_YEAR)).status).toBe(200);
      for (const role of ['volunteer', 'applicant', 'reviewer'] as const) expect((await get(who[role]!, name, HALF_YEAR)).status).toBe(403);
      expect((await get(null, name, HALF_YEAR)).status).toBe(401);
    });
  });

  describe('bad requests', () => {
    it('answers 404 for an unknown report, in the reader language', async () => {
      const de = await get(who.coordinator!, 'finances', HALF_YEAR);
      expect(de.status).toBe(404);
      expect(fieldErrors(de.body)).toEqual({ name: 'Diesen Bericht gibt es nicht.' });
      const en = await get(who.coordinator!, 'finances', HALF_YEAR, 'en');
      expect(fieldErrors(en.body)).toEqual({ name: 'There is no such report.' });
    });

    it.each(REPORT_NAMES)('%s: names the wrong field in German, or English when asked', async (name) => {
      const grimma = await municipalityId(t, 'Grimma');
      const cases: [Record<string, unknown>, Record<string, string>, Record<string, string>][] = [
        [{}, { from: 'Zeitraum von: Bitte geben Sie ein Datum an.', to: 'Zeitraum bis: Bitte geben Sie ein Datum an.' },
          { from: 'Period from: Please enter a date.', to: 'Period to: Please enter a date.' }],
        [{ from: '2025-02-30', to: 'yesterday' },
          { from: 'Zeitraum von: Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-01-31.', to: 'Zeitraum bis: Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-01-31.' },
          { from: 'Period from: Please enter a date as YYYY-MM-DD, e.g. 2026-01-31.', to: 'Period to: Please enter a date as YYYY-MM-DD, e.g. 2026-01-31.' }],
        [{ from: '2025-03-01', to: '2025-02-28' }, { to: 'Zeitraum bis: Das Ende darf nicht vor dem Beginn liegen.' }, { to: 'Period to: The end must not be before the start.' }],
        [{ from: '2015-01-01', to: '2025-01-01' }, { to: 'Zeitraum bis: Der Zeitraum darf höchstens 10 Jahre umfassen.' }, { to: 'Period to: The period may span at most 10 years.' }],
        [{ ...HALF_YEAR, municipalityId: 'abc' }, { municipalityId: 'Gemeinde: Diese Gemeinde gibt es in der Liste nicht.' }, { municipalityId: 'Municipality: This municipality is not in the list.' }],
        [{ ...HALF_YEAR, municipalityId: 99999 }, { municipalityId: 'Gemeinde: Diese Gemeinde gibt es in der Liste nicht.' }, { municipalityId: 'Municipality: This municipality is not in the list.' }],
        [{ ...HALF_YEAR, municipalityId: `${grimma}.5` }, { municipalityId: 'Gemeinde: Diese Gemeinde gibt es in der Liste nicht.' }, { municipalityId: 'Municipality: This municipality is not in the list.' }],
      ];
      for (const [query, de, en] of cases) {
        const resDe = await get(who.coordinator!, name, query);
        expect([resDe.status, fieldErrors(resDe.body)]).toEqual([400, de]);
        const resEn = await get(who.coordinator!, name, query, 'en');
        expect([resEn.status, fieldErrors(resEn.body)]).toEqual([400, en]);
      }
    });

    it('refuses SQL in every parameter and changes nothing', async () => {
      const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM municipalities)::int AS m, (SELECT count(*) FROM users)::int AS u, to_regclass('volunteers') IS NOT NULL AS v`);
      const sql = `2025-01-01'; DROP TABLE volunteers; --`;
      for (const name of REPORT_NAMES) {
        const res = await get(who.coordinator!, name, { from: sql, to: `2025-06-30' OR '1'='1`, municipalityId: '1; DELETE FROM municipalities' });
        expect(res.status).toBe(400);
        expect(Object.keys(fieldErrors(res.body)).sort()).toEqual(['from', 'municipalityId', 'to']);
        const twice = await get(who.coordinator!, name, { from: ['2025-01-01', '2025-02-01'], to: HALF_YEAR.to });
        expect([twice.status, Object.keys(fieldErrors(twice.body))]).toEqual([400, ['from']]);
      }
      const named = await get(who.coordinator!, `volunteers'; DROP TABLE volunteers; --`, HALF_YEAR);
      expect(named.status).toBe(404);
      const after = await t.dataSource.query(`SELECT (SELECT count(*) FROM municipalities)::int AS m, (SELECT count(*) FROM users)::int AS u, to_regclass('volunteers') IS NOT NULL AS v`);
      expect(after).toEqual(before);
      expect(before[0].v).toBe(true);
    });
  });

  describe('personal data', () => {
    it('never appears in any report, only aggregates', async () => {
      const names = ['Xaverius', 'Quappendorf', 'Zwetschgenbaum', 'Hildegunde', 'quappendorf@example.org', 'DE02120300000000202051'];
      const grimma = await municipalityId(t, 'Grimma');
      const volunteers = [];
      for (const n of [1, 2, 3, 4]) {
        volunteers.push(await addVolunteer(t, { firstName: `Xaverius${n}`, lastName: 'Quappendorf', email: `x${n}.quappendorf@example.org`, account: false, municipalityId: grimma }));
      }
      for (const v of volunteers) await insertEntry(t, { volunteerId: v.id, date: daysAgo(3), minutes: 90, status: 'approved' });
      await t.dataSource.query(`INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs, contact_person, email) VALUES ('family', 'Familie Zwetschgenbaum', $1, 'A1', 'Hildegunde braucht Hilfe', 'Hildegunde Zwetschgenbaum', 'quappendorf@example.org')`, [grimma]);
      const eventId = await insertEvent(t, { title: 'Dankeschön-Fest', startsAt: new Date(`${daysAgo(2)}T15:00:00+01:00`), rsvpDeadline: daysAgo(10) });
      for (const [k, v] of volunteers.entries()) {
        await t.dataSource.query(
          `INSERT INTO event_invitations (event_id, email_key, email, name, volunteer_id, status, invited_at, checked_in_at) VALUES ($1, $2, $2, $3, $4, 'accepted', now(), now())`,
          [eventId, `x${k}.quappendorf@example.org`, `Xaverius${k} Quappendorf`, v.id],
        );
      }
      const callId = await insertCall(t);
      const applicant = await createUser(t, 'quappendorf@example.org', ['applicant']);
      for (const n of [1, 2, 3]) {
        await t.dataSource.query(
          `INSERT INTO grant_applications (call_id, applicant_id, status, data, requested_cents, submitted_at) VALUES ($1, $2, 'submitted', $3::jsonb, 10000, now())`,
          [callId, applicant.id, JSON.stringify({ title: `Projekt ${n}`, organisationName: 'Quappendorf e. V.', accountHolder: 'Xaverius Quappendorf', iban: 'DE02120300000000202051', fieldOfAction: 'cohesion', municipalityId: grimma })],
        );
      }
      const period = { from: daysAgo(40), to: today() };
      const reports = await Promise.all(REPORT_NAMES.map((name) => report(name, period)));
      for (const r of reports) {
        const json = JSON.stringify(r);
        for (const n of names) expect(json).not.toContain(n);
      }
      // The data was there to be left out: the figures count it.
      const total = (name: string, table: string, column: string) => reports.find((r) => r.name === name)!.tables.find((x) => x.key === table)!.total!.cells[column];
      expect(total('events', 'eventsAttendance', 'attended')).toBe(4);
      expect(total('grants', 'grantsByField', 'submitted')).toBe(3);
    });
  });
});
