import { addDays, addMonths, addYears, daysBetween, isCalendarDate, yearOf } from './calendar-date';

describe('calendar dates', () => {
  it('accepts only real days written yyyy-mm-dd', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('1.3.2026')).toBe(false);
    expect(isCalendarDate('2026-03-01T10:00')).toBe(false);
    expect(isCalendarDate(20260301)).toBe(false);
    expect(isCalendarDate('1850-01-01')).toBe(false);
  });

  it('clamps to the end of the month like PostgreSQL does', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2031-03-01', -60)).toBe('2030-12-31');
  });

  it('counts the days between two dates, also across the spring clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(yearOf('2026-11-25')).toBe(2026);
  });
});
