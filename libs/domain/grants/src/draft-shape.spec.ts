import { draftShapeProblems } from './draft-shape';
import { validApplication } from './test-fixtures';

const rulesFor = (data: unknown, field: string) => draftShapeProblems(data).filter((p) => p.field === field).map((p) => p.rule);

describe('draftShapeProblems', () => {
  it('accepts an empty draft and a complete form', () => {
    expect(draftShapeProblems({})).toEqual([]);
    expect(draftShapeProblems(validApplication())).toEqual([]);
  });
  it('rejects what is not an object at all', () => {
    expect(draftShapeProblems(null)).toEqual([{ field: 'data', rule: 'type', params: { expected: 'object' } }]);
    expect(draftShapeProblems([])).toEqual([{ field: 'data', rule: 'type', params: { expected: 'object' } }]);
  });
  it('names unknown keys, also inside cost lines', () => {
    expect(draftShapeProblems({ title: 'x', budget: 5 })).toEqual([{ field: 'budget', rule: 'unknownField' }]);
    expect(draftShapeProblems({ costLines: [{ id: 'a', vat: 19 }] })).toEqual([{ field: 'costLines.0.vat', rule: 'unknownField' }]);
  });
  it('tells a negative amount from a badly typed one', () => {
    expect(rulesFor({ requestedCents: -1 }, 'requestedCents')).toEqual(['notNegative']);
    expect(rulesFor({ requestedCents: 12.5 }, 'requestedCents')).toEqual(['wholeCents']);
    expect(rulesFor({ requestedCents: '12,50' }, 'requestedCents')).toEqual(['wholeCents']);
    expect(rulesFor({ requestedCents: Number.NaN }, 'requestedCents')).toEqual(['wholeCents']);
    expect(rulesFor({ requestedCents: 0 }, 'requestedCents')).toEqual([]);
    expect(rulesFor({ requestedCents: 100_000_000 }, 'requestedCents')).toEqual([]);
    expect(draftShapeProblems({ requestedCents: 100_000_001 })).toEqual([{ field: 'requestedCents', rule: 'tooLarge', params: { limit: 100_000_000 } }]);
  });
  it('limits text lengths at exactly the maximum', () => {
    expect(rulesFor({ title: 'x'.repeat(200) }, 'title')).toEqual([]);
    expect(draftShapeProblems({ title: 'x'.repeat(201) })).toEqual([{ field: 'title', rule: 'maxLength', params: { max: 200 } }]);
    expect(rulesFor({ goals: 'x'.repeat(4000) }, 'goals')).toEqual([]);
    expect(rulesFor({ goals: 'x'.repeat(4001) }, 'goals')).toEqual(['maxLength']);
    expect(rulesFor({ shortDescription: 'x'.repeat(501) }, 'shortDescription')).toEqual(['maxLength']);
    expect(rulesFor({ iban: 'D'.repeat(41) }, 'iban')).toEqual(['maxLength']);
    // An emoji is one character to the user.
    expect(rulesFor({ title: '🎉'.repeat(200) }, 'title')).toEqual([]);
    expect(rulesFor({ title: 42 }, 'title')).toEqual(['type']);
  });
  it('checks enums, dates, booleans and whole numbers', () => {
    expect(rulesFor({ applicantType: 'company' }, 'applicantType')).toEqual(['oneOf']);
    expect(rulesFor({ fieldOfAction: 'sport' }, 'fieldOfAction')).toEqual(['oneOf']);
    expect(rulesFor({ startDate: '2026-02-30' }, 'startDate')).toEqual(['date']);
    expect(rulesFor({ endDate: '1.10.2026' }, 'endDate')).toEqual(['date']);
    expect(rulesFor({ publicConsent: 'yes' }, 'publicConsent')).toEqual(['type']);
    expect(rulesFor({ municipalityId: 0 }, 'municipalityId')).toEqual(['range']);
    expect(rulesFor({ municipalityId: 1 }, 'municipalityId')).toEqual([]);
    expect(rulesFor({ plannedRefugees: 100_000 }, 'plannedRefugees')).toEqual([]);
    expect(rulesFor({ plannedRefugees: 100_001 }, 'plannedRefugees')).toEqual(['range']);
    expect(rulesFor({ plannedLocals: 2.5 }, 'plannedLocals')).toEqual(['range']);
    expect(rulesFor({ title: null }, 'title')).toEqual(['type']);
  });
  it('checks cost lines: ids, uniqueness, category, description and amount', () => {
    const problems = draftShapeProblems({
      costLines: [
        { id: 'a', category: 'fees', description: 'ok', amountCents: 100 },
        { id: 'a', category: 'fees' },
        { id: 'Groß', category: 'beer', description: 'x'.repeat(301), amountCents: -5 },
        'line',
      ],
    });
    expect(problems).toEqual([
      { field: 'costLines.1.id', rule: 'duplicate' },
      { field: 'costLines.2.id', rule: 'pattern' },
      { field: 'costLines.2.category', rule: 'oneOf' },
      { field: 'costLines.2.description', rule: 'maxLength', params: { max: 300 } },
      { field: 'costLines.2.amountCents', rule: 'notNegative' },
      { field: 'costLines.3', rule: 'type', params: { expected: 'object' } },
    ]);
  });
  it('allows at most 50 cost lines', () => {
    const line = (i: number) => ({ id: `l-${i}`, category: 'other', description: 'x', amountCents: 1 });
    expect(draftShapeProblems({ costLines: Array.from({ length: 50 }, (_, i) => line(i)) })).toEqual([]);
    expect(draftShapeProblems({ costLines: Array.from({ length: 51 }, (_, i) => line(i)) })).toEqual([{ field: 'costLines', rule: 'tooMany', params: { max: 50 } }]);
  });
  it('reports every problem at once', () => {
    expect(draftShapeProblems({ title: 1, requestedCents: -1, startDate: 'soon' }).map((p) => p.field)).toEqual(['title', 'startDate', 'requestedCents']);
  });
});
