import { TEMPLATE_CATALOG } from './template-catalog';
import { renderMail } from './templates';

const layout = { countyName: 'Landkreis Leipzig', mandatory: false, preferencesLink: 'http://localhost:3000/mail-preferences?token=p' };

describe('renderMail', () => {
  const link = 'http://localhost:3000/verify-email?token=abc';
  const def = TEMPLATE_CATALOG['verify-email'];

  it('writes German with the link in both parts and the county in the layout', () => {
    const mail = renderMail(def, def.texts.de, { name: 'Anna', link }, { ...layout, locale: 'de', mandatory: true });
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain(`E-Mail-Adresse bestätigen: ${link}`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('Landkreis Leipzig');
    expect(mail.text).toContain('lässt sich nicht abbestellen');
  });

  it('puts the preferences link in the footer of every mail', () => {
    const nudge = TEMPLATE_CATALOG['hours-nudge'];
    const mail = renderMail(nudge, nudge.texts.de, { name: 'Lukas', month: 'November 2026', link: 'http://x/hours' }, { ...layout, locale: 'de' });
    expect(mail.subject).toBe('Haben Sie Ihre Stunden für November 2026 schon eingetragen?');
    expect(mail.text).toContain('E-Mail-Einstellungen: http://localhost:3000/mail-preferences?token=p');
    expect(mail.html).toContain('href="http://localhost:3000/mail-preferences?token=p"');
  });

  it('writes Arabic and Farsi right-to-left', () => {
    for (const locale of ['ar', 'fa'] as const) {
      const mail = renderMail(def, def.texts[locale]!, { name: 'Amal', link }, { ...layout, locale });
      expect(mail.html).toContain(`lang="${locale}" dir="rtl"`);
    }
    const uk = renderMail(def, def.texts.uk!, { name: 'Olena', link }, { ...layout, locale: 'uk' });
    expect(uk.html).toContain('dir="ltr"');
    expect(uk.subject).toMatch(/підтвердьте/);
  });

  it('has German, English, Arabic, Ukrainian, Russian and Farsi for every text addressed to volunteers or applicants', () => {
    for (const [name, t] of Object.entries(TEMPLATE_CATALOG)) {
      const needed = t.audience === 'everyone' ? ['de', 'en', 'ar', 'uk', 'ru', 'fa'] : ['de', 'en'];
      expect({ name, locales: Object.keys(t.texts).sort() }).toEqual({ name, locales: [...needed].sort() });
    }
  });

  it('escapes names so they cannot inject markup', () => {
    const mail = renderMail(def, def.texts.en, { name: '<script>x</script>', link }, { ...layout, locale: 'en' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('refuses to render with a missing variable rather than send a gap', () => {
    expect(() => renderMail(def, def.texts.de, { link }, { ...layout, locale: 'de' })).toThrow(/name/);
  });
});
