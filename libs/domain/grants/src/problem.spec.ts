import { GRANT_PROBLEM_RULES, problem } from './problem';

describe('grant problems', () => {
  it('lists each rule code once', () => {
    expect(new Set(GRANT_PROBLEM_RULES).size).toBe(GRANT_PROBLEM_RULES.length);
  });
  it('leaves params out when there are none, so the JSON stays small', () => {
    expect(problem('title', 'required')).toEqual({ field: 'title', rule: 'required' });
    expect(problem('title', 'required')).not.toHaveProperty('params');
    expect(problem('requestedCents', 'overLimit', { limit: 500000 })).toEqual({ field: 'requestedCents', rule: 'overLimit', params: { limit: 500000 } });
  });
});
