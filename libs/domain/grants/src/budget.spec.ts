import { decisionProblems, fitsBudget, rankWithBudget, remainingCents } from './budget';

describe('budget', () => {
  it('computes what is left', () => {
    expect(remainingCents(1_000_000, 250_000)).toBe(750_000);
    expect(fitsBudget(1_000_000, 750_000, 250_000)).toBe(true);
    expect(fitsBudget(1_000_000, 750_000, 250_001)).toBe(false);
  });

  describe('decisionProblems', () => {
    it('allows 1 cent up to exactly the requested amount', () => {
      expect(decisionProblems(300_000, 1)).toEqual([]);
      expect(decisionProblems(300_000, 300_000)).toEqual([]);
      expect(decisionProblems(300_000, 300_001)).toEqual([{ field: 'amountCents', rule: 'overRequested', params: { limit: 300_000 } }]);
    });
    it('rejects zero, fractions and text', () => {
      expect(decisionProblems(300_000, 0)).toEqual([{ field: 'amountCents', rule: 'notPositive' }]);
      expect(decisionProblems(300_000, -5)).toEqual([{ field: 'amountCents', rule: 'notPositive' }]);
      expect(decisionProblems(300_000, 12.5)).toEqual([{ field: 'amountCents', rule: 'wholeCents' }]);
      expect(decisionProblems(300_000, '12,50')).toEqual([{ field: 'amountCents', rule: 'wholeCents' }]);
    });
  });

  describe('rankWithBudget', () => {
    const row = (id: string, weightedAverage: number | null, requestedCents: number, approvedCents: number | null = null) => ({ id, weightedAverage, requestedCents, approvedCents });

    it('ranks best first, unscored last, ties by the smaller request', () => {
      const ranked = rankWithBudget([row('none', null, 1000), row('mid', 3, 5000), row('tieBig', 4.5, 9000), row('tieSmall', 4.5, 2000)], 100_000);
      expect(ranked.map((r) => r.id)).toEqual(['tieSmall', 'tieBig', 'mid', 'none']);
    });
    it('walks the budget down and goes negative where it runs out', () => {
      const ranked = rankWithBudget([row('a', 4, 300_000), row('b', 3.5, 250_000), row('c', 3, 100_000)], 500_000);
      expect(ranked.map((r) => r.remainingAfterCents)).toEqual([200_000, -50_000, -150_000]);
    });
    it('counts a decided approval with the approved amount, not the request', () => {
      const ranked = rankWithBudget([row('a', 4, 300_000, 200_000), row('b', 3, 300_000)], 500_000);
      expect(ranked.map((r) => r.remainingAfterCents)).toEqual([300_000, 0]);
    });
    it('lets rejected rows take nothing when the status is known', () => {
      const ranked = rankWithBudget([{ ...row('a', 4, 300_000), status: 'rejected' as const }, row('b', 3, 300_000)], 500_000);
      expect(ranked.map((r) => r.remainingAfterCents)).toEqual([500_000, 200_000]);
    });
    it('keeps the rows’ own fields and does not change the input', () => {
      const rows = [row('b', 1, 10), row('a', 2, 10)];
      const ranked = rankWithBudget(rows, 100);
      expect(ranked[0]).toEqual({ id: 'a', weightedAverage: 2, requestedCents: 10, approvedCents: null, remainingAfterCents: 90 });
      expect(rows.map((r) => r.id)).toEqual(['b', 'a']);
    });
  });
});
