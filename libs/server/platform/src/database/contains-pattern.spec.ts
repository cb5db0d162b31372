import { containsPattern } from './contains-pattern';

describe('containsPattern', () => {
  it('treats a typed % or _ as a character, not a wildcard', () => {
    expect(containsPattern('50%_rabatt')).toBe('%50\\%\\_rabatt%');
  });
});
