import fc from 'fast-check';
import { AVAILABILITY_SLOTS, GENDERS, INTERESTS, SKILLS } from '@miteinander/contracts';
import { MATCH_FACTORS, type RequestFacts, type VolunteerFacts } from './match-facts';
import { boundOf, scoreBound } from './score-bound';
import { scorePair } from './score-pair';

const MUNICIPALITIES = [
  { id: 1, location: { lat: 51.2386, lon: 12.7253 } },
  { id: 2, location: { lat: 51.3707, lon: 12.7393 } },
  { id: 3, location: { lat: 51.1, lon: 12.4 } },
  { id: 4, location: null },
];
const slots = fc.subarray([...AVAILABILITY_SLOTS.slice(0, 8)]);

const request: fc.Arbitrary<RequestFacts> = fc.record({
  kind: fc.constantFrom('family', 'mother', 'learning'),
  languages: fc.constant([{ code: 'ar', level: 'native' as const }]),
  germanLevel: fc.constantFrom('none', 'A1', 'B2'),
  municipalityId: fc.constantFrom(1, 2, 3, 4),
  location: fc.constant(null),
  availability: slots,
  sponsorGender: fc.constantFrom(null, ...GENDERS),
  interpreter: fc.boolean(),
  involvesMinors: fc.boolean(),
  childrenAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
  sponsorAge: fc.constantFrom(null, { min: 30, max: 60 }),
  pupil: fc.constantFrom(null, { subjects: ['math' as const, 'german' as const], grade: 9 }),
}).map((r) => ({ ...r, location: MUNICIPALITIES.find((m) => m.id === r.municipalityId)!.location }));

const volunteer: fc.Arbitrary<VolunteerFacts> = fc.record({
  id: fc.constant('v'),
  status: fc.constant('active' as const),
  languages: fc.subarray([{ code: 'ar', level: 'A2' as const }, { code: 'de', level: 'native' as const }]),
  municipalityId: fc.constantFrom(null, 1, 2, 3, 4),
  location: fc.constant(null),
  availability: slots,
  gender: fc.constantFrom(null, ...GENDERS),
  interests: fc.subarray([...INTERESTS]),
  skills: fc.subarray([...SKILLS]),
  capacity: fc.integer({ min: 1, max: 3 }),
  occupied: fc.integer({ min: 0, max: 2 }),
  policeCertificate: fc.constant('valid' as const),
  age: fc.option(fc.integer({ min: 18, max: 85 })),
}).map((v) => ({ ...v, location: MUNICIPALITIES.find((m) => m.id === v.municipalityId)?.location ?? null }));

const weights = fc.record(Object.fromEntries(MATCH_FACTORS.map((f) => [f, fc.integer({ min: 0, max: 10 })])) as Record<(typeof MATCH_FACTORS)[number], fc.Arbitrary<number>>)
  .filter((w) => MATCH_FACTORS.some((f) => w[f] > 0));

describe('the score bound the suggestions order candidates by', () => {
  it('is never below the exact score, for any request, volunteer and weights (property)', () => {
    fc.assert(
      fc.property(request, volunteer, weights, (r, v, w) => {
        const bound = boundOf(scoreBound(r, w, MUNICIPALITIES), v);
        expect(Math.round(bound + 1e-9)).toBeGreaterThanOrEqual(scorePair(r, v, w).score);
      }),
      { numRuns: 5000 },
    );
  });

  it('is exact when only distance and availability carry weight', () => {
    const w = Object.fromEntries(MATCH_FACTORS.map((f) => [f, f === 'distance' || f === 'availability' ? 5 : 0])) as Record<(typeof MATCH_FACTORS)[number], number>;
    fc.assert(
      fc.property(request, volunteer, (r, v) => {
        const bound = boundOf(scoreBound(r, w, MUNICIPALITIES), v);
        const exact = scorePair(r, v, w);
        if (r.availability.length) expect(Math.round(bound)).toBe(exact.score);
      }),
    );
  });
});
