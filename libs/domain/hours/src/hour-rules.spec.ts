import { addDays, addMonths, daysBetween, isCalendarDate } from '@miteinander/domain-calendar';
import { exceedsDailyLimit, isInFuture, isLocked, minutesProblem, todayIn } from './hour-rules';

describe('minutes of one entry', () => {
  it('accepts quarter hours up to a whole day', () => {
    for (const m of [15, 30, 45, 60, 90, 1440]) expect(minutesProblem(m)).toBeNull();
  });
  it('refuses zero, negative and fractional minutes', () => {
    for (const m of [0, -15, -1, 22.5, Number.NaN]) expect(minutesProblem(m)).toBe('minutesPositive');
  });
  it('refuses anything that is not a quarter hour', () => {
    for (const m of [10, 20, 50, 61]) expect(minutesProblem(m)).toBe('quarterHour');
  });
  it('refuses more than 24 hours in one entry', () => {
    expect(minutesProblem(1455)).toBe('dailyLimit');
  });
});

describe('24 hours a day across entries', () => {
  it('allows filling the day exactly', () => {
    expect(exceedsDailyLimit(1440 - 90, 90)).toBe(false);
  });
  it('refuses a quarter hour too much', () => {
    expect(exceedsDailyLimit(1440 - 90, 105)).toBe(true);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '05.11.2026', '', 20261105, null, '1850-01-01']) expect(isCalendarDate(bad)).toBe(false);
  });
  it('takes "today" from Berlin: shortly after midnight there it is already the next day', () => {
    const now = new Date('2026-06-30T22:30:00Z'); // 00:30 on 1 July in Berlin (summer time)
    expect(todayIn(now, 'Europe/Berlin')).toBe('2026-07-01');
    expect(isInFuture('2026-07-01', todayIn(now, 'Europe/Berlin'))).toBe(false);
    expect(isInFuture('2026-07-02', todayIn(now, 'Europe/Berlin'))).toBe(true);
  });
  it('treats the lock date itself as closed', () => {
    expect(isLocked('2026-03-31', '2026-03-31')).toBe(true);
    expect(isLocked('2026-04-01', '2026-03-31')).toBe(false);
    expect(isLocked('1999-01-01', null)).toBe(false);
  });
  it('does calendar arithmetic without time zones', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the spring clock change
  });
});
