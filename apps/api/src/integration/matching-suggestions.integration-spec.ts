import { loadMunicipalities } from '@miteinander/server-people';
import { DEFAULT_WEIGHTS } from '@miteinander/domain-matching';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, staff } from './hours-fixtures';
import { matching, matchVolunteer, readyRequest } from './matching-fixtures';
import { api, familyRequest, fieldErrors } from './sponsorship-fixtures';

type Candidate = { volunteer: { id: string; name: string }; score: number; factors: { factor: string; reason: string; params?: Record<string, unknown> }[]; currentRank?: number | null };
const names = (candidates: Candidate[]) => candidates.map((c) => c.volunteer.name);
const factor = (c: Candidate, f: string) => c.factors.find((x) => x.factor === f)!;

describe('suggestions for one request: ranked, explained, never breaking a hard constraint', () => {
  let t: TestApp;
  let coord: SignedIn;
  let m: ReturnType<typeof matching>;
  let requestId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    m = matching(coord);
    requestId = await readyRequest(t, coord);
    // Near and fully available; 15 km away with one of two slots; then one volunteer per hard constraint.
    ids['Amira'] = await matchVolunteer(t, { name: 'Amira' });
    ids['Bernd'] = await matchVolunteer(t, { name: 'Bernd', municipality: 'Wurzen', availability: ['tue-evening'], languages: [{ code: 'ar', level: 'B1' }] });
    ids['Chiara'] = await matchVolunteer(t, { name: 'Chiara', languages: [{ code: 'it', level: 'native' }] });
    ids['Dora'] = await matchVolunteer(t, { name: 'Dora', status: 'paused' });
    ids['Emil'] = await matchVolunteer(t, { name: 'Emil', certificate: false });
    ids['Frieda'] = await matchVolunteer(t, { name: 'Frieda', capacity: 0 });
    // Inspected, but issued six years ago: expired for children.
    ids['Gustav'] = await matchVolunteer(t, { name: 'Gustav' });
    await t.dataSource.query(`UPDATE police_certificate_checks SET issue_date = current_date - interval '6 years', inspection_date = current_date - interval '6 years' + interval '1 month' WHERE volunteer_id = $1`, [ids['Gustav']]);
  });
  afterAll(() => t.close());

  it('ranks the eligible volunteers best first, explains every factor, and counts who each hard constraint removed', async () => {
    const res = await m.suggestions(requestId);
    expect(res.status).toBe(200);
    expect(names(res.body.candidates)).toEqual(['Amira Test', 'Bernd Test']);
    const [amira, bernd] = res.body.candidates as Candidate[];
    expect(amira!.score).toBeGreaterThan(bernd!.score);
    expect(amira!.score).toBeLessThanOrEqual(100);
    expect(factor(amira!, 'language')).toMatchObject({ reason: 'language.shared', params: { language: 'ar' } });
    expect(factor(amira!, 'distance')).toMatchObject({ reason: 'distance.same' });
    expect(factor(amira!, 'availability')).toMatchObject({ reason: 'availability.overlap', params: { matched: 2, wanted: 2 } });
    expect(factor(bernd!, 'distance')).toMatchObject({ reason: 'distance.km', params: { km: 15 } });
    expect(factor(bernd!, 'availability')).toMatchObject({ params: { matched: 1, wanted: 2 } });
    expect(res.body.candidates[0].factors.map((f: { factor: string }) => f.factor)).toEqual(['language', 'distance', 'availability', 'interests', 'preferences', 'lifeStage', 'capacity']);
    expect(res.body.excludedCounts).toEqual({ noSharedLanguage: 1, notActive: 1, policeCertificate: 2, capacityFull: 1 });
    expect(res.body.weightsVersion).toBe(0);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'match_suggestions' AND entity_id = $1 AND action = 'read'`, [requestId]);
    expect(audit.n).toBeGreaterThanOrEqual(1);
  });

  it('honours the limit, and refuses a bad one naming the field', async () => {
    expect(names((await m.suggestions(requestId, '?limit=1')).body.candidates)).toEqual(['Amira Test']);
    const bad = await m.suggestions(requestId, '?limit=0');
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldErrors(bad.body))).toEqual(['limit']);
  });

  it('an excluded pair disappears with its reason listed, and comes back when the exclusion is lifted', async () => {
    expect((await m.exclude(requestId, { volunteerId: ids['Amira'], reason: '  ' })).status).toBe(400);
    const created = await m.exclude(requestId, { volunteerId: ids['Amira'], reason: 'Kennt die Familie privat' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ volunteer: { id: ids['Amira'], name: 'Amira Test' }, reason: 'Kennt die Familie privat', createdBy: expect.any(String) });
    const twice = await m.exclude(requestId, { volunteerId: ids['Amira'], reason: 'nochmal' });
    expect(twice.status).toBe(400);
    expect(fieldErrors(twice.body)['volunteerId']).toContain('schon ausgeschlossen');
    const after = await m.suggestions(requestId);
    expect(names(after.body.candidates)).toEqual(['Bernd Test']);
    expect(after.body.excludedCounts['excluded']).toBe(1);
    expect(after.body.exclusions.map((x: { reason: string }) => x.reason)).toEqual(['Kennt die Familie privat']);
    expect((await m.removeExclusion(created.body.id)).status).toBe(204);
    expect((await m.removeExclusion(created.body.id)).status).toBe(404);
    expect(names((await m.suggestions(requestId)).body.candidates)).toEqual(['Amira Test', 'Bernd Test']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'match_exclusion' ORDER BY at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'delete']);
  });

  it('an interpreter lifts the language constraint; an unknown volunteer or request is named', async () => {
    const withInterpreter = await readyRequest(t, coord, { name: 'Familie Tesfaye', languages: [{ code: 'ti', level: 'native' }], germanLevel: 'none', preferences: { interpreter: true, contactPerson: 'Herr Tesfaye, 0176 5550456' } });
    expect(names((await m.suggestions(withInterpreter)).body.candidates)).toContain('Chiara Test');
    const noInterpreter = await readyRequest(t, coord, { name: 'Familie Kidane', languages: [{ code: 'ti', level: 'native' }], germanLevel: 'none' });
    const none = await m.suggestions(noInterpreter);
    expect(none.body.candidates).toEqual([]);
    expect(none.body.excludedCounts['noSharedLanguage']).toBe(3);
    const ghost = await m.exclude(requestId, { volunteerId: '00000000-0000-4000-8000-000000000000', reason: 'x' });
    expect(fieldErrors(ghost.body)).toEqual({ volunteerId: 'Ehrenamtliche Person: Diese ehrenamtliche Person gibt es nicht.' });
    expect((await m.suggestions('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("weighs a wished age range of the sponsor, and refuses one that ends before it starts", async () => {
    const bad = await api(coord).create(await familyRequest(t, { preferences: { sponsorAgeMin: 50, sponsorAgeMax: 30 } }));
    expect(fieldErrors(bad.body)).toEqual({ 'preferences.sponsorAgeMax': 'Gewünschtes Alter der Patin/des Paten bis: Das Höchstalter liegt unter dem Mindestalter.' });
    const wish = await readyRequest(t, coord, { name: 'Familie Omar', preferences: { sponsorAgeMin: 30, sponsorAgeMax: 60 } });
    expect((await api(coord).get(`/${wish}`)).body.preferences).toMatchObject({ sponsorAgeMin: 30, sponsorAgeMax: 60 });
    await t.dataSource.query(`UPDATE volunteers SET date_of_birth = CASE id WHEN $1::uuid THEN current_date - interval '45 years' ELSE current_date - interval '22 years' END WHERE id IN ($1, $2)`, [ids['Amira'], ids['Bernd']]);
    const res = await m.suggestions(wish);
    const byName = Object.fromEntries(res.body.candidates.map((c: Candidate) => [c.volunteer.name, factor(c, 'preferences')]));
    expect(byName['Amira Test']).toMatchObject({ fit: 1, reason: 'preferences.age', params: { age: 45, minAge: 30, maxAge: 60 } });
    expect(byName['Bernd Test']).toMatchObject({ fit: 0, reason: 'preferences.ageDiffers', params: { age: 22 } });
  });

  it('only for requests ready to match (409 naming the stage), and only for staff', async () => {
    const created = await api(coord).create(await familyRequest(t, { name: 'Familie Neu' }));
    const res = await m.suggestions(created.body.id);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('Anfrage');
    const volunteer = await addVolunteer(t, { firstName: 'Vera', lastName: 'Volunteer', email: 'vera@example.org' });
    expect((await matching(volunteer.signedIn!).suggestions(requestId)).status).toBe(403);
    expect((await t.http().get(`/api/v1/matching/requests/${requestId}/suggestions`)).status).toBe(401);
  });

  it('weights: refused outside 0–10 or all zero (field named, nothing saved), saved as versions, and used by the ranking', async () => {
    expect((await m.weights()).body).toMatchObject({ version: 0, weights: DEFAULT_WEIGHTS, createdBy: null });
    const bad = await m.saveWeights({ ...DEFAULT_WEIGHTS, language: 11, distance: -1, capacity: 'viel' });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body)).toMatchObject({ 'weights.language': 'Sprache: Das Gewicht muss eine Zahl von 0 bis 10 sein.', 'weights.distance': expect.any(String), 'weights.capacity': expect.any(String) });
    const zero = await m.saveWeights(Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])));
    expect(fieldErrors(zero.body)).toEqual({ weights: 'Gewichtung: Mindestens ein Gewicht muss größer als 0 sein.' });
    const english = await matching(coord, 'en').saveWeights({ ...DEFAULT_WEIGHTS, lifeStage: 10.5 });
    expect(fieldErrors(english.body)).toEqual({ 'weights.lifeStage': 'Life stage: The weight must be a number from 0 to 10.' });
    expect((await m.history()).body).toEqual([]);

    const first = await m.saveWeights({ ...DEFAULT_WEIGHTS, distance: 9.5 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, weights: { distance: 9.5 }, createdBy: { name: expect.any(String) } });
    expect((await m.saveWeights(DEFAULT_WEIGHTS)).body.version).toBe(2);
    expect((await m.history()).body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await m.suggestions(requestId)).body.weightsVersion).toBe(2);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'match_weights' AND action = 'create'`);
    expect(audit.n).toBe(2);
  });

  it('preview: unsaved weights re-rank, each candidate shows its rank under the saved weights, nothing is saved', async () => {
    // Only interests and skills count, and only Bernd brings a fitting skill: he moves up from second place.
    const onlyInterests = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, k === 'interests' ? 10 : 0]));
    await t.dataSource.query(`UPDATE volunteers SET skills = '{accompaniment}' WHERE id = $1`, [ids['Bernd']]);
    const preview = await m.preview(requestId, onlyInterests);
    expect(preview.status).toBe(200);
    expect(preview.body.candidates.map((c: Candidate) => [c.volunteer.name, c.currentRank])).toEqual([
      ['Bernd Test', 2],
      ['Amira Test', 1],
    ]);
    expect(preview.body.candidates[0].score).toBe(100);
    const bad = await m.preview(requestId, { ...onlyInterests, interests: 0 });
    expect(fieldErrors(bad.body)).toHaveProperty('weights');
    expect((await m.weights()).body.version).toBe(2);
  });
});
