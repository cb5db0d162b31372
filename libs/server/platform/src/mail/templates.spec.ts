import { renderMail } from './templates';

describe('renderMail', () => {
  const link = 'http://localhost:3000/verify-email?token=abc';
  it('writes German by default, with the link in both parts', () => {
    const mail = renderMail('verify-email', { name: 'Anna', link }, { countyName: 'Landkreis Leipzig', locale: 'de' });
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('Landkreis Leipzig');
  });
  it('writes Arabic right-to-left', () => {
    const mail = renderMail('password-reset', { name: 'Amal', link }, { countyName: 'Landkreis Leipzig', locale: 'ar' });
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.locale).toBe('ar');
  });
  it('falls back to German where a translation is missing', () => {
    const mail = renderMail('invitation', { name: 'Olena', inviter: 'Admin', link }, { countyName: 'X', locale: 'ar' });
    expect(mail.locale).toBe('de');
    expect(mail.subject).toBe('Einladung zu Miteinander');
  });
  it('escapes names so they cannot inject markup', () => {
    const mail = renderMail('verify-email', { name: '<script>x</script>', link }, { countyName: 'X', locale: 'en' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});
