import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('accepts a long, unusual password', () => {
    expect(checkPassword('Sommerfest-in-Grimma-2026', 'anna@example.org')).toEqual([]);
  });
  it('refuses short passwords', () => {
    expect(checkPassword('kurz1', 'anna@example.org')).toContain('too_short');
  });
  it('refuses well-known passwords regardless of case', () => {
    expect(checkPassword('Passwort123')).toContain('too_common');
  });
  it('refuses a password built from the email address', () => {
    expect(checkPassword('annamueller2026!', 'annamueller@example.org')).toEqual(['contains_email']);
  });
});
