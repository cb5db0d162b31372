import { paymentProblems } from './payment';

describe('paymentProblems', () => {
  const approved = { approvedCents: 300_000, requestedSoFarCents: 100_000 };
  it('allows up to exactly what is left of the approval', () => {
    expect(paymentProblems({ ...approved, amountCents: 200_000 })).toEqual([]);
    expect(paymentProblems({ ...approved, amountCents: 1 })).toEqual([]);
  });
  it('refuses a cent more than is left', () => {
    expect(paymentProblems({ ...approved, amountCents: 200_001 })).toEqual([{ field: 'amountCents', rule: 'overApproved', params: { left: 200_000 } }]);
    expect(paymentProblems({ approvedCents: 300_000, requestedSoFarCents: 300_000, amountCents: 1 })).toEqual([{ field: 'amountCents', rule: 'overApproved', params: { left: 0 } }]);
  });
  it('refuses zero, fractions and text', () => {
    expect(paymentProblems({ ...approved, amountCents: 0 })).toEqual([{ field: 'amountCents', rule: 'notPositive' }]);
    expect(paymentProblems({ ...approved, amountCents: 12.5 })).toEqual([{ field: 'amountCents', rule: 'wholeCents' }]);
    expect(paymentProblems({ ...approved, amountCents: '12,50' })).toEqual([{ field: 'amountCents', rule: 'wholeCents' }]);
  });
});
