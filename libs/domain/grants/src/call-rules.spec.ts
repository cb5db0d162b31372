import { callProblems, defaultCallInput } from './call-rules';

const call = defaultCallInput(2026);
const rulesFor = (input: unknown, field: string) => callProblems(input).filter((p) => p.field === field).map((p) => p.rule);

describe('defaultCallInput', () => {
  it('sets up the programme as it has run', () => {
    expect(call).toMatchObject({ year: 2026, title: 'Mikroprojekte 2026', maxPerProjectCents: 500_000, maxPerLanguageCourseCents: 100_000, deadline: '2026-10-31', minLeadDays: 14, reportMonths: 6 });
    expect(call.fieldsOfAction).toEqual(['language', 'education', 'work', 'cohesion']);
    expect(call.projectAreas.filter((a) => a.languageCourse).map((a) => a.label)).toEqual(['Sprachkurs']);
    expect(call.criteria.map((c) => c.weight)).toEqual([30, 30, 20, 20]);
  });
  it('offers at least one area in every field', () => {
    for (const f of call.fieldsOfAction) expect(call.projectAreas.some((a) => a.fieldOfAction === f)).toBe(true);
  });
  it('passes its own checks', () => {
    expect(callProblems(call)).toEqual([]);
    expect(callProblems(defaultCallInput(2100))).toEqual([]);
  });
});

describe('callProblems', () => {
  it('requires every field', () => {
    expect(callProblems({}).map((p) => p.field)).toEqual(['year', 'title', 'totalBudgetCents', 'maxPerProjectCents', 'maxPerLanguageCourseCents', 'deadline', 'minLeadDays', 'reportMonths', 'fieldsOfAction', 'projectAreas', 'criteria']);
    expect(callProblems(null)).toEqual([{ field: 'call', rule: 'type', params: { expected: 'object' } }]);
  });
  it('checks the ranges at their edges', () => {
    expect(rulesFor({ ...call, year: 1999 }, 'year')).toEqual(['range']);
    expect(rulesFor({ ...call, title: '' }, 'title')).toEqual(['required']);
    expect(rulesFor({ ...call, title: 'x'.repeat(201) }, 'title')).toEqual(['maxLength']);
    expect(rulesFor({ ...call, totalBudgetCents: 0 }, 'totalBudgetCents')).toEqual(['range']);
    expect(rulesFor({ ...call, totalBudgetCents: 10_000_000_000 }, 'totalBudgetCents')).toEqual([]);
    expect(rulesFor({ ...call, minLeadDays: 0 }, 'minLeadDays')).toEqual([]);
    expect(rulesFor({ ...call, minLeadDays: 366 }, 'minLeadDays')).toEqual(['range']);
    expect(rulesFor({ ...call, reportMonths: 0 }, 'reportMonths')).toEqual(['range']);
    expect(rulesFor({ ...call, reportMonths: 36 }, 'reportMonths')).toEqual([]);
    expect(rulesFor({ ...call, deadline: '2026-10-32' }, 'deadline')).toEqual(['date']);
  });
  it('keeps the limits within the budget and the language limit within the project limit', () => {
    expect(callProblems({ ...call, totalBudgetCents: 400_000 })).toEqual([{ field: 'maxPerProjectCents', rule: 'notAboveBudget', params: { limit: 400_000 } }]);
    expect(callProblems({ ...call, maxPerLanguageCourseCents: 500_001 })).toEqual([{ field: 'maxPerLanguageCourseCents', rule: 'notAboveProjectLimit', params: { limit: 500_000 } }]);
    expect(callProblems({ ...call, maxPerLanguageCourseCents: 500_000 })).toEqual([]);
  });
  it('checks fields of action and the areas inside them', () => {
    expect(rulesFor({ ...call, fieldsOfAction: [] }, 'fieldsOfAction')).toEqual(['required']);
    expect(callProblems({ ...call, fieldsOfAction: ['language', 'language', 'sport'], projectAreas: [call.projectAreas[0]] })).toEqual([
      { field: 'fieldsOfAction.1', rule: 'duplicate' },
      { field: 'fieldsOfAction.2', rule: 'oneOf' },
    ]);
    const areas = [call.projectAreas[0], { ...call.projectAreas[0], label: '' }, { code: 'Fest!', label: 'Fest', fieldOfAction: 'cohesion', languageCourse: 'no' }];
    expect(callProblems({ ...call, fieldsOfAction: ['language'], projectAreas: areas })).toEqual([
      { field: 'projectAreas.1.code', rule: 'duplicate' },
      { field: 'projectAreas.1.label', rule: 'required' },
      { field: 'projectAreas.2.code', rule: 'pattern' },
      { field: 'projectAreas.2.fieldOfAction', rule: 'notInCall' },
      { field: 'projectAreas.2.languageCourse', rule: 'type', params: { expected: 'boolean' } },
    ]);
  });
  it('checks the criteria', () => {
    expect(rulesFor({ ...call, criteria: [] }, 'criteria')).toEqual(['required']);
    const many = Array.from({ length: 21 }, (_, i) => ({ code: `c${i}`, label: 'C', weight: 1 }));
    expect(rulesFor({ ...call, criteria: many }, 'criteria')).toEqual(['tooMany']);
    expect(callProblems({ ...call, criteria: many.slice(0, 20) })).toEqual([]);
    expect(callProblems({ ...call, criteria: [{ code: 'a', label: 'A', weight: 0 }, { code: 'a', label: 'x'.repeat(101), weight: 101 }] })).toEqual([
      { field: 'criteria.0.weight', rule: 'range', params: { min: 1, max: 100 } },
      { field: 'criteria.1.code', rule: 'duplicate' },
      { field: 'criteria.1.label', rule: 'maxLength', params: { max: 100 } },
      { field: 'criteria.1.weight', rule: 'range', params: { min: 1, max: 100 } },
    ]);
  });
  it('names unknown keys', () => {
    expect(callProblems({ ...call, status: 'open' })).toEqual([{ field: 'status', rule: 'unknownField' }]);
  });
});
