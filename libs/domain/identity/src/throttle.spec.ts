import { isThrottled, retryAfterSeconds } from './throttle';

describe('sign-in throttle', () => {
  const start = new Date('2026-11-24T10:00:00Z');
  const window = 15 * 60_000;
  it('blocks after the maximum number of failures within the window', () => {
    expect(isThrottled({ failures: 4, windowStartedAt: start }, new Date(start.getTime() + 1000), 5, window)).toBe(false);
    expect(isThrottled({ failures: 5, windowStartedAt: start }, new Date(start.getTime() + 1000), 5, window)).toBe(true);
  });
  it('lets the person try again once the window has passed', () => {
    expect(isThrottled({ failures: 50, windowStartedAt: start }, new Date(start.getTime() + window), 5, window)).toBe(false);
  });
  it('tells how long to wait', () => {
    expect(retryAfterSeconds({ failures: 5, windowStartedAt: start }, new Date(start.getTime() + 60_000), window)).toBe(840);
  });
});
