import { rsvpOpen } from './rsvp-window';

describe('rsvpOpen', () => {
  it('is open before and on the deadline day, closed after it', () => {
    expect(rsvpOpen('2026-06-01', '2026-05-31')).toBe(true);
    expect(rsvpOpen('2026-06-01', '2026-06-01')).toBe(true);
    expect(rsvpOpen('2026-06-01', '2026-06-02')).toBe(false);
  });
  it('compares across months and years', () => {
    expect(rsvpOpen('2027-01-01', '2026-12-31')).toBe(true);
    expect(rsvpOpen('2026-12-31', '2027-01-01')).toBe(false);
  });
});
