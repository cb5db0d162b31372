import { MAIL_LOCALES } from '@miteinander/contracts';
import { renderMail, TEMPLATE_CATALOG } from '@miteinander/server-platform';

const layout = { countyName: 'Landkreis Leipzig', mandatory: false, preferencesLink: 'http://localhost:3000/mail-preferences?token=p' };
const common = { name: 'Anna', link: 'http://localhost:3000/approve-hours?token=abc', count: '3' };

describe('hour mails', () => {
  it('asks an organisation contact to approve, with the expiring link, in every mail language', () => {
    const def = TEMPLATE_CATALOG['hours-approval-request'];
    expect(def.secret).toEqual(['link']);
    for (const locale of MAIL_LOCALES) {
      const mail = renderMail(def, def.texts[locale]!, { ...common, ...def.samples }, { ...layout, locale });
      expect(mail.subject).toContain('Tafel Borna e. V.');
      expect(mail.text).toContain('15.12.2026');
      expect(mail.html).toContain('href="http://localhost:3000/approve-hours?token=abc"');
    }
  });

  it('tells the volunteer which entries were rejected and why, in their language', () => {
    const def = TEMPLATE_CATALOG['hours-rejected'];
    expect(def.mandatory).toBe(true);
    for (const locale of MAIL_LOCALES) {
      const mail = renderMail(def, def.texts[locale]!, { ...common, ...def.samples }, { ...layout, locale, mandatory: true });
      expect(mail.text).toContain('03.11.2026: Begleitung zum Jobcenter (1,5 h)');
      expect(mail.text).toContain('Bitte geben Sie die Einsatzstelle an.');
    }
    const de = renderMail(def, def.texts.de, { ...common, ...def.samples }, { ...layout, locale: 'de', mandatory: true });
    expect(de.text).toContain('Begründung: Bitte geben Sie die Einsatzstelle an.');
  });

  it('keeps every variable a template uses in its declared list (the admin editor checks against it)', () => {
    for (const name of ['hours-approval-request', 'hours-rejected'] as const) {
      const def = TEMPLATE_CATALOG[name];
      for (const texts of Object.values(def.texts)) {
        const used = [...`${texts.subject} ${texts.body} ${texts.actionLabel}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        for (const v of used) expect(def.variables).toContain(v);
      }
    }
  });
});
