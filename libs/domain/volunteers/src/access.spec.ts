import { canReadVolunteer, isStaff } from './access';

describe('who may read volunteer profiles', () => {
  it('treats coordinators and admins as staff, nobody else', () => {
    expect(isStaff(['coordinator'])).toBe(true);
    expect(isStaff(['admin'])).toBe(true);
    expect(isStaff(['volunteer', 'reviewer', 'applicant'])).toBe(false);
    expect(isStaff([])).toBe(false);
  });

  it('lets volunteers read only their own profile', () => {
    expect(canReadVolunteer({ id: 'u1', roles: ['volunteer'] }, { userId: 'u1' })).toBe(true);
    expect(canReadVolunteer({ id: 'u1', roles: ['volunteer'] }, { userId: 'u2' })).toBe(false);
    expect(canReadVolunteer({ id: 'u1', roles: ['volunteer'] }, { userId: null })).toBe(false);
    expect(canReadVolunteer({ id: 'c', roles: ['coordinator'] }, { userId: null })).toBe(true);
  });
});
