import { auditDiff } from './audit-diff';

describe('auditDiff', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(auditDiff({ displayName: 'Anna', locale: 'de' }, { displayName: 'Anna B.', locale: 'de' })).toEqual({
      displayName: ['Anna', 'Anna B.'],
    });
  });
  it('never reveals secrets such as the password hash', () => {
    const diff = auditDiff({ passwordHash: 'old' }, { passwordHash: 'new' });
    expect(JSON.stringify(diff)).not.toMatch(/old|new/);
    expect(diff['passwordHash']).toEqual(['***', '***']);
  });
  it('shows a new record as every field going from null to its value', () => {
    expect(auditDiff(undefined, { email: 'a@b.de', roles: ['volunteer'] })).toEqual({
      email: [null, 'a@b.de'],
      roles: [null, ['volunteer']],
    });
  });
  it('compares dates by instant, not by object identity', () => {
    expect(auditDiff({ at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-01T00:00:00Z') })).toEqual({});
  });
});
