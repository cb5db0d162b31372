import fc from 'fast-check';
import { exclusionOf, weightProblems } from './hard-constraints';
import { DEFAULT_WEIGHTS, MATCH_FACTORS, type RequestFacts, type VolunteerFacts } from './match-facts';
import { distanceKm, scorePair } from './score-pair';

const GRIMMA = { lat: 51.2386, lon: 12.7253 };
const WURZEN = { lat: 51.3707, lon: 12.7393 };

const family: RequestFacts = {
  kind: 'family', languages: [{ code: 'ar', level: 'native' }], germanLevel: 'A1', location: GRIMMA, municipalityId: 1,
  availability: ['tue-evening', 'sat-morning', 'sun-afternoon'], sponsorGender: 'female', interpreter: false, involvesMinors: true,
};
const anna: VolunteerFacts = {
  id: 'v1', status: 'active', languages: [{ code: 'de', level: 'native' }, { code: 'ar', level: 'B2' }], location: WURZEN, municipalityId: 2,
  availability: ['tue-evening', 'sat-morning'], gender: 'female', interests: ['family_sponsorship'], skills: ['accompaniment'], capacity: 2, occupied: 1,
  policeCertificate: 'valid',
};

describe('scoring a pair', () => {
  it('explains each factor: shared Arabic, 15 km, 2 of 3 wanted slots, the wished gender, one place free', () => {
    const { score, factors } = scorePair(family, anna, DEFAULT_WEIGHTS);
    const byFactor = Object.fromEntries(factors.map((f) => [f.factor, f]));
    expect(byFactor['language']).toMatchObject({ fit: 1, reason: 'language.shared', params: { language: 'ar' } });
    expect(byFactor['distance']).toMatchObject({ reason: 'distance.km', params: { km: 15 } });
    expect(byFactor['availability']).toMatchObject({ fit: 2 / 3, reason: 'availability.overlap', params: { matched: 2, wanted: 3 } });
    expect(byFactor['preferences']).toMatchObject({ fit: 1, reason: 'preferences.gender' });
    expect(byFactor['capacity']).toMatchObject({ fit: 0.5, params: { free: 1, capacity: 2 } });
    expect(score).toBeGreaterThan(70);
    expect(score).toBeLessThan(100);
    expect(distanceKm(GRIMMA, WURZEN)).toBeCloseTo(14.7, 0);
  });

  it('scores 0–100, and more weight on a factor that fits better never lowers the score (property)', () => {
    const weight = fc.integer({ min: 0, max: 10 });
    const weights = fc.record(Object.fromEntries(MATCH_FACTORS.map((f) => [f, weight])) as Record<(typeof MATCH_FACTORS)[number], typeof weight>);
    fc.assert(
      fc.property(weights, fc.constantFrom(...MATCH_FACTORS), (w, factor) => {
        const base = scorePair(family, anna, w);
        expect(base.score).toBeGreaterThanOrEqual(0);
        expect(base.score).toBeLessThanOrEqual(100);
        const fit = base.factors.find((f) => f.factor === factor)!.fit;
        const more = scorePair(family, anna, { ...w, [factor]: w[factor] + 1 });
        if (fit * 100 >= base.score) expect(more.score).toBeGreaterThanOrEqual(base.score);
      }),
    );
  });

  it('never offers a pair that breaks a hard constraint', () => {
    expect(exclusionOf(family, anna, false)).toBeNull();
    expect(exclusionOf(family, anna, true)).toBe('excluded');
    expect(exclusionOf(family, { ...anna, status: 'paused' }, false)).toBe('notActive');
    expect(exclusionOf(family, { ...anna, occupied: 2 }, false)).toBe('capacityFull');
    expect(exclusionOf(family, { ...anna, policeCertificate: 'expired' }, false)).toBe('policeCertificate');
    expect(exclusionOf({ ...family, involvesMinors: false }, { ...anna, policeCertificate: 'missing' }, false)).toBeNull();
    const noArabic = { ...anna, languages: [{ code: 'uk', level: 'native' as const }] };
    expect(exclusionOf(family, noArabic, false)).toBe('noSharedLanguage');
    expect(exclusionOf({ ...family, interpreter: true }, noArabic, false)).toBeNull();
  });

  it('accepts weights 0–10, refuses others and all zero, naming the factor', () => {
    expect(weightProblems(DEFAULT_WEIGHTS)).toEqual([]);
    expect(weightProblems({ ...DEFAULT_WEIGHTS, distance: 11, language: -1 })).toEqual([
      { field: 'weights.language', rule: 'weightRange' },
      { field: 'weights.distance', rule: 'weightRange' },
    ]);
    expect(weightProblems(Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0])))).toEqual([{ field: 'weights', rule: 'weightsAllZero' }]);
  });
});

