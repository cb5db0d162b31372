import { localDate } from '@miteinander/domain-reminders';
import { addDays, addMonths, addYears } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

function fieldErrors(body: { errors?: { field: string; message: string }[] }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
}

describe('extended police certificate (§72a SGB VIII): only the facts of the inspection', () => {
  let t: TestApp;
  let coord: SignedIn;
  let volunteerId: string;
  const today = localDate(new Date(), 'Europe/Berlin');
  const put = (body: Record<string, unknown>, lang = 'de') =>
    coord.agent.put(`/api/v1/volunteers/${volunteerId}/police-certificate`).set('x-xsrf-token', coord.csrf).set('accept-language', lang).send(body);
  const checks = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM police_certificate_checks`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    await createUser(t, 'koord@example.org', ['coordinator']);
    coord = await signIn(t, 'koord@example.org');
    const [{ id: municipalityId }] = await t.dataSource.query(`SELECT id FROM municipalities WHERE name = 'Grimma'`);
    const res = await coord.agent
      .post('/api/v1/volunteers')
      .set('x-xsrf-token', coord.csrf)
      .send({ firstName: 'Anna', lastName: 'Schmidt', municipalityId, languages: [{ code: 'de', level: 'native' }] });
    volunteerId = res.body.id;
  });
  afterAll(() => t.close());

  it('refuses an inspection date before the certificate was issued, naming the inspection date, and writes nothing', async () => {
    const res = await put({ inspectionDate: addDays(today, -20), issueDate: addDays(today, -10), relevantEntry: false, inspector: 'K. Hoffmann' });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({ inspectionDate: 'Datum der Einsichtnahme: Die Einsichtnahme kann nicht vor dem Ausstellungsdatum des Führungszeugnisses liegen.' });
    expect(await checks()).toBe(0);
  });

  it('refuses a certificate older than 3 months at the inspection, naming the issue date, in German or English', async () => {
    const body = { inspectionDate: addDays(today, -1), issueDate: addDays(addMonths(addDays(today, -1), -3), -1), relevantEntry: false, inspector: 'K. Hoffmann' };
    const de = await put(body);
    expect(de.status).toBe(400);
    expect(fieldErrors(de.body)).toEqual({ issueDate: 'Ausstellungsdatum: Das Führungszeugnis darf bei der Einsichtnahme höchstens 3 Monate alt sein.' });
    const en = await put(body, 'en');
    expect(fieldErrors(en.body)).toEqual({ issueDate: 'Date of issue: The certificate must be at most 3 months old when inspected.' });
    expect(await checks()).toBe(0);
    // Exactly three months is still fine.
    expect((await put({ ...body, issueDate: addMonths(addDays(today, -1), -3) })).status).toBe(200);
    await coord.agent.delete(`/api/v1/volunteers/${volunteerId}/police-certificate`).set('x-xsrf-token', coord.csrf).expect(204);
  });

  it('refuses an inspection in the future, impossible dates and a missing inspector', async () => {
    const future = await put({ inspectionDate: addDays(today, 1), issueDate: today, relevantEntry: false, inspector: 'K. Hoffmann' });
    expect(fieldErrors(future.body)).toEqual({ inspectionDate: 'Datum der Einsichtnahme: Das Datum darf nicht in der Zukunft liegen.' });
    const impossible = await put({ inspectionDate: '2026-02-30', issueDate: '30.01.2026', relevantEntry: 'nein' });
    expect(Object.keys(fieldErrors(impossible.body)).sort()).toEqual(['inspectionDate', 'inspector', 'issueDate', 'relevantEntry']);
    expect(await checks()).toBe(0);
  });

  it('has no place for the document itself: an upload field is refused', async () => {
    const res = await put({ inspectionDate: today, issueDate: today, relevantEntry: false, inspector: 'K. Hoffmann', document: 'JVBERi0xLjQK' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('document');
    expect(await checks()).toBe(0);
  });

  it('records the facts and shows "valid until" issue date + 5 years', async () => {
    const issueDate = addDays(today, -30);
    const res = await put({ inspectionDate: addDays(today, -2), issueDate, relevantEntry: false, inspector: 'Katrin Hoffmann' });
    expect(res.status).toBe(200);
    expect(res.body.policeCertificateRecord).toEqual({
      inspected: true,
      inspectionDate: addDays(today, -2),
      issueDate,
      relevantEntry: false,
      inspector: 'Katrin Hoffmann',
      validUntil: addYears(issueDate, 5),
      state: 'valid',
      recordedAt: expect.any(String),
    });
    expect(res.body.policeCertificate).toEqual({ state: 'valid', validUntil: addYears(issueDate, 5) });
    const columns: { column_name: string }[] = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'police_certificate_checks'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['entry_tag', 'inspection_date', 'inspector', 'issue_date', 'recorded_at', 'recorded_by', 'relevant_entry', 'volunteer_id']);
    const audit = await t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE entity = 'police-certificate' AND entity_id = $1`, [volunteerId]);
    expect(audit).toContainEqual({ action: 'create', actor_id: coord.userId });
  });

  it('replaces the record with a new inspection; a relevant entry shows as such', async () => {
    const res = await put({ inspectionDate: today, issueDate: addDays(today, -5), relevantEntry: true, inspector: 'Jonas Becker' });
    expect(res.body.policeCertificateRecord).toMatchObject({ issueDate: addDays(today, -5), relevantEntry: true, inspector: 'Jonas Becker', state: 'relevant_entry' });
    expect(await checks()).toBe(1);
  });

  it('writes a "read" row to the audit trail when staff open the profile holding these facts', async () => {
    await coord.agent.get(`/api/v1/volunteers/${volunteerId}`).expect(200);
    const rows = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity = 'volunteer' AND entity_id = $1`, [volunteerId]);
    expect(rows).toEqual([{ actor_id: coord.userId }]);
  });

  it('deletes the record (e.g. when the person never starts); the deletion is audited', async () => {
    const deletions = `SELECT 1 FROM audit_log WHERE entity = 'police-certificate' AND action = 'delete' AND entity_id = $1`;
    const before = (await t.dataSource.query(deletions, [volunteerId])).length;
    const res = await coord.agent.delete(`/api/v1/volunteers/${volunteerId}/police-certificate`).set('x-xsrf-token', coord.csrf);
    expect(res.status).toBe(204);
    expect(await checks()).toBe(0);
    const view = await coord.agent.get(`/api/v1/volunteers/${volunteerId}`);
    expect(view.body.policeCertificateRecord).toBeNull();
    expect(view.body.policeCertificate).toEqual({ state: 'missing', validUntil: null });
    expect(await t.dataSource.query(deletions, [volunteerId])).toHaveLength(before + 1);
    expect((await coord.agent.delete('/api/v1/volunteers/00000000-0000-4000-8000-000000000000/police-certificate').set('x-xsrf-token', coord.csrf)).status).toBe(404);
  });

  it('is for staff only', async () => {
    await createUser(t, 'ehrenamt@example.org', ['volunteer']);
    const v = await signIn(t, 'ehrenamt@example.org');
    const res = await v.agent
      .put(`/api/v1/volunteers/${volunteerId}/police-certificate`)
      .set('x-xsrf-token', v.csrf)
      .send({ inspectionDate: today, issueDate: today, relevantEntry: false, inspector: 'Ich selbst' });
    expect(res.status).toBe(403);
    expect(await checks()).toBe(0);
  });
});
