import fc from 'fast-check';
import type { EventInput } from '@miteinander/contracts';
import { eventInputProblems } from './event-input';

const NOW = '2026-05-10T14:00';

const valid = (over: Partial<Record<keyof EventInput, unknown>> = {}): EventInput =>
  ({
    kind: 'award_ceremony',
    title: 'Ehrenamtspreis 2026',
    startsAt: '2026-06-12T18:00',
    endsAt: '2026-06-12T21:30',
    venueName: 'Kreishaus, großer Saal',
    venueAddress: 'Am Markt 1, 12345 Musterstadt',
    accessibility: 'Stufenloser Zugang, Induktionsschleife',
    capacity: 120,
    rsvpDeadline: '2026-06-01',
    plusOnesAllowed: true,
    descriptionDe: 'Wir sagen Danke.',
    descriptionEn: 'We say thank you.',
    ...over,
  }) as EventInput;

const problemsOf = (over: Partial<Record<keyof EventInput, unknown>>) => eventInputProblems(valid(over), NOW);

describe('eventInputProblems', () => {
  it('accepts a complete, sensible event', () => {
    expect(eventInputProblems(valid(), NOW)).toEqual([]);
  });
  it('accepts an event without end, accessibility notes or descriptions', () => {
    expect(problemsOf({ endsAt: null, accessibility: '', descriptionDe: '', descriptionEn: '' })).toEqual([]);
    expect(problemsOf({ endsAt: undefined, accessibility: undefined, descriptionDe: undefined, descriptionEn: undefined })).toEqual([]);
    expect(problemsOf({ endsAt: '' })).toEqual([]);
  });

  describe('kind', () => {
    it.each(['award_ceremony', 'reception', 'thank_you_festival'])('accepts %s', (kind) => expect(problemsOf({ kind })).toEqual([]));
    it('rejects unknown kinds, missing ones and wrong types', () => {
      expect(problemsOf({ kind: 'party' })).toEqual([{ field: 'kind', rule: 'oneOf' }]);
      expect(problemsOf({ kind: 'Reception' })).toEqual([{ field: 'kind', rule: 'oneOf' }]);
      expect(problemsOf({ kind: undefined })).toEqual([{ field: 'kind', rule: 'required' }]);
      expect(problemsOf({ kind: 3 })).toEqual([{ field: 'kind', rule: 'type', params: { expected: 'string' } }]);
    });
  });

  describe('texts', () => {
    it.each([
      ['title', 200],
      ['venueName', 200],
      ['venueAddress', 500],
    ] as const)('%s is required and at most %i characters', (field, max) => {
      expect(problemsOf({ [field]: 'x'.repeat(max) })).toEqual([]);
      expect(problemsOf({ [field]: 'x'.repeat(max + 1) })).toEqual([{ field, rule: 'maxLength', params: { max } }]);
      expect(problemsOf({ [field]: '   ' })).toEqual([{ field, rule: 'required' }]);
      expect(problemsOf({ [field]: null })).toEqual([{ field, rule: 'required' }]);
      expect(problemsOf({ [field]: 42 })).toEqual([{ field, rule: 'type', params: { expected: 'string' } }]);
    });
    it.each([
      ['accessibility', 2000],
      ['descriptionDe', 5000],
      ['descriptionEn', 5000],
    ] as const)('%s is optional and at most %i characters', (field, max) => {
      expect(problemsOf({ [field]: 'x'.repeat(max) })).toEqual([]);
      expect(problemsOf({ [field]: 'x'.repeat(max + 1) })).toEqual([{ field, rule: 'maxLength', params: { max } }]);
      expect(problemsOf({ [field]: ['a'] })).toEqual([{ field, rule: 'type', params: { expected: 'string' } }]);
    });
    it('counts characters as the user sees them (an emoji is one)', () => {
      expect(problemsOf({ title: '🎉'.repeat(200) })).toEqual([]);
    });
  });

  describe('startsAt', () => {
    it('must be given as a local date and time', () => {
      expect(problemsOf({ startsAt: '' })).toEqual([{ field: 'startsAt', rule: 'required' }]);
      expect(problemsOf({ startsAt: 20260612 })).toEqual([{ field: 'startsAt', rule: 'type', params: { expected: 'string' } }]);
      for (const startsAt of ['2026-06-12', '2026-06-12T18:00:00Z', '2026-06-31T18:00', '2026-06-12T24:00', '12.06.2026 18:00']) {
        expect(problemsOf({ startsAt, endsAt: null })).toEqual([{ field: 'startsAt', rule: 'localDateTime' }]);
      }
    });
    it('must not lie before now; now itself is fine', () => {
      expect(problemsOf({ startsAt: NOW, endsAt: null, rsvpDeadline: '2026-05-10' })).toEqual([]);
      expect(problemsOf({ startsAt: '2026-05-10T13:59', endsAt: null, rsvpDeadline: '2026-05-10' })).toEqual([{ field: 'startsAt', rule: 'inPast' }]);
    });
  });

  describe('endsAt', () => {
    it('must be after the start', () => {
      expect(problemsOf({ endsAt: '2026-06-12T18:01' })).toEqual([]);
      expect(problemsOf({ endsAt: '2026-06-13T01:00' })).toEqual([]);
      expect(problemsOf({ endsAt: '2026-06-12T18:00' })).toEqual([{ field: 'endsAt', rule: 'endBeforeStart' }]);
      expect(problemsOf({ endsAt: '2026-06-11T22:00' })).toEqual([{ field: 'endsAt', rule: 'endBeforeStart' }]);
    });
    it('must be a local date and time when given', () => {
      expect(problemsOf({ endsAt: '21:30' })).toEqual([{ field: 'endsAt', rule: 'localDateTime' }]);
      expect(problemsOf({ endsAt: true })).toEqual([{ field: 'endsAt', rule: 'type', params: { expected: 'string' } }]);
    });
    it('is not compared with a start that is not a time', () => {
      expect(problemsOf({ startsAt: 'soon' })).toEqual([{ field: 'startsAt', rule: 'localDateTime' }]);
    });
  });

  describe('capacity', () => {
    it('is a whole number from 1 to 100000', () => {
      expect(problemsOf({ capacity: 1 })).toEqual([]);
      expect(problemsOf({ capacity: 100000 })).toEqual([]);
      for (const capacity of [0, -5, 100001, 12.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(problemsOf({ capacity })).toEqual([{ field: 'capacity', rule: 'range', params: { min: 1, max: 100000 } }]);
      }
    });
    it('is required and a number, not text', () => {
      expect(problemsOf({ capacity: null })).toEqual([{ field: 'capacity', rule: 'required' }]);
      expect(problemsOf({ capacity: '120' })).toEqual([{ field: 'capacity', rule: 'type', params: { expected: 'number' } }]);
    });
  });

  describe('rsvpDeadline', () => {
    it('may be today and may be the event day itself', () => {
      expect(problemsOf({ rsvpDeadline: '2026-05-10' })).toEqual([]);
      expect(problemsOf({ rsvpDeadline: '2026-06-12' })).toEqual([]);
    });
    it('must not be after the event day', () => {
      expect(problemsOf({ rsvpDeadline: '2026-06-13' })).toEqual([{ field: 'rsvpDeadline', rule: 'deadlineAfterEvent', params: { eventDate: '2026-06-12' } }]);
    });
    it('must not be before today', () => {
      expect(problemsOf({ rsvpDeadline: '2026-05-09' })).toEqual([{ field: 'rsvpDeadline', rule: 'deadlinePassed', params: { deadline: '2026-05-09' } }]);
    });
    it('must be a real date', () => {
      expect(problemsOf({ rsvpDeadline: '2026-02-30' })).toEqual([{ field: 'rsvpDeadline', rule: 'date' }]);
      expect(problemsOf({ rsvpDeadline: '01.06.2026' })).toEqual([{ field: 'rsvpDeadline', rule: 'date' }]);
      expect(problemsOf({ rsvpDeadline: '' })).toEqual([{ field: 'rsvpDeadline', rule: 'required' }]);
      expect(problemsOf({ rsvpDeadline: 20260601 })).toEqual([{ field: 'rsvpDeadline', rule: 'type', params: { expected: 'string' } }]);
    });
    it('is still checked against today when the start is broken', () => {
      expect(problemsOf({ startsAt: 'x', rsvpDeadline: '2026-05-01' })).toEqual([
        { field: 'startsAt', rule: 'localDateTime' },
        { field: 'rsvpDeadline', rule: 'deadlinePassed', params: { deadline: '2026-05-01' } },
      ]);
    });
  });

  describe('plusOnesAllowed', () => {
    it('is a boolean', () => {
      expect(problemsOf({ plusOnesAllowed: false })).toEqual([]);
      expect(problemsOf({ plusOnesAllowed: 'yes' })).toEqual([{ field: 'plusOnesAllowed', rule: 'type', params: { expected: 'boolean' } }]);
      expect(problemsOf({ plusOnesAllowed: undefined })).toEqual([{ field: 'plusOnesAllowed', rule: 'required' }]);
    });
  });

  it('reports every problem at once', () => {
    const fields = eventInputProblems({} as EventInput, NOW).map((p) => p.field);
    expect(fields).toEqual(['kind', 'title', 'startsAt', 'venueName', 'venueAddress', 'capacity', 'rsvpDeadline', 'plusOnesAllowed']);
  });

  it('answers garbage with a type problem instead of throwing', () => {
    for (const garbage of [null, undefined, 42, 'event', [], true]) {
      expect(eventInputProblems(garbage as unknown as EventInput, NOW)).toEqual([{ field: 'event', rule: 'type', params: { expected: 'object' } }]);
    }
  });

  it('never throws and names only known fields, for any input', () => {
    const known = new Set(['event', ...Object.keys(valid())]);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ kind: fc.anything(), startsAt: fc.anything(), endsAt: fc.anything(), capacity: fc.anything(), rsvpDeadline: fc.anything() })), (input) => {
        const problems = eventInputProblems(input as EventInput, NOW);
        for (const p of problems) expect(known.has(p.field)).toBe(true);
      }),
    );
  });
});
