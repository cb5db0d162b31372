import fc from 'fast-check';
import type { GrantApplicationData } from '@miteinander/contracts';
import { submissionProblems, type SubmissionContext } from './submission';
import { CALL, TODAY, validApplication } from './test-fixtures';

const ctx: SubmissionContext = { today: TODAY, callStatus: 'open' };
const check = (data: GrantApplicationData, over: Partial<SubmissionContext> = {}) => submissionProblems(CALL, data, { ...ctx, ...over });
const rules = (data: GrantApplicationData, field: string, over: Partial<SubmissionContext> = {}) => check(data, over).filter((p) => p.field === field).map((p) => p.rule);

/** A one-line plan that computes exactly `cents`, so the request can be set to the limit under test. */
const planFor = (cents: number, projectArea = 'nachbarschaftsfest'): Partial<GrantApplicationData> => ({
  projectArea,
  fieldOfAction: projectArea === 'sprachkurs' ? 'language' : 'cohesion',
  costLines: [{ id: 'a', category: 'fees', description: 'Honorar', amountCents: cents }],
  ownContributionCents: 0,
  otherFundingCents: 0,
  requestedCents: cents,
});

describe('submissionProblems', () => {
  it('accepts a complete, consistent application', () => {
    expect(check(validApplication())).toEqual([]);
  });

  describe('the call', () => {
    it('must be open', () => {
      expect(rules(validApplication(), 'call', { callStatus: 'paused' })).toEqual(['callPaused']);
      expect(rules(validApplication(), 'call', { callStatus: 'closed' })).toEqual(['callClosed']);
      expect(rules(validApplication(), 'call', { callStatus: 'draft' })).toEqual(['callNotOpen']);
    });
    it('accepts the deadline day itself, not the day after', () => {
      const late = validApplication({ startDate: '2026-12-01', endDate: '2026-12-01' });
      expect(rules(late, 'call', { today: '2026-10-31' })).toEqual([]);
      expect(check(late, { today: '2026-11-01' })).toEqual([{ field: 'call', rule: 'deadlinePassed', params: { deadline: '2026-10-31' } }]);
    });
  });

  it('lists every missing required field, in form order', () => {
    expect(check({}).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'applicantType:required',
      'organisationName:required',
      'title:required',
      'goals:required',
      'targetGroup:required',
      'fieldOfAction:required',
      'projectArea:required',
      'municipalityId:required',
      'startDate:required',
      'endDate:required',
      'plannedRefugees:required',
      'plannedLocals:required',
      'costLines:costLinesRequired',
      'requestedCents:required',
      'accountHolder:required',
      'iban:required',
    ]);
  });
  it('treats blank text as missing', () => {
    expect(rules(validApplication({ title: '   ' }), 'title')).toEqual(['required']);
  });
  it('needs an organisation name unless a private person applies', () => {
    expect(rules(validApplication({ organisationName: '' }), 'organisationName')).toEqual(['required']);
    expect(rules(validApplication({ applicantType: 'private', organisationName: '' }), 'organisationName')).toEqual([]);
  });
  it('puts call problems first, then fields in form order, cost lines by index', () => {
    const data = validApplication({ iban: 'DE00', title: '', costLines: [{ id: 'a', category: 'fees', description: '', amountCents: 130_000 }, { id: 'b', category: 'fees', description: '', amountCents: 0 }], ownContributionCents: 10_000 });
    expect(check(data, { callStatus: 'paused' }).map((p) => p.field)).toEqual(['call', 'title', 'costLines.0.description', 'costLines.1.description', 'iban']);
  });

  describe('field of action and project area', () => {
    it('must be offered by the call', () => {
      const narrowCall = { ...CALL, fieldsOfAction: ['language' as const] };
      expect(submissionProblems(narrowCall, validApplication(), ctx).map((p) => `${p.field}:${p.rule}`)).toContain('fieldOfAction:notInCall');
      expect(rules(validApplication({ projectArea: 'fussball' }), 'projectArea')).toEqual(['notInCall']);
    });
    it('requires the area to belong to the chosen field', () => {
      expect(rules(validApplication({ projectArea: 'sprachmittlung' }), 'projectArea')).toEqual(['areaNotInField']);
    });
  });

  describe('dates', () => {
    it('accepts an end on the start day and rejects an end before it', () => {
      expect(rules(validApplication({ startDate: '2026-10-01', endDate: '2026-10-01' }), 'endDate')).toEqual([]);
      expect(rules(validApplication({ startDate: '2026-10-01', endDate: '2026-09-30' }), 'endDate')).toEqual(['endBeforeStart']);
    });
    it('accepts a start exactly minLeadDays after today and not one day earlier', () => {
      expect(rules(validApplication({ startDate: '2026-09-15', endDate: '2026-09-20' }), 'startDate')).toEqual([]);
      expect(check(validApplication({ startDate: '2026-09-14', endDate: '2026-09-20' }))).toEqual([
        { field: 'startDate', rule: 'startTooSoon', params: { earliest: '2026-09-15', days: 14 } },
      ]);
    });
  });

  describe('money', () => {
    it('allows exactly the project limit and not a cent more', () => {
      expect(check(validApplication(planFor(500_000)))).toEqual([]);
      expect(check(validApplication(planFor(500_001)))).toEqual([{ field: 'requestedCents', rule: 'overLimit', params: { limit: 500_000 } }]);
    });
    it('applies the language-course limit of 1,000 €', () => {
      expect(check(validApplication(planFor(100_000, 'sprachkurs')))).toEqual([]);
      expect(check(validApplication(planFor(100_001, 'sprachkurs')))).toEqual([{ field: 'requestedCents', rule: 'overLimit', params: { limit: 100_000 } }]);
    });
    it('requires the request to equal costs − own contribution − other funding', () => {
      expect(check(validApplication({ requestedCents: 120_001 }))).toEqual([{ field: 'requestedCents', rule: 'requestedMismatch', params: { computed: 120_000 } }]);
      expect(rules(validApplication({ requestedCents: 0 }), 'requestedCents')).toEqual(['requestedMismatch']);
    });
    it('flags financing above the costs, once', () => {
      const problems = check(validApplication({ ownContributionCents: 100_000, otherFundingCents: 40_000, otherFundingSource: 'Stiftung', requestedCents: 0 }));
      expect(problems).toEqual([{ field: 'ownContributionCents', rule: 'financingExceedsCosts' }]);
    });
    it('says nothing is left to fund when financing covers the costs exactly', () => {
      expect(check(validApplication({ ownContributionCents: 130_000, requestedCents: 0 }))).toEqual([{ field: 'requestedCents', rule: 'nothingToFund' }]);
    });
    it('needs a source for other funding', () => {
      const data = validApplication({ otherFundingCents: 20_000, requestedCents: 100_000 });
      expect(check(data)).toEqual([{ field: 'otherFundingSource', rule: 'required' }]);
      expect(check({ ...data, otherFundingSource: 'Bürgerstiftung' })).toEqual([]);
    });
    it('reports badly typed amounts once and does not compare sums built on them', () => {
      expect(check(validApplication({ requestedCents: '12,50' as never }))).toEqual([{ field: 'requestedCents', rule: 'wholeCents' }]);
      expect(check(validApplication({ requestedCents: 12.5 }))).toEqual([{ field: 'requestedCents', rule: 'wholeCents' }]);
      expect(check(validApplication({ ownContributionCents: -1 }))).toEqual([{ field: 'ownContributionCents', rule: 'notNegative' }]);
    });
    it('requires every cost line to be complete', () => {
      const data = validApplication({ costLines: [{ id: 'a' } as never, { id: 'b', category: 'fees', description: 'x', amountCents: 130_000 }] });
      expect(check(data)).toEqual([
        { field: 'costLines.0.category', rule: 'required' },
        { field: 'costLines.0.description', rule: 'required' },
        { field: 'costLines.0.amountCents', rule: 'required' },
      ]);
    });
  });

  it('checks the IBAN checksum, accepting spaces', () => {
    expect(rules(validApplication({ iban: 'DE89370400440532013000' }), 'iban')).toEqual([]);
    expect(rules(validApplication({ iban: 'de89 3704 0044 0532 0130 00' }), 'iban')).toEqual([]);
    expect(rules(validApplication({ iban: 'DE89370400440532013001' }), 'iban')).toEqual(['iban']);
  });
  it('needs at least one planned participant', () => {
    expect(rules(validApplication({ plannedRefugees: 0, plannedLocals: 0 }), 'plannedRefugees')).toEqual(['participantsRequired']);
    expect(rules(validApplication({ plannedRefugees: 0, plannedLocals: 1 }), 'plannedRefugees')).toEqual([]);
  });
  it('needs a short description when the project may be shown publicly', () => {
    expect(rules(validApplication({ publicConsent: true }), 'shortDescription')).toEqual(['required']);
    expect(rules(validApplication({ publicConsent: true, shortDescription: 'Fest für alle' }), 'shortDescription')).toEqual([]);
  });
  it('includes shape problems such as unknown keys', () => {
    expect(check({ ...validApplication(), extra: 1 } as GrantApplicationData)).toEqual([{ field: 'extra', rule: 'unknownField' }]);
  });

  it('never throws and always returns well-formed problems, whatever JSON the draft holds', () => {
    const field = fc.constantFrom('title', 'costLines', 'requestedCents', 'startDate', 'endDate', 'iban', 'projectArea', 'fieldOfAction', 'plannedRefugees', 'otherFundingCents', 'publicConsent');
    const jsonish = fc.oneof(fc.jsonValue(), fc.dictionary(field, fc.jsonValue()), fc.record({ costLines: fc.array(fc.dictionary(fc.constantFrom('id', 'category', 'description', 'amountCents'), fc.jsonValue())) }));
    fc.assert(
      fc.property(jsonish, fc.constantFrom('open', 'paused', 'closed', 'draft') as fc.Arbitrary<SubmissionContext['callStatus']>, (data, callStatus) => {
        const problems = submissionProblems(CALL, data as GrantApplicationData, { today: TODAY, callStatus });
        for (const p of problems) {
          expect(typeof p.field).toBe('string');
          expect(typeof p.rule).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});
