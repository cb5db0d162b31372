import type { Report, ReportTable } from '@miteinander/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { addVolunteer, staff } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';
import { fetchReport, tableOf } from './report-fixtures';

/** Rows of a table as [key, label, ...cells in column order]; the total as its cells in column order. */
const grid = (table: ReportTable) => table.rows.map((r) => [r.key, r.label, ...table.columns.map((c) => r.cells[c.key])]);
const totalOf = (table: ReportTable) => table.total && table.columns.map((c) => table.total!.cells[c.key]);
const nonZero = (table: ReportTable) => grid(table).filter((row) => row.slice(2).some((cell) => cell !== 0));

describe('the honorary card report', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let grimma: number;
  let borna: number;

  const report = (query: Record<string, string | number>, lang = 'de'): Promise<Report> => fetchReport(coordinator, 'cards', query, lang);
  const table = tableOf;
  const period = { from: '2025-01-15', to: '2025-03-31' };

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    coordinator = await staff(t, 'koord.bericht.karten@example.org');
    grimma = await municipalityId(t, 'Grimma');
    borna = await municipalityId(t, 'Borna');
    const person = async (name: string, municipality: number | undefined) =>
      (await addVolunteer(t, { firstName: name, lastName: 'Karte', email: `${name.toLowerCase()}.karte@example.org`, account: false, municipalityId: municipality })).id;
    const v: Record<string, string> = {};
    for (let i = 1; i <= 8; i++) v[`G${i}`] = await person(`G${i}`, grimma);
    for (let i = 1; i <= 4; i++) v[`B${i}`] = await person(`B${i}`, borna);
    v['N1'] = await person('N1', undefined);

    const application = async (who: string, receivedAt: string, status: string, decidedAt: string | null = null): Promise<string> => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, decided_at, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at)
         VALUES ($1, (SELECT id FROM card_rule_sets ORDER BY code, version LIMIT 1), $2, $3, $4, '{}'::jsonb, false, md5(random()::text), now() + interval '90 days')
         RETURNING id`,
        [v[who], status, receivedAt, decidedAt],
      );
      return id;
    };
    const card = async (who: string, applicationId: string, c: { issuedAt: string; validFrom: string; validUntil: string | null; revokedAt?: string }) =>
      t.dataSource.query(
        `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, issued_at, revoked_at)
         VALUES ($1, $2, 'ehrenamtskarte', md5(random()::text), $3, $4, md5(random()::text), $5, $6)`,
        [applicationId, v[who], c.validFrom, c.validUntil, c.issuedAt, c.revokedAt ?? null],
      );
    const issued = async (who: string, receivedAt: string, c: { issuedAt: string; validFrom: string; validUntil: string | null; revokedAt?: string }) =>
      card(who, await application(who, receivedAt, 'issued', c.issuedAt), c);

    // January: three applications, the first 00:30 on 15 January in Berlin (23:30 UTC the day before); one just before.
    await issued('G1', '2025-01-14T23:30:00Z', { issuedAt: '2025-01-28T10:00:00Z', validFrom: '2025-01-28', validUntil: '2028-01-27' });
    await issued('G2', '2025-01-20T09:00:00Z', { issuedAt: '2025-01-29T10:00:00Z', validFrom: '2025-01-29', validUntil: '2028-01-28', revokedAt: '2025-03-31T12:00:00Z' });
    await issued('G3', '2025-01-20T10:00:00Z', { issuedAt: '2025-01-30T10:00:00Z', validFrom: '2025-01-30', validUntil: '2028-01-29', revokedAt: '2025-03-31T22:30:00Z' });
    await application('G8', '2025-01-14T22:30:00Z', 'rejected', '2025-01-20T10:00:00Z');
    // February: four applications, four cards.
    for (const who of ['G4', 'G5', 'G6']) await issued(who, '2025-02-03T09:00:00Z', { issuedAt: '2025-02-20T10:00:00Z', validFrom: '2025-02-20', validUntil: '2028-02-19' });
    await issued('B1', '2025-02-04T09:00:00Z', { issuedAt: '2025-02-25T10:00:00Z', validFrom: '2025-02-25', validUntil: null });
    // March: four applications (the last at 23:30 on 31 March in Berlin), two cards, one valid only from April.
    await issued('B2', '2025-03-02T09:00:00Z', { issuedAt: '2025-03-20T10:00:00Z', validFrom: '2025-03-20', validUntil: '2028-03-19' });
    await issued('B3', '2025-03-03T09:00:00Z', { issuedAt: '2025-03-20T11:00:00Z', validFrom: '2025-04-01', validUntil: '2028-03-31' });
    await application('N1', '2025-03-01T09:00:00Z', 'rejected', '2025-03-10T10:00:00Z');
    await application('B4', '2025-03-31T21:30:00Z', 'awaiting_confirmation');
    await application('G7', '2025-03-31T22:30:00Z', 'ready_for_decision'); // 00:30 on 1 April in Berlin
    // Cards from before the period: valid to its last day, expired the day before, and one of a volunteer without municipality.
    await issued('G8', '2023-04-01T09:00:00Z', { issuedAt: '2023-05-01T10:00:00Z', validFrom: '2023-05-01', validUntil: '2025-03-31' });
    await issued('G7', '2022-03-01T09:00:00Z', { issuedAt: '2022-03-31T10:00:00Z', validFrom: '2022-03-31', validUntil: '2025-03-30' });
    await issued('N1', '2024-01-10T09:00:00Z', { issuedAt: '2024-01-15T10:00:00Z', validFrom: '2024-01-15', validUntil: null });
  });
  afterAll(() => t.close());

  it('counts applications, cards issued and rejections per Berlin month, hiding small figures and one more where a total would give them away', async () => {
    const r = await report(period);
    expect(r).toMatchObject({ name: 'cards', title: 'Ehrenamtskarte', municipalityNote: null });
    const byMonth = table(r, 'cardsByMonth');
    expect(byMonth).toMatchObject({ title: 'Anträge und Karten je Monat', chart: 'bar' });
    expect(byMonth.columns.map((c) => [c.key, c.label, c.unit])).toEqual([
      ['applications', 'Anträge', 'count'],
      ['issued', 'Ausgestellte Karten', 'count'],
      ['rejected', 'Abgelehnte Anträge', 'count'],
    ]);
    // Issued: March (2) is hidden, so January (3) is too, or it could be worked out from the total.
    expect(grid(byMonth)).toEqual([
      ['2025-01', 'Januar 2025', 3, '< 3', '< 3'],
      ['2025-02', 'Februar 2025', 4, 4, 0],
      ['2025-03', 'März 2025', 4, '< 3', '< 3'],
    ]);
    expect(totalOf(byMonth)).toEqual([11, 9, '< 3']);
  });

  it('counts cards issued in the period and valid on its last day per municipality', async () => {
    const byPlace = table(await report(period), 'cardsByMunicipality');
    expect(byPlace.columns.map((c) => [c.key, c.label])).toEqual([
      ['issued', 'Ausgestellt im Zeitraum'],
      ['valid', 'Gültig am 31.03.2025'],
    ]);
    expect(nonZero(byPlace)).toEqual([
      [String(borna), 'Borna', 3, '< 3'],
      [String(grimma), 'Grimma', 6, 6],
      ['none', 'Ohne Angabe der Gemeinde', 0, '< 3'],
    ]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM municipalities WHERE NOT outside_county`);
    expect(byPlace.rows).toHaveLength(n + 1);
    expect(totalOf(byPlace)).toEqual([9, 9]);
  });

  it('filters by the volunteer’s municipality', async () => {
    const r = await report({ ...period, municipalityId: borna });
    expect(r.municipalityId).toBe(borna);
    // Applications: February (1) is hidden, and so March (3), which the total would otherwise give away.
    expect(grid(table(r, 'cardsByMonth'))).toEqual([
      ['2025-01', 'Januar 2025', 0, 0, 0],
      ['2025-02', 'Februar 2025', '< 3', '< 3', 0],
      ['2025-03', 'März 2025', '< 3', '< 3', 0],
    ]);
    expect(totalOf(table(r, 'cardsByMonth'))).toEqual([4, 3, 0]);
    expect(grid(table(r, 'cardsByMunicipality'))).toEqual([[String(borna), 'Borna', 3, '< 3']]);
    expect(totalOf(table(r, 'cardsByMunicipality'))).toEqual([3, '< 3']);
  });

  it('speaks English when asked', async () => {
    const r = await report(period, 'en');
    expect(r.title).toBe('Honorary card');
    expect(table(r, 'cardsByMonth').rows.map((row) => row.label)).toEqual(['January 2025', 'February 2025', 'March 2025']);
    expect(table(r, 'cardsByMonth').columns.map((c) => c.label)).toEqual(['Applications', 'Cards issued', 'Applications rejected']);
    const byPlace = table(r, 'cardsByMunicipality');
    expect(byPlace.title).toBe('Cards by municipality');
    expect(byPlace.columns.map((c) => c.label)).toEqual(['Issued in the period', 'Valid on 31 Mar 2025']);
    expect(byPlace.rows.at(-1)?.label).toBe('Municipality not stated');
    expect(byPlace.total?.label).toBe('Total');
  });
});
