import fc from 'fast-check';
import { parseLocalDateTime } from './local-time';

describe('parseLocalDateTime', () => {
  it('splits a local date and time', () => {
    expect(parseLocalDateTime('2026-06-12T18:30')).toEqual({ date: '2026-06-12', hour: 18, minute: 30 });
    expect(parseLocalDateTime('2026-01-01T00:00')).toEqual({ date: '2026-01-01', hour: 0, minute: 0 });
    expect(parseLocalDateTime('2026-12-31T23:59')).toEqual({ date: '2026-12-31', hour: 23, minute: 59 });
  });
  it('needs a real calendar day', () => {
    expect(parseLocalDateTime('2028-02-29T10:00')).not.toBeNull();
    expect(parseLocalDateTime('2026-02-29T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-04-31T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-13-01T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-00-10T10:00')).toBeNull();
  });
  it('needs hour 0–23 and minute 0–59', () => {
    expect(parseLocalDateTime('2026-06-12T24:00')).toBeNull();
    expect(parseLocalDateTime('2026-06-12T12:60')).toBeNull();
  });
  it('takes exactly yyyy-mm-ddThh:mm: no seconds, no zone, no space, no short forms', () => {
    for (const s of ['2026-06-12T18:30:00', '2026-06-12T18:30Z', '2026-06-12 18:30', '2026-6-12T18:30', '2026-06-12T8:30', '2026-06-12', '', ' 2026-06-12T18:30']) {
      expect(parseLocalDateTime(s)).toBeNull();
    }
  });
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => parseLocalDateTime(v as string)).not.toThrow();
      }),
    );
  });
  it('reads back every local time it could have been written as', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:00Z'), noInvalidDate: true }), (d) => {
        const text = d.toISOString().slice(0, 16);
        expect(parseLocalDateTime(text)).toEqual({ date: text.slice(0, 10), hour: d.getUTCHours(), minute: d.getUTCMinutes() });
      }),
    );
  });
});
