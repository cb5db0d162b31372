import { categoryProblems, nominationProblems } from './nomination-input';

const reason = 'Seit Jahren jeden Dienstag im Sprachcafé.';

describe('nominationProblems', () => {
  it('accepts one volunteer with a reason', () => {
    expect(nominationProblems({ volunteerId: 'v', reason })).toEqual([]);
    expect(nominationProblems({ organisationId: 'o', reason })).toEqual([]);
  });

  it('names the nominee field when both or neither are given', () => {
    expect(nominationProblems({ reason })).toEqual([{ field: 'volunteerId', rule: 'oneNominee' }]);
    expect(nominationProblems({ volunteerId: 'v', organisationId: 'o', reason })).toEqual([{ field: 'organisationId', rule: 'oneNominee' }]);
    expect(nominationProblems({ volunteerId: '  ', reason })).toEqual([{ field: 'volunteerId', rule: 'oneNominee' }]);
  });

  it('wants 10 to 2000 characters of reason, counted without surrounding blanks', () => {
    expect(nominationProblems({ volunteerId: 'v', reason: '  kurz     ' })).toEqual([{ field: 'reason', rule: 'reasonLength', params: { min: 10, max: 2000 } }]);
    expect(nominationProblems({ volunteerId: 'v', reason: 'x'.repeat(2001) })[0]?.field).toBe('reason');
    expect(nominationProblems({ volunteerId: 'v', reason: 'x'.repeat(10) })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(nominationProblems({ reason: '' }).map((p) => p.field)).toEqual(['volunteerId', 'reason']);
  });
});

describe('categoryProblems', () => {
  it('wants a name of up to 200 characters and a description of up to 2000', () => {
    expect(categoryProblems({ name: 'Ehrenamtspreis', description: '' })).toEqual([]);
    expect(categoryProblems({ name: ' ', description: 'x'.repeat(2001) }).map((p) => p.field)).toEqual(['name', 'description']);
  });
});
