import fc from 'fast-check';
import type { GrantApplicationData } from '@miteinander/contracts';
import { planTotals } from './plan';

describe('planTotals', () => {
  it('sums the cost lines and subtracts own contribution and other funding', () => {
    const data: GrantApplicationData = {
      costLines: [
        { id: 'a', category: 'fees', description: 'Honorar', amountCents: 300_000 },
        { id: 'b', category: 'material', description: 'Bücher', amountCents: 45_050 },
      ],
      ownContributionCents: 20_000,
      otherFundingCents: 25_050,
    };
    expect(planTotals(data)).toEqual({ costsCents: 345_050, ownContributionCents: 20_000, otherFundingCents: 25_050, computedRequestCents: 300_000 });
  });
  it('counts missing numbers as 0 (an empty draft)', () => {
    expect(planTotals({})).toEqual({ costsCents: 0, ownContributionCents: 0, otherFundingCents: 0, computedRequestCents: 0 });
    expect(planTotals({ costLines: [{ id: 'a', category: 'fees', description: '' } as never] }).costsCents).toBe(0);
  });
  it('never computes a negative request when the financing exceeds the costs', () => {
    const data: GrantApplicationData = { costLines: [{ id: 'a', category: 'fees', description: 'x', amountCents: 1000 }], ownContributionCents: 5000 };
    expect(planTotals(data).computedRequestCents).toBe(0);
  });
  it('keeps the computed request at or above 0 for any input, garbage included', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(planTotals(data as GrantApplicationData).computedRequestCents).toBeGreaterThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 })), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (amounts, own, other) => {
        const totals = planTotals({ costLines: amounts.map((a, i) => ({ id: `l${i}`, category: 'other', description: 'x', amountCents: a })), ownContributionCents: own, otherFundingCents: other });
        expect(totals.computedRequestCents).toBe(Math.max(0, totals.costsCents - own - other));
      }),
    );
  });
});
