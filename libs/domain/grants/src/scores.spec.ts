import { GRANT_MAX_POINTS, type GrantCriterion } from '@miteinander/contracts';
import { criterionStats, scoreProblems, weightedScore } from './scores';

const criteria: GrantCriterion[] = [
  { code: 'bedarf', label: 'Bedarf', weight: 30 },
  { code: 'wirkung', label: 'Wirkung', weight: 30 },
  { code: 'beteiligung', label: 'Beteiligung', weight: 20 },
  { code: 'nachhaltigkeit', label: 'Nachhaltigkeit', weight: 20 },
];

describe('weightedScore', () => {
  it('weights the points', () => {
    const scores = [
      { criterion: 'bedarf', points: 5 },
      { criterion: 'wirkung', points: 4 },
      { criterion: 'beteiligung', points: 3 },
      { criterion: 'nachhaltigkeit', points: 2 },
    ];
    expect(weightedScore(criteria, scores)).toBe(3.7); // (150 + 120 + 60 + 40) / 100
  });
  it('rounds to two decimals', () => {
    const three: GrantCriterion[] = [{ code: 'a', label: 'A', weight: 1 }, { code: 'b', label: 'B', weight: 1 }, { code: 'c', label: 'C', weight: 1 }];
    expect(weightedScore(three, [{ criterion: 'a', points: 1 }, { criterion: 'b', points: 1 }, { criterion: 'c', points: 0 }])).toBe(0.67);
  });
  it('is null until every criterion is scored', () => {
    expect(weightedScore(criteria, [{ criterion: 'bedarf', points: 5 }, { criterion: 'wirkung', points: 5 }, { criterion: 'beteiligung', points: 5 }])).toBeNull();
    expect(weightedScore([], [])).toBeNull();
  });
  it('counts 0 points as scored', () => {
    expect(weightedScore(criteria, criteria.map((c) => ({ criterion: c.code, points: 0 })))).toBe(0);
  });
});

describe('criterionStats', () => {
  it('gives average, min, max and spread', () => {
    expect(criterionStats([1, 4, 5])).toEqual({ average: 3.33, min: 1, max: 5, spread: 4 });
    expect(criterionStats([3])).toEqual({ average: 3, min: 3, max: 3, spread: 0 });
  });
  it('is all null without scores', () => {
    expect(criterionStats([])).toEqual({ average: null, min: null, max: null, spread: null });
  });
});

describe('scoreProblems', () => {
  it('accepts a complete sheet at the boundaries', () => {
    expect(scoreProblems(criteria, [{ criterion: 'bedarf', points: 0 }, { criterion: 'wirkung', points: GRANT_MAX_POINTS, comment: 'x'.repeat(2000) }])).toEqual([]);
  });
  it('names each broken score by its position', () => {
    expect(
      scoreProblems(criteria, [
        { criterion: 'bedarf', points: 6 },
        { criterion: 'bedarf', points: 2.5 },
        { criterion: 'laune', points: -1, comment: 'x'.repeat(2001) },
      ]),
    ).toEqual([
      { field: 'scores.0.points', rule: 'points', params: { min: 0, max: 5 } },
      { field: 'scores.1.criterion', rule: 'duplicate' },
      { field: 'scores.1.points', rule: 'points', params: { min: 0, max: 5 } },
      { field: 'scores.2.criterion', rule: 'unknownCriterion' },
      { field: 'scores.2.points', rule: 'points', params: { min: 0, max: 5 } },
      { field: 'scores.2.comment', rule: 'maxLength', params: { max: 2000 } },
    ]);
  });
  it('rejects what is not a list', () => {
    expect(scoreProblems(criteria, { bedarf: 5 })).toEqual([{ field: 'scores', rule: 'type', params: { expected: 'array' } }]);
  });
});