describe('the factors the issue adds', () => {
  const factor = (r: RequestFacts, v: VolunteerFacts, name: string) => scorePair(r, v, DEFAULT_WEIGHTS).factors.find((f) => f.factor === name)!;
  const pupil: RequestFacts = { ...family, kind: 'learning', childrenAges: [], pupil: { subjects: ['math', 'german'], grade: 7 } };

  it('learning: the pupil’s subjects against tutoring/german_teaching and the interest in learning sponsorships', () => {
    const tutor = { ...anna, interests: ['learning_sponsorship' as const], skills: ['german_teaching' as const] };
    expect(factor(pupil, tutor, 'interests')).toMatchObject({ fit: 0.75, reason: 'interests.kindAndSubjects', params: { subjects: 'german', wanted: 2, grade: 7 } });
    expect(factor(pupil, { ...tutor, skills: ['tutoring'] }, 'interests')).toMatchObject({ fit: 1 });
    expect(factor(pupil, { ...anna, interests: [], skills: [] }, 'interests')).toMatchObject({ fit: 0, reason: 'interests.none' });
  });

  it('preferences: gender and an optional age wish', () => {
    expect(factor({ ...family, sponsorGender: null }, anna, 'preferences')).toMatchObject({ fit: 1, reason: 'preferences.none' });
    const wish = { ...family, sponsorAge: { min: 30, max: 60 } };
    expect(factor(wish, { ...anna, age: 45 }, 'preferences')).toMatchObject({ fit: 1, reason: 'preferences.genderAndAge', params: { age: 45, minAge: 30, maxAge: 60 } });
    expect(factor(wish, { ...anna, age: 22 }, 'preferences')).toMatchObject({ fit: 0.5, reason: 'preferences.ageDiffers' });
    expect(factor(wish, { ...anna, age: null }, 'preferences')).toMatchObject({ fit: 0.75, reason: 'preferences.ageUnknown' });
    expect(factor({ ...wish, sponsorGender: null }, { ...anna, gender: 'male', age: 40 }, 'preferences')).toMatchObject({ fit: 1, reason: 'preferences.age' });
  });

  it('life stage: families with children and childcare experience; neutral without data', () => {
    const kids = { ...family, childrenAges: [3, 7] };
    expect(factor(kids, { ...anna, skills: ['childcare'] }, 'lifeStage')).toMatchObject({ fit: 1, reason: 'lifeStage.childcare', params: { children: 2 } });
    expect(factor(kids, { ...anna, age: 40 }, 'lifeStage')).toMatchObject({ fit: 0.6, reason: 'lifeStage.adult' });
    expect(factor(kids, anna, 'lifeStage')).toMatchObject({ fit: 0.5, reason: 'lifeStage.unknown' });
    expect(factor(family, anna, 'lifeStage')).toMatchObject({ fit: 0.5, reason: 'lifeStage.unknown' });
  });

  it('scores stay integers 0–100 for every factor list', () => {
    for (const r of [family, pupil, { ...family, childrenAges: [1], sponsorAge: { min: 20 } }]) {
      const { score, factors } = scorePair(r, { ...anna, age: 33 }, DEFAULT_WEIGHTS);
      expect(Number.isInteger(score)).toBe(true);
      expect(factors.map((f) => f.factor)).toEqual([...MATCH_FACTORS]);
    }
  });
});
