import { grantReference } from './reference';

describe('grantReference', () => {
  it('pads the running number to four digits', () => {
    expect(grantReference(2026, 7)).toBe('MP-2026-0007');
    expect(grantReference(2026, 1234)).toBe('MP-2026-1234');
  });
  it('keeps counting past 9999 rather than cutting digits', () => {
    expect(grantReference(2026, 12345)).toBe('MP-2026-12345');
  });
});
