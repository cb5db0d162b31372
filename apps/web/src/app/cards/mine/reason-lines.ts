import { RTL_LOCALES, isLocale, type CardEligibilityView, type CardReasonView } from '@miteinander/contracts';
import { pluralKey } from '../../sponsorships/shared/days';
import { formatCardDate } from '../card-format';

/** One unmet condition as a plain sentence (a translation key and its values), maybe with a second sentence and a link. */
export interface ReasonLine {
  reason: CardReasonView['reason'];
  key: string;
  params: Record<string, string | number>;
  more?: { key: string; params: Record<string, string | number> };
  link?: { path: string; key: string; hintKey?: string };
}

const PROFILE = '/my-volunteering';
const RESIDENCE_RULES = ['county', 'countyOrVolunteering'];

function num(params: CardReasonView['params'], ...names: string[]): number | null {
  for (const name of names) {
    const value = params[name];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  }
  return null;
}

function text(params: CardReasonView['params'], ...names: string[]): string | null {
  for (const name of names) {
    const value = params[name];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

/** "37,5" for the sentence "Noch 37,5 bestätigte Stunden …" (the unit is in the sentence). */
function hoursNumber(minutes: number, lang: string): string {
  const value = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.ceil(minutes / 6) / 10);
  return isLocale(lang) && RTL_LOCALES.includes(lang) ? `\u2068${value}\u2069` : value;
}

/** "250,00 €" in the UI language (isolated in right-to-left languages). */
export function formatEuros(cents: number, lang: string): string {
  const value = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  return isLocale(lang) && RTL_LOCALES.includes(lang) ? `\u2068${value}\u2069` : value;
}

/** The reasons of an eligibility check as sentences with their numbers, e.g. "Noch 38 bestätigte Stunden bis 31.12.2026". */
export function reasonLines(view: CardEligibilityView, lang: string): ReasonLine[] {
  const { facts } = view;
  return view.reasons.map((r): ReasonLine => {
    const p = r.params;
    switch (r.reason) {
      case 'hours': {
        const missing = num(p, 'missingMinutes') ?? Math.max(0, (facts.requiredMinutes ?? 0) - facts.countedMinutes);
        const by = text(p, 'by', 'deadline');
        const hours = hoursNumber(missing, lang);
        return by
          ? { reason: r.reason, key: 'cardsPublic.mine.reasons.hours', params: { hours, date: formatCardDate(by, lang) } }
          : { reason: r.reason, key: 'cardsPublic.mine.reasons.hoursNoDate', params: { hours } };
      }
      case 'monthsActive': {
        const needed = num(p, 'needed', 'minMonthsActive', 'required') ?? '';
        const have = num(p, 'have', 'monthsActive') ?? facts.monthsActive;
        const since = text(p, 'since') ?? facts.activeSince;
        const reachedOn = text(p, 'reachedOn');
        const line: ReasonLine = since
          ? { reason: r.reason, key: pluralKey('cardsPublic.mine.reasons.monthsActive', have), params: { have, needed } }
          : { reason: r.reason, key: 'cardsPublic.mine.reasons.monthsActiveNone', params: { needed } };
        if (since && reachedOn) line.more = { key: 'cardsPublic.mine.reasons.monthsActiveOn', params: { date: formatCardDate(reachedOn, lang) } };
        return line;
      }
      case 'age': {
        const age = num(p, 'age') ?? facts.age ?? '';
        const minAge = num(p, 'minAge', 'required') ?? '';
        const reachedOn = text(p, 'reachedOn');
        return reachedOn
          ? { reason: r.reason, key: 'cardsPublic.mine.reasons.ageOn', params: { age, minAge, date: formatCardDate(reachedOn, lang) } }
          : { reason: r.reason, key: 'cardsPublic.mine.reasons.age', params: { age, minAge } };
      }
      case 'dateOfBirthMissing':
        return {
          reason: r.reason,
          key: 'cardsPublic.mine.reasons.dateOfBirthMissing',
          params: { minAge: num(p, 'minAge', 'required') ?? '' },
          link: { path: PROFILE, key: 'cardsPublic.mine.reasons.dateOfBirthLink' },
        };
      case 'residence': {
        const rule = text(p, 'rule') ?? '';
        return {
          reason: r.reason,
          key: `cardsPublic.mine.reasons.residence.${RESIDENCE_RULES.includes(rule) ? rule : 'none'}`,
          params: {},
          link: { path: PROFILE, key: 'cardsPublic.mine.reasons.residenceLink', hintKey: 'cardsPublic.mine.reasons.residenceHint' },
        };
      }
      case 'allowance': {
        const declared = num(p, 'declaredCentsPerMonth', 'allowanceCentsPerMonth');
        const maxMonth = num(p, 'maxCentsPerMonth');
        const maxYear = num(p, 'maxCentsPerYear');
        if (declared !== null && maxMonth !== null && declared > maxMonth) {
          return { reason: r.reason, key: 'cardsPublic.mine.reasons.allowanceMonth', params: { declared: formatEuros(declared, lang), max: formatEuros(maxMonth, lang) } };
        }
        if (declared !== null && maxYear !== null && declared * 12 > maxYear) {
          return { reason: r.reason, key: 'cardsPublic.mine.reasons.allowanceYear', params: { declared: formatEuros(declared * 12, lang), max: formatEuros(maxYear, lang) } };
        }
        return { reason: r.reason, key: 'cardsPublic.mine.reasons.allowance', params: {} };
      }
    }
  });
}

/** "12,50" or "12.50" euros as integer cents; null when empty; NaN when not an amount. */
export function eurosToCents(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(trimmed)) return Number.NaN;
  const [whole, fraction = ''] = trimmed.split(/[.,]/);
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
