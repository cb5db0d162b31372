import fc from 'fast-check';
import type { CostLine } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { REPORT_REMINDER_OFFSETS, actualTotalCents, fundsToReturn, reportDue, reportProblems, reportReminderStage } from './report';

const plan: CostLine[] = [
  { id: 'miete', category: 'rent', description: 'Zelt', amountCents: 80_000 },
  { id: 'essen', category: 'catering', description: 'Buffet', amountCents: 50_000 },
];
const report = {
  narrative: 'Das Fest fand mit 120 Gästen statt.',
  actualCosts: [{ lineId: 'miete', amountCents: 75_000 }, { lineId: 'essen', amountCents: 52_000 }],
  receipts: [{ date: '2026-10-01', issuer: 'Zeltverleih Meier', description: 'Zeltmiete', amountCents: 75_000 }],
  participantsRefugees: 50,
  participantsLocals: 70,
};

describe('reportDue', () => {
  it('adds calendar months to the end date', () => {
    expect(reportDue('2026-10-15', 6)).toBe('2027-04-15');
  });
  it('clamps to the end of a shorter month, respecting leap years', () => {
    expect(reportDue('2026-08-31', 6)).toBe('2027-02-28');
    expect(reportDue('2027-08-31', 6)).toBe('2028-02-29');
    expect(reportDue('2026-05-31', 1)).toBe('2026-06-30');
  });
});

describe('reportProblems', () => {
  it('accepts a complete report', () => {
    expect(reportProblems(report, plan)).toEqual([]);
  });
  it('requires narrative and participant numbers when filed, but not for a draft save', () => {
    expect(reportProblems({}, plan)).toEqual([
      { field: 'narrative', rule: 'required' },
      { field: 'participantsRefugees', rule: 'required' },
      { field: 'participantsLocals', rule: 'required' },
    ]);
    expect(reportProblems({}, plan, 'draft')).toEqual([]);
    expect(reportProblems({ narrative: '  ' }, plan, 'draft')).toEqual([]);
  });
  it('limits the narrative to 20,000 characters', () => {
    expect(reportProblems({ ...report, narrative: 'x'.repeat(20_000) }, plan)).toEqual([]);
    expect(reportProblems({ ...report, narrative: 'x'.repeat(20_001) }, plan)).toEqual([{ field: 'narrative', rule: 'maxLength', params: { max: 20_000 } }]);
  });
  it('ties actual costs to plan lines', () => {
    const actualCosts = [{ lineId: 'bier', amountCents: 100 }, { lineId: 'miete', amountCents: -1 }, { lineId: 'miete', amountCents: 12.5 }];
    expect(reportProblems({ ...report, actualCosts }, plan)).toEqual([
      { field: 'actualCosts.0.lineId', rule: 'unknownLine' },
      { field: 'actualCosts.1.amountCents', rule: 'notNegative' },
      { field: 'actualCosts.2.lineId', rule: 'duplicate' },
      { field: 'actualCosts.2.amountCents', rule: 'wholeCents' },
    ]);
  });
  it('checks every receipt and allows at most 500', () => {
    const bad = { date: '2026-02-30', issuer: '', description: 'x'.repeat(301), amountCents: '12,50' };
    expect(reportProblems({ ...report, receipts: [bad] }, plan)).toEqual([
      { field: 'receipts.0.date', rule: 'date' },
      { field: 'receipts.0.issuer', rule: 'required' },
      { field: 'receipts.0.description', rule: 'maxLength', params: { max: 300 } },
      { field: 'receipts.0.amountCents', rule: 'wholeCents' },
    ]);
    const receipt = report.receipts[0];
    expect(reportProblems({ ...report, receipts: Array(500).fill(receipt) }, plan)).toEqual([]);
    expect(reportProblems({ ...report, receipts: Array(501).fill(receipt) }, plan)).toEqual([{ field: 'receipts', rule: 'tooMany', params: { max: 500 } }]);
  });
  it('wants whole, non-negative participant numbers', () => {
    expect(reportProblems({ ...report, participantsRefugees: -1, participantsLocals: 1.5 }, plan).map((p) => `${p.field}:${p.rule}`)).toEqual(['participantsRefugees:range', 'participantsLocals:range']);
    expect(reportProblems({ ...report, participantsRefugees: 0, participantsLocals: 0 }, plan)).toEqual([]);
  });
  it('names unknown keys and rejects a non-object', () => {
    expect(reportProblems({ ...report, signature: 'x' }, plan)).toEqual([{ field: 'signature', rule: 'unknownField' }]);
    expect(reportProblems('text', plan)).toEqual([{ field: 'report', rule: 'type', params: { expected: 'object' } }]);
  });
});

describe('actualTotalCents', () => {
  it('sums the actual costs', () => {
    expect(actualTotalCents(report)).toBe(127_000);
    expect(actualTotalCents({ actualCosts: [] })).toBe(0);
  });
});

describe('fundsToReturn', () => {
  it('is zero when the actual costs justify everything paid', () => {
    // Plan: 130,000 costs − 10,000 own = 120,000 paid; actual 131,000 − 10,000 = 121,000 justified.
    expect(fundsToReturn({ paidCents: 120_000, actualTotalCents: 131_000, ownContributionCents: 10_000, otherFundingCents: 0 })).toBe(0);
  });
  it('returns the part of the payment the actual costs do not cover', () => {
    expect(fundsToReturn({ paidCents: 120_000, actualTotalCents: 100_000, ownContributionCents: 10_000, otherFundingCents: 5_000 })).toBe(35_000);
  });
  it('returns everything when own contribution and other funding already cover the actual costs', () => {
    expect(fundsToReturn({ paidCents: 120_000, actualTotalCents: 20_000, ownContributionCents: 10_000, otherFundingCents: 15_000 })).toBe(120_000);
  });
  it('is zero when nothing was paid', () => {
    expect(fundsToReturn({ paidCents: 0, actualTotalCents: 0, ownContributionCents: 10_000, otherFundingCents: 0 })).toBe(0);
  });
});

describe('reportReminderStage', () => {
  const due = '2027-04-15';
  it('names the stage exactly on its day', () => {
    expect(reportReminderStage(due, '2027-04-01')).toBe('before14');
    expect(reportReminderStage(due, '2027-04-15')).toBe('onDay');
    expect(reportReminderStage(due, '2027-04-16')).toBe('overdue');
  });
  it('is null on every other day', () => {
    for (const today of ['2027-03-31', '2027-04-02', '2027-04-14', '2027-04-17', '2027-05-15']) expect(reportReminderStage(due, today)).toBeNull();
  });
  it('works across a month and year end', () => {
    expect(reportReminderStage('2027-01-05', '2026-12-22')).toBe('before14');
    expect(reportReminderStage('2026-12-31', '2027-01-01')).toBe('overdue');
  });
  it('agrees with the offsets a scheduler queries by', () => {
    for (const [stage, offset] of Object.entries(REPORT_REMINDER_OFFSETS)) expect(reportReminderStage(due, addDays(due, offset))).toBe(stage);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => expect(Array.isArray(reportProblems(input, plan))).toBe(true)));
  });
});
