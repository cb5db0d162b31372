import { isValidIban, normalizeIban } from './iban';

describe('IBAN', () => {
  it('accepts a valid IBAN however it is typed', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
  });
  it('rejects one changed digit, a wrong length and nonsense', () => {
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(normalizeIban('hallo')).toBeNull();
  });
});
