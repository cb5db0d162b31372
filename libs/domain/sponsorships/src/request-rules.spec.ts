import { involvesMinors, requestProblems, type RequestFacts } from './request-rules';

const TODAY = '2026-11-24';
const family: RequestFacts = { kind: 'family', adults: 2, childrenAges: [7], pupil: null, guardianConsent: null };
const pupil: RequestFacts = { kind: 'learning', adults: null, childrenAges: [], pupil: { age: 12 }, guardianConsent: { givenBy: 'Samira H.', date: '2026-11-20' } };

describe('what a request must contain', () => {
  it('treats children under 18, and pupils under 18 or of unknown age, as minors', () => {
    expect(involvesMinors(family)).toBe(true);
    expect(involvesMinors({ ...family, childrenAges: [] })).toBe(false);
    expect(involvesMinors(pupil)).toBe(true);
    expect(involvesMinors({ ...pupil, pupil: { age: null } })).toBe(true);
    expect(involvesMinors({ ...pupil, pupil: { age: 19 } })).toBe(false);
  });

  it('needs the guardian consent for a minor pupil, and none for an adult learner', () => {
    expect(requestProblems(pupil, TODAY)).toEqual([]);
    expect(requestProblems({ ...pupil, guardianConsent: null }, TODAY)).toEqual([{ field: 'guardianConsent', rule: 'guardianConsentRequired' }]);
    expect(requestProblems({ ...pupil, guardianConsent: null, pupil: { age: 19 } }, TODAY)).toEqual([]);
    expect(requestProblems({ ...pupil, guardianConsent: { givenBy: 'X', date: '2026-11-25' } }, TODAY)).toEqual([{ field: 'guardianConsent.date', rule: 'dateInFuture' }]);
  });

  it('keeps household details to families and school details to pupils', () => {
    expect(requestProblems({ ...family, adults: null }, TODAY)).toEqual([{ field: 'adults', rule: 'requiredForFamilies' }]);
    expect(requestProblems({ ...family, pupil: { age: 9 } }, TODAY)).toEqual([{ field: 'pupil', rule: 'onlyForLearning' }]);
    expect(requestProblems({ ...pupil, pupil: null }, TODAY)).toEqual([{ field: 'pupil', rule: 'requiredForLearning' }]);
    expect(requestProblems({ ...pupil, adults: 2, childrenAges: [3] }, TODAY)).toEqual([
      { field: 'adults', rule: 'onlyForFamilies' },
      { field: 'childrenAges', rule: 'onlyForFamilies' },
    ]);
  });
});
