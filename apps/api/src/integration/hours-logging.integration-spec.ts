import { addDays } from '@miteinander/domain-hours';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addOrganisation, addVolunteer, daysAgo, entryCount, fieldErrors, insertEntry, staff, today, type TestVolunteer } from './hours-fixtures';

describe('logging hours', () => {
  let t: TestApp;
  let anna: TestVolunteer;
  let annaApi: SignedIn;
  let ben: TestVolunteer;
  let coordinator: SignedIn;
  let tafel: string;
  let fremd: string;

  const post = (who: SignedIn, body: object, headers: Record<string, string> = {}) =>
    who.agent.post('/api/v1/hours').set('x-xsrf-token', who.csrf).set(headers).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    tafel = (await addOrganisation(t, 'Tafel Borna')).id;
    fremd = (await addOrganisation(t, 'Fremde Einsatzstelle')).id;
    anna = await addVolunteer(t, { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.stunden@example.org', organisations: [tafel] });
    annaApi = anna.signedIn!;
    ben = await addVolunteer(t, { firstName: 'Ben', lastName: 'Yılmaz', email: 'ben.stunden@example.org', organisations: [tafel] });
    coordinator = await staff(t, 'koord.stunden@example.org');
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM hour_entries`);
    await t.dataSource.query(`DELETE FROM hours_period_lock`);
  });

  it('logs an entry for the volunteer themselves, audited with who did it', async () => {
    const res = await post(annaApi, { activityDate: today(), minutes: 90, activity: 'Lernunterstützung', organisationId: tafel, note: 'Mathe mit Samira' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      volunteerId: anna.id, volunteerName: 'Anna Schmidt', organisationId: tafel, organisationName: 'Tafel Borna', activityDate: today(),
      minutes: 90, activity: 'Lernunterstützung', note: 'Mathe mit Samira', status: 'submitted', decidedBy: null,
    });
    const [audit] = await t.dataSource.query(`SELECT actor_id, action, diff FROM audit_log WHERE entity = 'hour_entry' AND entity_id = $1`, [res.body.id]);
    expect(audit).toMatchObject({ actor_id: annaApi.userId, action: 'create' });
    expect(audit.diff.minutes).toEqual([null, 90]);
    const mine = await annaApi.agent.get('/api/v1/hours/mine');
    expect(mine.body).toMatchObject({ total: 1, items: [{ id: res.body.id }] });
  });

  it('refuses zero, negative and non-quarter-hour minutes, naming the field, and writes nothing', async () => {
    for (const [minutes, text] of [[0, 'größer als null'], [-30, 'größer als null'], [50, 'Viertelstunden'], [22.5, 'ganze Zahl']] as const) {
      const res = await post(annaApi, { activityDate: today(), minutes, activity: 'Sprachcafé' });
      expect(res.status).toBe(400);
      expect(fieldErrors(res.body)['minutes']).toContain(text);
      expect(fieldErrors(res.body)['minutes']).toMatch(/^Dauer in Minuten: /);
    }
    expect(await entryCount(t)).toBe(0);
  });

  it('answers in English when asked', async () => {
    const res = await post(annaApi, { activityDate: today(), minutes: 20, activity: 'Sprachcafé' }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Please check the marked fields.');
    expect(fieldErrors(res.body)['minutes']).toBe('Duration in minutes: Please use quarter hours (15, 30, 45 minutes …).');
    expect(await entryCount(t)).toBe(0);
  });

  it('counts submitted and approved entries of the day towards 24 hours, but not rejected or withdrawn ones', async () => {
    const day = daysAgo(3);
    await insertEntry(t, { volunteerId: anna.id, date: day, minutes: 600, status: 'submitted' });
    await insertEntry(t, { volunteerId: anna.id, date: day, minutes: 600, status: 'approved' });
    await insertEntry(t, { volunteerId: anna.id, date: day, minutes: 600, status: 'rejected' });
    await insertEntry(t, { volunteerId: anna.id, date: day, minutes: 600, status: 'withdrawn' });
    const tooMuch = await post(annaApi, { activityDate: day, minutes: 255, activity: 'Begleitung' });
    expect(tooMuch.status).toBe(400);
    expect(fieldErrors(tooMuch.body)['minutes']).toBe('Dauer in Minuten: An einem Tag können insgesamt höchstens 24 Stunden eingetragen werden (bereits eingetragen: 20 Stunden).');
    expect(await entryCount(t, anna.id)).toBe(4);
    expect((await post(annaApi, { activityDate: day, minutes: 240, activity: 'Begleitung' })).status).toBe(201);
    // Another day is a fresh 24 hours.
    expect((await post(annaApi, { activityDate: daysAgo(4), minutes: 1440, activity: 'Ferienfreizeit' })).status).toBe(201);
    expect((await post(annaApi, { activityDate: daysAgo(5), minutes: 1455, activity: 'Ferienfreizeit' })).status).toBe(400);
  });

  it('lets only one of two simultaneous entries through when together they exceed 24 hours', async () => {
    const day = daysAgo(2);
    const results = await Promise.all([1, 2, 3].map(() => post(annaApi, { activityDate: day, minutes: 600, activity: 'Begleitung' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 400]);
    const [{ sum }] = await t.dataSource.query(`SELECT sum(minutes)::int AS sum FROM hour_entries WHERE volunteer_id = $1 AND activity_date = $2`, [anna.id, day]);
    expect(sum).toBe(1200);
  });

  it('refuses a date in the future (Berlin time) and broken dates', async () => {
    const tomorrow = addDays(today(), 1);
    const res = await post(annaApi, { activityDate: tomorrow, minutes: 60, activity: 'Begleitung' });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)['activityDate']).toBe('Datum: Das Datum darf nicht in der Zukunft liegen.');
    const broken = await post(annaApi, { activityDate: '2026-02-30', minutes: 60, activity: 'Begleitung' });
    expect(fieldErrors(broken.body)['activityDate']).toBe('Datum: Bitte ein gültiges Datum angeben (JJJJ-MM-TT).');
    expect(await entryCount(t)).toBe(0);
  });

  it('refuses dates on or before the closed period, for new entries and for changes', async () => {
    const before = await insertEntry(t, { volunteerId: anna.id, date: daysAgo(40), minutes: 60 });
    const lock = await coordinator.agent.put('/api/v1/hours/lock').set('x-xsrf-token', coordinator.csrf).send({ lockedThrough: daysAgo(30) });
    expect(lock.status).toBe(200);
    expect(lock.body).toMatchObject({ lockedThrough: daysAgo(30), lockedBy: 'koord.stunden' });
    const onLock = await post(annaApi, { activityDate: daysAgo(30), minutes: 60, activity: 'Begleitung' });
    expect(onLock.status).toBe(400);
    expect(fieldErrors(onLock.body)['activityDate']).toMatch(/^Datum: Der Zeitraum bis einschließlich \d\d\.\d\d\.\d{4} ist abgeschlossen/);
    const edit = await annaApi.agent.patch(`/api/v1/hours/${before}`).set('x-xsrf-token', annaApi.csrf).send({ minutes: 90 });
    expect(edit.status).toBe(400);
    expect(fieldErrors(edit.body)['activityDate']).toBeDefined();
    const moveIn = await post(annaApi, { activityDate: daysAgo(29), minutes: 60, activity: 'Begleitung' });
    expect(moveIn.status).toBe(201);
    const moveBack = await annaApi.agent.patch(`/api/v1/hours/${moveIn.body.id}`).set('x-xsrf-token', annaApi.csrf).send({ activityDate: daysAgo(31) });
    expect(moveBack.status).toBe(400);
    expect((await annaApi.agent.post(`/api/v1/hours/${before}/withdraw`).set('x-xsrf-token', annaApi.csrf)).status).toBe(400);
    expect(await entryCount(t)).toBe(2);
    expect((await t.dataSource.query(`SELECT minutes, status FROM hour_entries WHERE id = $1`, [before]))[0]).toEqual({ minutes: 60, status: 'submitted' });
    // A lock in the future is refused; volunteers cannot set one.
    const future = await coordinator.agent.put('/api/v1/hours/lock').set('x-xsrf-token', coordinator.csrf).send({ lockedThrough: '2999-01-01' });
    expect(fieldErrors(future.body)['lockedThrough']).toContain('Zukunft');
    expect((await annaApi.agent.put('/api/v1/hours/lock').set('x-xsrf-token', annaApi.csrf).send({ lockedThrough: null })).status).toBe(403);
    const reopened = await coordinator.agent.put('/api/v1/hours/lock').set('x-xsrf-token', coordinator.csrf).send({ lockedThrough: null });
    expect(reopened.body).toEqual({ lockedThrough: null, lockedAt: null, lockedBy: null });
  });

  it('forbids a volunteer to log hours for someone else (403) and writes nothing', async () => {
    const res = await post(annaApi, { volunteerId: ben.id, activityDate: today(), minutes: 60, activity: 'Begleitung' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(await entryCount(t)).toBe(0);
    // Naming oneself is fine; a coordinator names anyone.
    expect((await post(annaApi, { volunteerId: anna.id, activityDate: today(), minutes: 60, activity: 'Begleitung' })).status).toBe(201);
    const forBen = await post(coordinator, { volunteerId: ben.id, activityDate: today(), minutes: 60, activity: 'Begleitung', organisationId: fremd });
    expect(forBen.status).toBe(201);
    expect(forBen.body.volunteerName).toBe('Ben Yılmaz');
    const missing = await post(coordinator, { activityDate: today(), minutes: 60, activity: 'Begleitung' });
    expect(fieldErrors(missing.body)['volunteerId']).toBe('Ehrenamtliche Person: Bitte ausfüllen.');
  });

  it('returns the first entry for a repeated Idempotency-Key instead of writing a second', async () => {
    const body = { activityDate: today(), minutes: 60, activity: 'Sprachcafé' };
    const first = await post(annaApi, body, { 'idempotency-key': 'form-123' });
    const again = await post(annaApi, body, { 'idempotency-key': 'form-123' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const parallel = await Promise.all([1, 2].map(() => post(annaApi, body, { 'idempotency-key': 'form-456' })));
    expect(parallel[0]!.body.id).toBe(parallel[1]!.body.id);
    expect(await entryCount(t)).toBe(2);
    const tooLong = await post(annaApi, body, { 'idempotency-key': 'k'.repeat(101) });
    expect(fieldErrors(tooLong.body)['idempotencyKey']).toBeDefined();
  });

  it('refuses an unknown organisation and one the volunteer is not linked to', async () => {
    const unknown = await post(annaApi, { activityDate: today(), minutes: 60, activity: 'Begleitung', organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(fieldErrors(unknown.body)['organisationId']).toBe('Einsatzstelle: Diese Einsatzstelle gibt es nicht.');
    const unlinked = await post(annaApi, { activityDate: today(), minutes: 60, activity: 'Begleitung', organisationId: fremd });
    expect(fieldErrors(unlinked.body)['organisationId']).toBe('Einsatzstelle: Sie sind dieser Einsatzstelle nicht zugeordnet.');
    const notAnId = await post(annaApi, { activityDate: today(), minutes: 60, activity: 'Begleitung', organisationId: 'tafel' });
    expect(notAnId.status).toBe(400);
    expect(fieldErrors(notAnId.body)['organisationId']).toBeDefined();
    expect(await entryCount(t)).toBe(0);
  });

  it('answers a 1 MB note with 400 naming the note, not 413 or 500', async () => {
    const res = await post(annaApi, { activityDate: today(), minutes: 60, activity: 'Begleitung', note: 'x'.repeat(1_000_000) });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)['note']).toBe('Notiz: Bitte höchstens 2000 Zeichen angeben.');
    expect(await entryCount(t)).toBe(0);
  });

  it('lets volunteers edit and withdraw their own entries; editing an approved entry sends it back for approval', async () => {
    const entry = (await post(annaApi, { activityDate: today(), minutes: 60, activity: 'Begleitung', organisationId: tafel })).body;
    const edited = await annaApi.agent.patch(`/api/v1/hours/${entry.id}`).set('x-xsrf-token', annaApi.csrf).send({ minutes: 75, note: 'Jobcenter' });
    expect(edited.body).toMatchObject({ minutes: 75, note: 'Jobcenter', status: 'submitted' });

    const decided = await coordinator.agent.post('/api/v1/hours/decisions').set('x-xsrf-token', coordinator.csrf).send({ ids: [entry.id], decision: 'approve' });
    expect(decided.body).toEqual({ approved: 1, rejected: 0, skipped: 0 });
    const reopened = await annaApi.agent.patch(`/api/v1/hours/${entry.id}`).set('x-xsrf-token', annaApi.csrf).send({ minutes: 90 });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ minutes: 90, status: 'submitted', decidedAt: null, decidedBy: null });
    const [row] = await t.dataSource.query(`SELECT decided_by_user, decided_at FROM hour_entries WHERE id = $1`, [entry.id]);
    expect(row).toEqual({ decided_by_user: null, decided_at: null });
    const trail = await t.dataSource.query(`SELECT diff FROM audit_log WHERE entity = 'hour_entry' AND entity_id = $1 ORDER BY id`, [entry.id]);
    expect(trail.at(-1).diff.status).toEqual(['approved', 'submitted']);

    const withdrawn = await annaApi.agent.post(`/api/v1/hours/${entry.id}/withdraw`).set('x-xsrf-token', annaApi.csrf);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await annaApi.agent.patch(`/api/v1/hours/${entry.id}`).set('x-xsrf-token', annaApi.csrf).send({ minutes: 30 })).status).toBe(409);
    expect((await annaApi.agent.post(`/api/v1/hours/${entry.id}/withdraw`).set('x-xsrf-token', annaApi.csrf)).status).toBe(409);
  });

  it("hides other volunteers' entries: 404 on edit and withdraw, and nothing in their own list", async () => {
    const bens = await insertEntry(t, { volunteerId: ben.id, date: today(), minutes: 60 });
    expect((await annaApi.agent.patch(`/api/v1/hours/${bens}`).set('x-xsrf-token', annaApi.csrf).send({ minutes: 15 })).status).toBe(404);
    expect((await annaApi.agent.post(`/api/v1/hours/${bens}/withdraw`).set('x-xsrf-token', annaApi.csrf)).status).toBe(404);
    expect((await annaApi.agent.get('/api/v1/hours/mine')).body.total).toBe(0);
    expect((await annaApi.agent.get('/api/v1/hours')).status).toBe(403);
    expect((await t.dataSource.query(`SELECT minutes FROM hour_entries WHERE id = $1`, [bens]))[0].minutes).toBe(60);
  });

  it('asks an account without a volunteer profile to create one first', async () => {
    const noProfile = await staff(t, 'ohne.profil@example.org', ['volunteer']);
    const res = await post(noProfile, { activityDate: today(), minutes: 60, activity: 'Begleitung' });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)['volunteerId']).toContain('kein Ehrenamtsprofil');
    expect((await noProfile.agent.get('/api/v1/hours/mine')).body).toMatchObject({ items: [], total: 0 });
    expect((await noProfile.agent.get('/api/v1/hours/mine/totals')).body.totalMinutes).toBe(0);
  });
});
