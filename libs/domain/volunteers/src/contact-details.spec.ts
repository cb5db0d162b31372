import { duplicateLanguageIndex, isPlausiblePhone, normaliseEmail, normaliseName, normalisePhone, splitDisplayName } from './contact-details';

describe('contact details', () => {
  it('tidies names and addresses as typed', () => {
    expect(normaliseName('  Anna   Maria ')).toBe('Anna Maria');
    expect(normaliseEmail(' Anna.Schmidt@Example.ORG ')).toBe('anna.schmidt@example.org');
    expect(normalisePhone(' 0341   123 456 ')).toBe('0341 123 456');
  });

  it('accepts phone numbers in the usual German and international formats', () => {
    for (const p of ['+49 341 123456', '0341/123-456', '(0341) 12 34 56', '015112345678']) expect(isPlausiblePhone(p)).toBe(true);
  });

  it('refuses text, too few digits and absurd lengths as phone numbers', () => {
    for (const p of ['ruf mich an', '123', '+49 341 123456 ext. 12', '1'.repeat(25)]) expect(isPlausiblePhone(p)).toBe(false);
  });

  it('splits a display name into first and last name', () => {
    expect(splitDisplayName('Anna Maria  Schmidt')).toEqual({ firstName: 'Anna Maria', lastName: 'Schmidt' });
    expect(splitDisplayName('Amal Haddad')).toEqual({ firstName: 'Amal', lastName: 'Haddad' });
    expect(splitDisplayName('Olena')).toEqual({ firstName: 'Olena', lastName: '' });
  });

  it('finds a language listed twice', () => {
    expect(duplicateLanguageIndex([{ code: 'ar' }, { code: 'de' }])).toBe(-1);
    expect(duplicateLanguageIndex([{ code: 'ar' }, { code: 'de' }, { code: 'ar' }])).toBe(2);
  });
});
