import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { clockHours, decimalHours } from './hours-format';

export type HoursStyle = 'decimal' | 'clock' | 'rounded';

/** `decimal` "1,5 Std.", `clock` "1:30 Std.", `rounded` "2,3 Std." (averages), in the UI language. */
export function formatHours(translate: TranslateService, minutes: number, locale: string, style: HoursStyle = 'decimal'): string {
  const value = style === 'clock' ? clockHours(minutes) : decimalHours(minutes, locale, style === 'rounded' ? 1 : 2);
  return translate.instant('hours.units.hours', { value }) as string;
}

/** Minutes as hours with the unit (see formatHours). Pass the language so it re-renders when it changes. */
@Pipe({ name: 'hours' })
export class HoursPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(minutes: number | null | undefined, locale: string, style: HoursStyle = 'decimal'): string {
    return minutes === null || minutes === undefined ? '' : formatHours(this.translate, minutes, locale, style);
  }
}
