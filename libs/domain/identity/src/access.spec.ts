import { canReadUser, hasAnyRole } from './access';

describe('access rules', () => {
  it('refuses a user without any role, even where no specific role is required', () => {
    expect(hasAnyRole([], [])).toBe(false);
    expect(hasAnyRole([], ['volunteer'])).toBe(false);
  });
  it('lets a role through only where it is required', () => {
    expect(hasAnyRole(['volunteer'], ['admin'])).toBe(false);
    expect(hasAnyRole(['coordinator', 'volunteer'], ['coordinator'])).toBe(true);
  });
  it('lets people read their own account but not someone else’s', () => {
    expect(canReadUser({ id: 'a', roles: ['volunteer'] }, 'a')).toBe(true);
    expect(canReadUser({ id: 'a', roles: ['volunteer'] }, 'b')).toBe(false);
    expect(canReadUser({ id: 'a', roles: ['admin'] }, 'b')).toBe(true);
  });
});
