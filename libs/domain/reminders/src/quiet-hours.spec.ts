import { endOfQuietHours } from './quiet-hours';
import { localDate, zonedToInstant } from './zoned-time';

const BERLIN = 'Europe/Berlin';
const quiet = { from: '20:00', to: '07:00' };

describe('quiet hours (20:00–07:00 Europe/Berlin)', () => {
  it('lets a reminder go at once during the day', () => {
    expect(endOfQuietHours(new Date('2026-11-24T12:00:00Z'), quiet, BERLIN)).toBeNull(); // 13:00 in Berlin
    expect(endOfQuietHours(new Date('2026-11-24T18:59:00Z'), quiet, BERLIN)).toBeNull(); // 19:59
  });
  it('holds an evening reminder until 07:00 the next morning', () => {
    expect(endOfQuietHours(new Date('2026-11-24T19:00:00Z'), quiet, BERLIN)).toEqual(new Date('2026-11-25T06:00:00Z')); // 20:00 CET
  });
  it('holds a night reminder until 07:00 the same morning', () => {
    expect(endOfQuietHours(new Date('2026-11-25T02:30:00Z'), quiet, BERLIN)).toEqual(new Date('2026-11-25T06:00:00Z'));
  });
  it('uses summer time in summer', () => {
    expect(endOfQuietHours(new Date('2026-07-01T20:00:00Z'), quiet, BERLIN)).toEqual(new Date('2026-07-02T05:00:00Z')); // 22:00 CEST → 07:00 CEST
  });
  it('crosses the night the clocks go forward', () => {
    // 28 → 29 March 2026: 21:00 CET, resumes 07:00 CEST.
    expect(endOfQuietHours(new Date('2026-03-28T20:00:00Z'), quiet, BERLIN)).toEqual(new Date('2026-03-29T05:00:00Z'));
  });
});

describe('zoned dates', () => {
  it('gives the Berlin calendar date, not the UTC one', () => {
    expect(localDate(new Date('2026-12-31T23:30:00Z'), BERLIN)).toBe('2027-01-01');
  });
  it('finds the instant of a Berlin wall-clock time', () => {
    expect(zonedToInstant({ year: 2026, month: 12, day: 1 }, 9, 0, BERLIN)).toEqual(new Date('2026-12-01T08:00:00Z'));
  });
});
