import type { Locale, MailTemplateName } from '@miteinander/contracts';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface MailLayout {
  countyName: string;
  locale: Locale;
}

type Vars = Record<string, string>;
interface TemplateText {
  subject: string;
  /** Paragraphs; `{name}` placeholders are filled from the variables. */
  lines: string[];
  action?: { label: string; urlVar: string };
}

const TEXTS: Record<MailTemplateName, Partial<Record<Locale, TemplateText>> & { de: TemplateText; en: TemplateText }> = {
  'verify-email': {
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      lines: ['Hallo {name},', 'willkommen bei Miteinander! Bitte bestätigen Sie Ihre E-Mail-Adresse. Der Link gilt 48 Stunden.'],
      action: { label: 'E-Mail-Adresse bestätigen', urlVar: 'link' },
    },
    en: {
      subject: 'Please confirm your email address',
      lines: ['Hello {name},', 'welcome to Miteinander! Please confirm your email address. The link is valid for 48 hours.'],
      action: { label: 'Confirm email address', urlVar: 'link' },
    },
    ar: {
      subject: 'يرجى تأكيد عنوان بريدك الإلكتروني',
      lines: ['مرحبًا {name}،', 'أهلًا بك في Miteinander! يرجى تأكيد عنوان بريدك الإلكتروني. الرابط صالح لمدة 48 ساعة.'],
      action: { label: 'تأكيد البريد الإلكتروني', urlVar: 'link' },
    },
  },
  'password-reset': {
    de: {
      subject: 'Passwort zurücksetzen',
      lines: ['Hallo {name},', 'jemand hat ein neues Passwort für Ihr Konto angefordert. Der Link gilt 1 Stunde. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.'],
      action: { label: 'Neues Passwort festlegen', urlVar: 'link' },
    },
    en: {
      subject: 'Reset your password',
      lines: ['Hello {name},', 'someone asked for a new password for your account. The link is valid for 1 hour. If this was not you, ignore this email.'],
      action: { label: 'Set a new password', urlVar: 'link' },
    },
    ar: {
      subject: 'إعادة تعيين كلمة المرور',
      lines: ['مرحبًا {name}،', 'طلب شخص ما كلمة مرور جديدة لحسابك. الرابط صالح لمدة ساعة واحدة. إذا لم تكن أنت، فتجاهل هذه الرسالة.'],
      action: { label: 'تعيين كلمة مرور جديدة', urlVar: 'link' },
    },
  },
  invitation: {
    de: {
      subject: 'Einladung zu Miteinander',
      lines: ['Hallo {name},', '{inviter} hat Sie zu Miteinander eingeladen. Legen Sie Ihr Passwort fest, um loszulegen. Der Link gilt 7 Tage.'],
      action: { label: 'Passwort festlegen', urlVar: 'link' },
    },
    en: {
      subject: 'Invitation to Miteinander',
      lines: ['Hello {name},', '{inviter} invited you to Miteinander. Set your password to get started. The link is valid for 7 days.'],
      action: { label: 'Set your password', urlVar: 'link' },
    },
  },
};

function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Renders a template in the recipient's language (falling back to German), as HTML and plain text. */
export function renderMail(template: MailTemplateName, vars: Vars, layout: MailLayout): RenderedMail & { locale: Locale } {
  const texts = TEXTS[template];
  const locale: Locale = texts[layout.locale] ? layout.locale : 'de';
  const t = texts[locale]!;
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const lines = t.lines.map((l) => fill(l, vars));
  const url = t.action ? vars[t.action.urlVar] : undefined;
  const text = [...lines, ...(t.action && url ? [`${t.action.label}: ${url}`] : []), '', `— Miteinander · ${layout.countyName}`].join('\n\n');
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(t.subject)}</title></head>
<body style="font-family:Roboto,Arial,sans-serif;color:#1b1b1f;max-width:36rem;margin:auto;padding:1rem">
<p style="font-weight:bold">Miteinander · ${escapeHtml(layout.countyName)}</p>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${t.action && url ? `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#005cbb;color:#fff;padding:.6rem 1rem;border-radius:4px;text-decoration:none">${escapeHtml(t.action.label)}</a></p><p style="font-size:.85rem">${escapeHtml(url)}</p>` : ''}
</body></html>`;
  return { subject: t.subject, html, text, locale };
}
