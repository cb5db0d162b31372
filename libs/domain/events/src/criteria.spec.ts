import fc from 'fast-check';
import type { InvitationCriteria } from '@miteinander/contracts';
import { criteriaProblems, hasCriteria } from './criteria';

const ORG_A = '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d';
const ORG_B = 'A0B1C2D3-E4F5-4a6b-8c7d-9e0f1a2b3c4d';
const of = (c: unknown) => criteriaProblems(c as InvitationCriteria);

describe('criteriaProblems', () => {
  it('accepts empty criteria and every criterion set sensibly', () => {
    expect(of({})).toEqual([]);
    expect(
      of({
        hoursInYear: { year: 2026, minHours: 40 },
        activeYears: 10,
        cardHolders: true,
        completedSponsorships: { from: '2025-01-01', to: '2025-12-31' },
        volunteerMatch: 'any',
        organisationContacts: [ORG_A, ORG_B],
        nominated: false,
      }),
    ).toEqual([]);
  });
  it('takes null as "criterion not used"', () => {
    expect(of({ hoursInYear: null, activeYears: null, completedSponsorships: null, cardHolders: null, volunteerMatch: null, organisationContacts: null, nominated: null })).toEqual([]);
  });

  describe('hoursInYear', () => {
    it('needs a year from 2000 to 2100', () => {
      expect(of({ hoursInYear: { year: 2000, minHours: 0 } })).toEqual([]);
      expect(of({ hoursInYear: { year: 2100, minHours: 0 } })).toEqual([]);
      for (const year of [1999, 2101, 2026.5]) {
        expect(of({ hoursInYear: { year, minHours: 10 } })).toEqual([{ field: 'criteria.hoursInYear.year', rule: 'range', params: { min: 2000, max: 2100 } }]);
      }
    });
    it('needs whole minimum hours from 0 to 10000', () => {
      expect(of({ hoursInYear: { year: 2026, minHours: 10000 } })).toEqual([]);
      for (const minHours of [-1, 10001, 1.5]) {
        expect(of({ hoursInYear: { year: 2026, minHours } })).toEqual([{ field: 'criteria.hoursInYear.minHours', rule: 'range', params: { min: 0, max: 10000 } }]);
      }
    });
    it('needs both parts, as numbers, inside an object', () => {
      expect(of({ hoursInYear: {} })).toEqual([
        { field: 'criteria.hoursInYear.year', rule: 'required' },
        { field: 'criteria.hoursInYear.minHours', rule: 'required' },
      ]);
      expect(of({ hoursInYear: { year: '2026', minHours: 5 } })).toEqual([{ field: 'criteria.hoursInYear.year', rule: 'type', params: { expected: 'number' } }]);
      expect(of({ hoursInYear: 2026 })).toEqual([{ field: 'criteria.hoursInYear', rule: 'type', params: { expected: 'object' } }]);
      expect(of({ hoursInYear: [2026, 5] })).toEqual([{ field: 'criteria.hoursInYear', rule: 'type', params: { expected: 'object' } }]);
    });
  });

  it('activeYears is a whole number from 1 to 80', () => {
    expect(of({ activeYears: 1 })).toEqual([]);
    expect(of({ activeYears: 80 })).toEqual([]);
    for (const activeYears of [0, 81, 2.5]) {
      expect(of({ activeYears })).toEqual([{ field: 'criteria.activeYears', rule: 'range', params: { min: 1, max: 80 } }]);
    }
    expect(of({ activeYears: '5' })).toEqual([{ field: 'criteria.activeYears', rule: 'type', params: { expected: 'number' } }]);
  });

  describe('completedSponsorships', () => {
    it('needs real dates with from on or before to', () => {
      expect(of({ completedSponsorships: { from: '2025-03-01', to: '2025-03-01' } })).toEqual([]);
      expect(of({ completedSponsorships: { from: '2025-03-02', to: '2025-03-01' } })).toEqual([{ field: 'criteria.completedSponsorships.to', rule: 'period' }]);
      expect(of({ completedSponsorships: { from: '2025-02-30', to: '2025-13-01' } })).toEqual([
        { field: 'criteria.completedSponsorships.from', rule: 'date' },
        { field: 'criteria.completedSponsorships.to', rule: 'date' },
      ]);
    });
    it('needs both ends, as text, inside an object', () => {
      expect(of({ completedSponsorships: { from: '2025-01-01' } })).toEqual([{ field: 'criteria.completedSponsorships.to', rule: 'required' }]);
      expect(of({ completedSponsorships: { from: 2025, to: '2025-01-01' } })).toEqual([{ field: 'criteria.completedSponsorships.from', rule: 'type', params: { expected: 'string' } }]);
      expect(of({ completedSponsorships: '2025' })).toEqual([{ field: 'criteria.completedSponsorships', rule: 'type', params: { expected: 'object' } }]);
    });
  });

  describe('organisationContacts', () => {
    it('is true, false or a list of organisation ids', () => {
      expect(of({ organisationContacts: true })).toEqual([]);
      expect(of({ organisationContacts: false })).toEqual([]);
      expect(of({ organisationContacts: [] })).toEqual([]);
      expect(of({ organisationContacts: 'all' })).toEqual([{ field: 'criteria.organisationContacts', rule: 'type', params: { expected: 'array' } }]);
      expect(of({ organisationContacts: { id: ORG_A } })).toEqual([{ field: 'criteria.organisationContacts', rule: 'type', params: { expected: 'array' } }]);
    });
    it('names each entry that is not an id', () => {
      expect(of({ organisationContacts: [ORG_A, 'abc', 7, null] })).toEqual([
        { field: 'criteria.organisationContacts.1', rule: 'uuid' },
        { field: 'criteria.organisationContacts.2', rule: 'uuid' },
        { field: 'criteria.organisationContacts.3', rule: 'uuid' },
      ]);
    });
    it('takes at most 500 ids', () => {
      expect(of({ organisationContacts: Array(500).fill(ORG_A) })).toEqual([]);
      expect(of({ organisationContacts: Array(501).fill(ORG_A) })).toEqual([{ field: 'criteria.organisationContacts', rule: 'tooMany', params: { max: 500 } }]);
    });
  });

  it('volunteerMatch is all or any', () => {
    expect(of({ volunteerMatch: 'all' })).toEqual([]);
    expect(of({ volunteerMatch: 'AND' })).toEqual([{ field: 'criteria.volunteerMatch', rule: 'oneOf' }]);
    expect(of({ volunteerMatch: 1 })).toEqual([{ field: 'criteria.volunteerMatch', rule: 'type', params: { expected: 'string' } }]);
  });

  it('nominated and cardHolders are booleans', () => {
    expect(of({ nominated: 'yes', cardHolders: 1 })).toEqual([
      { field: 'criteria.cardHolders', rule: 'type', params: { expected: 'boolean' } },
      { field: 'criteria.nominated', rule: 'type', params: { expected: 'boolean' } },
    ]);
  });

  it('answers garbage with a type problem instead of throwing', () => {
    for (const garbage of [null, undefined, 3, 'criteria', [], false]) {
      expect(of(garbage)).toEqual([{ field: 'criteria', rule: 'type', params: { expected: 'object' } }]);
    }
  });

  it('never throws and keeps every field under criteria, for any input', () => {
    const shaped = fc.record(
      {
        hoursInYear: fc.oneof(fc.anything(), fc.record({ year: fc.anything(), minHours: fc.anything() })),
        activeYears: fc.anything(),
        completedSponsorships: fc.oneof(fc.anything(), fc.record({ from: fc.anything(), to: fc.anything() })),
        organisationContacts: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.uuid(), fc.anything()))),
        volunteerMatch: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (c) => {
        for (const p of of(c)) expect(p.field.startsWith('criteria')).toBe(true);
      }),
    );
  });
});

describe('hasCriteria', () => {
  const has = (c: unknown) => hasCriteria(c as InvitationCriteria);
  it('is false when nothing would select anyone', () => {
    expect(has({})).toBe(false);
    expect(has({ volunteerMatch: 'any' })).toBe(false);
    expect(has({ hoursInYear: null, activeYears: null, completedSponsorships: null, cardHolders: false, nominated: false, organisationContacts: false })).toBe(false);
    expect(has({ organisationContacts: [] })).toBe(false);
  });
  it.each([
    [{ hoursInYear: { year: 2026, minHours: 0 } }],
    [{ activeYears: 5 }],
    [{ cardHolders: true }],
    [{ completedSponsorships: { from: '2025-01-01', to: '2025-12-31' } }],
    [{ organisationContacts: true }],
    [{ organisationContacts: [ORG_A] }],
    [{ nominated: true }],
  ])('is true for %j', (c) => expect(has(c)).toBe(true));
  it('is false for garbage, never throws', () => {
    for (const garbage of [null, undefined, 1, 'x', []]) expect(has(garbage)).toBe(false);
  });
});
