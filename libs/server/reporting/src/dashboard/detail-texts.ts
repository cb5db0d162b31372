import type { Locale, SponsorshipKind } from '@miteinander/contracts';

export type DetailLang = 'de' | 'en';

/** German unless the request asks for English; Arabic readers get English, like the documents. */
export function detailLang(locale: Locale | undefined | null): DetailLang {
  return locale === 'en' || locale === 'ar' ? 'en' : 'de';
}

const KIND_LABELS: Record<DetailLang, Record<SponsorshipKind, string>> = {
  de: { family: 'Familienpatenschaft', mother: 'Mütterpatenschaft', learning: 'Lernpatenschaft' },
  en: { family: 'Family sponsorship', mother: 'Mother sponsorship', learning: 'Learning sponsorship' },
};

/** "1 Tag" / "23 Tagen" after "seit"; "1 day" / "23 days". */
const deSince = (n: number): string => (n === 1 ? '1 Tag' : `${n} Tagen`);
const deAgo = (n: number): string => (n === 1 ? 'vor 1 Tag' : `vor ${n} Tagen`);
const enDays = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

/** Hours with at most two decimals in the language's number format: "12,5 Std." / "12.5 h". */
function hours(minutes: number, lang: DetailLang): string {
  const n = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 }).format(minutes / 60);
  return lang === 'de' ? `${n} Std.` : `${n} h`;
}

/** The one-line details of the start page's items, in the requester's language. */
export interface DetailTexts {
  sponsorshipTitle(name: string, kind: SponsorshipKind): string;
  overdue(days: number): string;
  waiting(days: number): string;
  hoursToApprove(entries: number, minutes: number): string;
  received(days: number): string;
  submitted(days: number): string;
  reportOverdue(days: number): string;
  eventAnswers(accepted: number, waitlisted: number, noAnswer: number): string;
}

const DE: DetailTexts = {
  sponsorshipTitle: (name, kind) => `${name} (${KIND_LABELS.de[kind]})`,
  overdue: (d) => (d === 0 ? 'heute fällig' : `seit ${deSince(d)} überfällig`),
  waiting: (d) => (d === 0 ? 'wartet seit heute' : `wartet seit ${deSince(d)}`),
  hoursToApprove: (n, m) => `${n} ${n === 1 ? 'Eintrag' : 'Einträge'}, ${hours(m, 'de')}`,
  received: (d) => (d === 0 ? 'heute eingegangen' : `eingegangen ${deAgo(d)}`),
  submitted: (d) => (d === 0 ? 'heute eingereicht' : `eingereicht ${deAgo(d)}`),
  reportOverdue: (d) => `Abschlussbericht seit ${deSince(d)} überfällig`,
  eventAnswers: (a, w, n) => `${a} ${a === 1 ? 'Zusage' : 'Zusagen'} · ${w} Warteliste · ${n} ohne Antwort`,
};

const EN: DetailTexts = {
  sponsorshipTitle: (name, kind) => `${name} (${KIND_LABELS.en[kind]})`,
  overdue: (d) => (d === 0 ? 'due today' : `${enDays(d)} overdue`),
  waiting: (d) => (d === 0 ? 'waiting since today' : `waiting for ${enDays(d)}`),
  hoursToApprove: (n, m) => `${n} ${n === 1 ? 'entry' : 'entries'}, ${hours(m, 'en')}`,
  received: (d) => (d === 0 ? 'received today' : `received ${enDays(d)} ago`),
  submitted: (d) => (d === 0 ? 'submitted today' : `submitted ${enDays(d)} ago`),
  reportOverdue: (d) => `final report ${enDays(d)} overdue`,
  eventAnswers: (a, w, n) => `${a} accepted · ${w} waiting list · ${n} no answer`,
};

export function detailTexts(locale: Locale | undefined | null): DetailTexts {
  return detailLang(locale) === 'en' ? EN : DE;
}
