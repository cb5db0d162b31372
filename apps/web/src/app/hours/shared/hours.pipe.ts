import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { RTL_LOCALES, isLocale } from '@miteinander/contracts';
import { clockHours, decimalHours } from './hours-format';

export type HoursStyle = 'decimal' | 'clock' | 'rounded';

/**
 * `decimal` "1,5 Std.", `clock` "1:30 Std.", `rounded` "2,3 Std." (averages), in the UI language.
 * In right-to-left languages isolated (FSI … PDI) so number and unit keep their order.
 */
export function formatHours(translate: TranslateService, minutes: number, locale: string, style: HoursStyle = 'decimal'): string {
  const value = style === 'clock' ? clockHours(minutes) : decimalHours(minutes, locale, style === 'rounded' ? 1 : 2);
  const text = translate.instant('hours.units.hours', { value }) as string;
  return isLocale(locale) && RTL_LOCALES.includes(locale) ? `\u2068${text}\u2069` : text;
}

/** Minutes as hours with the unit (see formatHours). Pass the language so it re-renders when it changes. */
@Pipe({ name: 'hours' })
export class HoursPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(minutes: number | null | undefined, locale: string, style: HoursStyle = 'decimal'): string {
    return minutes === null || minutes === undefined ? '' : formatHours(this.translate, minutes, locale, style);
  }
}
