import { EVENT_PROBLEM_RULES, problem } from './problem';

describe('event problems', () => {
  it('lists each rule code once', () => {
    expect(new Set(EVENT_PROBLEM_RULES).size).toBe(EVENT_PROBLEM_RULES.length);
  });
  it('leaves params out when there are none, so the JSON stays small', () => {
    expect(problem('title', 'required')).toEqual({ field: 'title', rule: 'required' });
    expect(problem('title', 'required')).not.toHaveProperty('params');
    expect(problem('capacity', 'range', { min: 1, max: 100000 })).toEqual({ field: 'capacity', rule: 'range', params: { min: 1, max: 100000 } });
  });
});
