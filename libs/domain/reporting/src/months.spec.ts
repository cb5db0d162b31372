import { daysBetween, monthLabel, monthsOf } from './months';

describe('months', () => {
  it('lists every month the period touches, across years', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(monthsOf('2025-01-01', '2026-12-31')).toHaveLength(24);
  });

  it('names months in the reader language', () => {
    expect(monthLabel('2026-03', 'de')).toBe('März 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});
