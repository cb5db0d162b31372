import Handlebars from 'handlebars';
import { RTL_MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { LAYOUT_TEXTS, type TemplateDefinition, type TemplateTexts } from './template-catalog';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface MailLayout {
  countyName: string;
  logoUrl?: string;
  locale: MailLocale;
  /** Link to the recipient's notification preferences (capability link), shown in the footer. */
  preferencesLink?: string;
  mandatory: boolean;
}

type Vars = Record<string, string>;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// strict: a missing variable is an error, not an empty string in a sent mail.
const fillText = (source: string, vars: Vars) => Handlebars.compile(source, { noEscape: true, strict: true })(vars);

/** Renders template texts in the shared layout, as HTML (right-to-left for Arabic and Farsi) and plain text. */
export function renderMail(definition: TemplateDefinition, texts: TemplateTexts, vars: Vars, layout: MailLayout): RenderedMail {
  const subject = fillText(texts.subject, vars).replace(/\s+/g, ' ').trim();
  const paragraphs = fillText(texts.body, vars).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const actionUrl = definition.actionUrl ? vars[definition.actionUrl] : undefined;
  const action = texts.actionLabel && actionUrl ? { label: fillText(texts.actionLabel, vars), url: actionUrl } : null;
  const l = LAYOUT_TEXTS[layout.locale];
  const footer = layout.mandatory ? l.mandatoryNote : null;
  const settings = layout.preferencesLink ? `${l.settings}: ${layout.preferencesLink}` : null;

  const text = [
    ...paragraphs,
    ...(action ? [`${action.label}: ${action.url}`] : []),
    `— Miteinander · ${layout.countyName}`,
    ...(footer ? [footer] : []),
    ...(settings ? [settings] : []),
  ].join('\n\n');

  const dir = RTL_MAIL_LOCALES.includes(layout.locale) ? 'rtl' : 'ltr';
  const align = dir === 'rtl' ? 'right' : 'left';
  const html = `<!doctype html>
<html lang="${layout.locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f4f5f9;font-family:Roboto,Arial,sans-serif;color:#1b1b1f">
<div style="max-width:36rem;margin:0 auto;padding:1.5rem;text-align:${align}">
<p style="font-weight:bold;color:#00478f">${layout.logoUrl ? `<img src="${escapeHtml(layout.logoUrl)}" alt="" height="32" style="vertical-align:middle"> ` : ''}Miteinander · ${escapeHtml(layout.countyName)}</p>
<div style="background:#fff;border-radius:8px;padding:1rem 1.25rem">
${paragraphs.map((p) => `<p style="line-height:1.5">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#005cbb;color:#fff;padding:.6rem 1rem;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>\n<p style="font-size:.85rem;word-break:break-all">${escapeHtml(action.url)}</p>` : ''}
</div>
<p style="font-size:.8rem;color:#44474e">${footer ? `${escapeHtml(footer)}<br>` : ''}${layout.preferencesLink ? `<a href="${escapeHtml(layout.preferencesLink)}" style="color:#00478f">${escapeHtml(l.settings)}</a>` : ''}</p>
</div></body></html>`;
  return { subject, html, text };
}
