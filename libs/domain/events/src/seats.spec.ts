import fc from 'fast-check';
import { placeAnswer, promotable, seatsFor } from './seats';

describe('seatsFor', () => {
  it('counts the companion', () => {
    expect(seatsFor(false)).toBe(1);
    expect(seatsFor(true)).toBe(2);
  });
});

describe('placeAnswer', () => {
  it('accepts while all needed seats are free, the last seat included', () => {
    expect(placeAnswer(10, 1)).toBe('accepted');
    expect(placeAnswer(1, 1)).toBe('accepted');
    expect(placeAnswer(2, 2)).toBe('accepted');
  });
  it('puts a party on the waiting list rather than splitting it', () => {
    expect(placeAnswer(1, 2)).toBe('waitlisted');
    expect(placeAnswer(0, 1)).toBe('waitlisted');
  });
  it('waitlists when the event is overbooked (capacity lowered below the seats taken)', () => {
    expect(placeAnswer(-3, 1)).toBe('waitlisted');
  });
});

describe('promotable', () => {
  const w = (...seats: number[]) => seats.map((s, i) => ({ id: `w${i + 1}`, seats: s }));

  it('promotes in order while the seats last', () => {
    expect(promotable(3, w(1, 2, 1))).toEqual(['w1', 'w2']);
    expect(promotable(4, w(1, 2, 1))).toEqual(['w1', 'w2', 'w3']);
  });
  it('lets a party of two wait for two seats; the single behind it does not jump ahead', () => {
    expect(promotable(1, w(2, 1, 1))).toEqual([]);
    expect(promotable(2, w(1, 2, 1))).toEqual(['w1']);
    expect(promotable(2, w(2, 1))).toEqual(['w1']);
  });
  it('promotes nobody without free seats or without anyone waiting', () => {
    expect(promotable(0, w(1))).toEqual([]);
    expect(promotable(-2, w(1))).toEqual([]);
    expect(promotable(5, [])).toEqual([]);
  });

  it('always promotes a leading run of the list that fits, and stops only at someone who does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 20 }), fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 15 }), (free, seats) => {
        const list = w(...seats);
        const promoted = promotable(free, list);
        expect(promoted).toEqual(list.slice(0, promoted.length).map((e) => e.id));
        const used = seats.slice(0, promoted.length).reduce((a, b) => a + b, 0);
        expect(used).toBeLessThanOrEqual(Math.max(free, 0));
        const next = seats[promoted.length];
        if (next !== undefined) expect(used + next).toBeGreaterThan(free);
      }),
    );
  });
});
