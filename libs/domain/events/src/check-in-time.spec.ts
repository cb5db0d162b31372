import fc from 'fast-check';
import { checkInInstant } from './check-in-time';

const START = new Date('2026-06-12T16:00:00Z');
const NOW = new Date('2026-06-12T16:30:00Z');

describe('checkInInstant', () => {
  it('takes the phone time of a check-in queued offline', () => {
    expect(checkInInstant('2026-06-12T16:10:00Z', NOW, START)).toEqual(new Date('2026-06-12T16:10:00Z'));
    expect(checkInInstant('2026-06-12T18:10:00.123+02:00', NOW, START)).toEqual(new Date('2026-06-12T16:10:00.123Z'));
    expect(checkInInstant('2026-06-12T16:10Z', NOW, START)).toEqual(new Date('2026-06-12T16:10:00Z'));
  });
  it('allows exactly now and exactly 12 hours before the start', () => {
    expect(checkInInstant(NOW.toISOString(), NOW, START)).toEqual(NOW);
    expect(checkInInstant('2026-06-12T04:00:00Z', NOW, START)).toEqual(new Date('2026-06-12T04:00:00Z'));
  });
  it('uses now for a time in the future or too long before the start', () => {
    expect(checkInInstant('2026-06-12T16:30:01Z', NOW, START)).toBe(NOW);
    expect(checkInInstant('2026-06-12T03:59:59Z', NOW, START)).toBe(NOW);
    expect(checkInInstant('2025-06-12T16:00:00Z', NOW, START)).toBe(NOW);
  });
  it('uses now when there is no time or it is not an instant', () => {
    for (const s of [undefined, '', 'yesterday', '2026-06-12', '2026-06-12T16:10', '2026-06-12 16:10:00Z', '2026-06-31T16:10:00Z', '2026-06-12T25:10:00Z']) {
      expect(checkInInstant(s, NOW, START)).toBe(NOW);
    }
    expect(checkInInstant(1234 as unknown as string, NOW, START)).toBe(NOW);
  });
  it('never returns a time after now or more than 12 hours before the start', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (s) => {
        const t = checkInInstant(s, NOW, START).getTime();
        expect(t).toBeLessThanOrEqual(NOW.getTime());
        expect(t).toBeGreaterThanOrEqual(START.getTime() - 12 * 3600_000);
      }),
    );
  });
});
