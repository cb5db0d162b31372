import { dayMask, periodParts } from './period-parts';

describe('periodParts', () => {
  it('cuts a period into whole months and the partial first and last month', () => {
    expect(periodParts('2025-01-15', '2025-04-10')).toEqual({
      wholeMonths: { from: '2025-02-01', to: '2025-03-01' },
      partial: [
        { month: '2025-01', from: '2025-01-15', to: '2025-01-31' },
        { month: '2025-04', from: '2025-04-01', to: '2025-04-10' },
      ],
    });
  });

  it('has no partial month when the period is whole months, leap February included', () => {
    expect(periodParts('2024-01-01', '2024-02-29')).toEqual({ wholeMonths: { from: '2024-01-01', to: '2024-02-01' }, partial: [] });
  });

  it('has only a partial month when the period lies inside one month', () => {
    expect(periodParts('2025-02-03', '2025-02-27')).toEqual({ wholeMonths: null, partial: [{ month: '2025-02', from: '2025-02-03', to: '2025-02-27' }] });
  });
});

describe('dayMask', () => {
  it('sets one bit per day, day 1 lowest, up to day 31 within a positive 32-bit integer', () => {
    expect(dayMask({ month: '2025-01', from: '2025-01-01', to: '2025-01-01' })).toBe(1);
    expect(dayMask({ month: '2025-01', from: '2025-01-02', to: '2025-01-03' })).toBe(0b110);
    expect(dayMask({ month: '2025-01', from: '2025-01-01', to: '2025-01-31' })).toBe(2 ** 31 - 1);
  });
});
