import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { CardReasonView } from '@miteinander/contracts';
import { formatDay } from '../../../hours/shared/day.pipe';
import { formatHours } from '../../../hours/shared/hours.pipe';

/** "12,50 €" in the UI language. */
export function formatEuro(cents: number | null | undefined, locale: string): string {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

function num(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function text(value: string | number | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/**
 * An unmet condition as a sentence with its numbers, e.g. "noch 38 Std. bis 31.12.2026" or
 * "aktiv seit 8 Monaten, 12 nötig" (the params are those of the eligibility check).
 */
export function reasonSentence(translate: TranslateService, reason: CardReasonView, locale: string): string {
  const p = reason.params;
  const t = (key: string, params: Record<string, unknown> = {}) => translate.instant(`cards.reasons.${key}`, params) as string;
  switch (reason.reason) {
    case 'age': {
      const reachedOn = text(p['reachedOn']);
      return t(reachedOn ? 'age' : 'ageNoDate', { age: num(p['age']), minAge: num(p['minAge']), reachedOn: formatDay(reachedOn, locale) });
    }
    case 'dateOfBirthMissing':
      return t('dateOfBirthMissing', { minAge: num(p['minAge']) });
    case 'monthsActive': {
      const have = num(p['have']) ?? 0;
      const needed = num(p['needed']);
      if (!text(p['since'])) return t('monthsActiveNone', { needed });
      if (have === 0) return t('monthsActiveUnderOne', { needed });
      return t(have === 1 ? 'monthsActiveOne' : 'monthsActiveOther', { have, needed });
    }
    case 'hours': {
      // Rounded up to a tenth of an hour, so a few minutes still missing never read as "noch 0 Std.".
      const hours = formatHours(translate, Math.ceil(Math.max(0, num(p['missingMinutes']) ?? 0) / 6) * 6, locale, 'rounded');
      const by = text(p['by']);
      const required = num(p['requiredMinutes']);
      if (by) return t('hoursBy', { hours, by: formatDay(by, locale) });
      return required === null ? t('hoursMissing', { hours }) : t('hoursOf', { hours, required: formatHours(translate, required, locale, 'rounded') });
    }
    case 'residence':
      return t(p['rule'] === 'countyOrVolunteering' ? 'residenceOrVolunteering' : 'residence');
    case 'allowance': {
      const declared = formatEuro(num(p['declaredCentsPerMonth']), locale);
      const perMonth = num(p['maxCentsPerMonth']);
      const perYear = num(p['maxCentsPerYear']);
      if (perMonth !== null) return t('allowanceMonth', { declared, max: formatEuro(perMonth, locale) });
      return t('allowanceYear', { declared, max: formatEuro(perYear, locale) });
    }
    default:
      return t('unknown');
  }
}

/** See reasonSentence. Pass the language so it re-renders when it changes. */
@Pipe({ name: 'cardReason' })
export class CardReasonPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(reason: CardReasonView | null | undefined, locale: string): string {
    return reason ? reasonSentence(this.translate, reason, locale) : '';
  }
}

/** Currency. Pass the language so it re-renders when it changes. */
@Pipe({ name: 'euro' })
export class EuroPipe implements PipeTransform {
  transform(cents: number | null | undefined, locale: string): string {
    return formatEuro(cents, locale);
  }
}
