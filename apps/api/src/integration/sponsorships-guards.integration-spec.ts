import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { daysAgo, staff, today } from './hours-fixtures';
import { api, backdate, familyRequest, fieldErrors, readyVolunteer } from './sponsorship-fixtures';
import { insertPoliceCheck } from './police-certificate-fixture';

/**
 * Every guard of the lifecycle through the API, one row each: the step, what is missing or wrong, the field
 * named and its message; the sponsorship stays where it was and no history row is written.
 */
describe('every lifecycle guard refuses with the field named and writes nothing', () => {
  let t: TestApp;
  let coord: SignedIn;
  let c: ReturnType<typeof api>;

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    c = api(coord);
  });
  afterAll(() => t.close());

  /** A request walked through `steps` (recorded 90 days ago). */
  async function at(steps: Record<string, unknown>[], overrides: Record<string, unknown> = {}): Promise<string> {
    const id = (await c.create(await familyRequest(t, overrides))).body.id;
    await backdate(t, id, 90);
    for (const step of steps) {
      const res = await c.move(id, step);
      if (res.status !== 200) throw new Error(`${JSON.stringify(step)}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return id;
  }

  async function expectRefused(id: string, body: Record<string, unknown>, expected: Record<string, string>): Promise<void> {
    const before = await c.get(`/${id}`);
    const res = await c.move(id, body);
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual(expected);
    const after = await c.get(`/${id}`);
    expect(after.body.state).toBe(before.body.state);
    expect(after.body.transitions).toHaveLength(before.body.transitions.length);
  }

  it('ready to match: a family with children needs the guardian consent', async () => {
    const id = await at([{ to: 'intake' }], { guardianConsent: null });
    await expectRefused(id, { to: 'ready_to_match' }, {
      guardianConsent: 'Einwilligung der Sorgeberechtigten: Für Minderjährige wird die Einwilligung der Sorgeberechtigten benötigt (Name und Datum).',
    });
  });

  it('match proposed: only an active volunteer, and an unknown one is named as such', async () => {
    const paused = await readyVolunteer(t, 'pause@example.org', { certificate: true });
    await t.dataSource.query(`UPDATE volunteers SET status = 'paused' WHERE id = $1`, [paused.id]);
    const id = await at([{ to: 'intake' }, { to: 'ready_to_match' }]);
    await expectRefused(id, { to: 'match_proposed', volunteerId: paused.id }, { volunteerId: 'Ehrenamtliche Person: Nur aktive Freiwillige können vorgeschlagen werden.' });
    await expectRefused(id, { to: 'match_proposed', volunteerId: '00000000-0000-4000-8000-000000000000' }, { volunteerId: 'Ehrenamtliche Person: Diese ehrenamtliche Person gibt es nicht.' });
  });

  it('match proposed: an expired certificate or a relevant entry keeps a volunteer away from children', async () => {
    const expired = await readyVolunteer(t, 'abgelaufen@example.org');
    await insertPoliceCheck(t.dataSource, expired.id, { inspectionDate: '2020-01-10', issueDate: '2020-01-01' });
    const entry = await readyVolunteer(t, 'eintrag@example.org');
    await insertPoliceCheck(t.dataSource, entry.id, { inspectionDate: daysAgo(5), issueDate: daysAgo(5), relevantEntry: true });
    const id = await at([{ to: 'intake' }, { to: 'ready_to_match' }]);
    await expectRefused(id, { to: 'match_proposed', volunteerId: expired.id }, {
      volunteerId: 'Ehrenamtliche Person: Bei Minderjährigen ist ein gültiges erweitertes Führungszeugnis nötig; das erfasste ist abgelaufen.',
    });
    await expectRefused(id, { to: 'match_proposed', volunteerId: entry.id }, {
      volunteerId: 'Ehrenamtliche Person: Diese Person kann wegen eines einschlägigen Eintrags nicht mit Minderjährigen vermittelt werden.',
    });
  });

  it('intro meeting: needs a real date, not before the request', async () => {
    const v = await readyVolunteer(t, 'kennenlernen@example.org', { certificate: true });
    const id = await at([{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: v.id }]);
    await expectRefused(id, { to: 'intro_meeting' }, { introMeetingDate: 'Datum des Kennenlernens: Bitte ausfüllen.' });
    await expectRefused(id, { to: 'intro_meeting', introMeetingDate: '2026-02-30' }, { introMeetingDate: 'Datum des Kennenlernens: Bitte ein gültiges Datum angeben (JJJJ-MM-TT).' });
    await expectRefused(id, { to: 'intro_meeting', introMeetingDate: daysAgo(100) }, { introMeetingDate: 'Datum des Kennenlernens: Das Datum liegt vor der Anfrage.' });
  });

  it('trial: both sides must have agreed, it cannot start before the intro meeting, and lasts 4 to 12 weeks', async () => {
    const v = await readyVolunteer(t, 'probe@example.org', { certificate: true });
    const id = await at([{ to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: v.id }, { to: 'intro_meeting', introMeetingDate: daysAgo(10) }]);
    await expectRefused(id, { to: 'trial', trialStart: daysAgo(5) }, { bothAgreed: 'Einverständnis beider Seiten: Die Probephase beginnt erst, wenn beide Seiten beim Kennenlernen zugestimmt haben.' });
    await expectRefused(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(11) }, { trialStart: 'Beginn der Probephase: Die Probephase kann nicht vor dem Kennenlernen beginnen.' });
    await expectRefused(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(5), trialWeeks: 13 }, { trialWeeks: 'Dauer der Probephase (Wochen): Bitte höchstens 12 angeben.' });
    const ok = await c.move(id, { to: 'trial', bothAgreed: true, trialStart: daysAgo(5), trialWeeks: 4 });
    expect(ok.body).toMatchObject({ state: 'trial', trialWeeks: 4, nextCheckInDue: daysAgo(5 - 28) });
  });

  it('active: only after the trial review', async () => {
    const v = await readyVolunteer(t, 'aktiv@example.org', { certificate: true });
    const id = await at([
      { to: 'intake' }, { to: 'ready_to_match' }, { to: 'match_proposed', volunteerId: v.id }, { to: 'intro_meeting', introMeetingDate: daysAgo(60) },
      { to: 'trial', bothAgreed: true, trialStart: daysAgo(50) },
    ]);
    await expectRefused(id, { to: 'active' }, { trialReview: 'Auswertungsgespräch nach der Probephase: Bitte zuerst das Auswertungsgespräch nach der Probephase erfassen.' });
  });

  it('closed: end reason, a note for "other", an end date neither in the future nor before the start', async () => {
    const id = await at([{ to: 'intake' }]);
    await expectRefused(id, { to: 'closed', endDate: today(), endReason: 'other' }, { closingNote: 'Abschlussnotiz: Bitte ausfüllen.' });
    await expectRefused(id, { to: 'closed', endReason: 'no_contact' }, { endDate: 'Enddatum: Bitte ausfüllen.' });
    await expectRefused(id, { to: 'closed', endDate: '2999-12-31', endReason: 'no_contact' }, { endDate: 'Enddatum: Das Datum darf nicht in der Zukunft liegen.' });
    await expectRefused(id, { to: 'closed', endDate: daysAgo(91), endReason: 'no_contact' }, { endDate: 'Enddatum: Das Enddatum liegt vor dem Beginn.' });
    expect((await c.move(id, { to: 'closed', endDate: today(), endReason: 'no_contact' })).body).toMatchObject({ state: 'closed', endReason: 'no_contact' });
  });

  it('answers in English when asked', async () => {
    const id = await at([{ to: 'intake' }]);
    const res = await api(coord, 'en').move(id, { to: 'closed', endDate: today() });
    expect(fieldErrors(res.body)).toEqual({ endReason: 'End reason: Please fill this in.' });
  });
});
