import { averageMinutesPerWeek, formatHours, totalsWindow } from './totals';

describe('totals windows', () => {
  it('starts the year on 1 January and the rolling 12 months the day after a year ago', () => {
    expect(totalsWindow('2026-05-10')).toEqual({ today: '2026-05-10', yearStart: '2026-01-01', rollingFrom: '2025-05-11' });
  });
  it('handles a leap day', () => {
    expect(totalsWindow('2028-02-29').rollingFrom).toBe('2027-03-01');
  });
});

describe('average per week', () => {
  const w = totalsWindow('2026-05-10');
  it('averages over the whole rolling year for long-standing volunteers', () => {
    // 365 days = 52.14 weeks; 52 × 3 h logged → just under 3 h a week.
    expect(averageMinutesPerWeek(52 * 180, '2020-01-01', w)).toBe(Math.round((52 * 180) / (365 / 7)));
  });
  it('averages since the first activity when that is more recent', () => {
    // First activity 13 days before today: 14 days = 2 weeks, 6 h → 3 h a week.
    expect(averageMinutesPerWeek(360, '2026-04-27', w)).toBe(180);
  });
  it('assumes at least one week, so a first day is not multiplied by seven', () => {
    expect(averageMinutesPerWeek(120, '2026-05-10', w)).toBe(120);
  });
  it('is zero without approved hours', () => {
    expect(averageMinutesPerWeek(0, null, w)).toBe(0);
    expect(averageMinutesPerWeek(0, '2020-01-01', w)).toBe(0);
  });
});

describe('hours as people read them', () => {
  it('uses the decimal comma in German and the point in English', () => {
    expect(formatHours(750, 'de')).toBe('12,5');
    expect(formatHours(750, 'en')).toBe('12.5');
    expect(formatHours(45, 'de')).toBe('0,75');
    expect(formatHours(120, 'en')).toBe('2');
  });
  it('groups thousands only when asked', () => {
    expect(formatHours(60 * 1234 + 30, 'de')).toBe('1234,5');
    expect(formatHours(60 * 1234 + 30, 'de', true)).toBe('1.234,5');
  });
});
