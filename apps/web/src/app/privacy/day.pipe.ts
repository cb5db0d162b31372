import { Pipe, type PipeTransform } from '@angular/core';
import { formatDay } from './privacy-dates';

/** A calendar day (yyyy-mm-dd) in the UI language. Pass the language so it re-renders on change. */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  transform(value: string | null | undefined, locale: string): string {
    return value ? formatDay(value, locale) : '';
  }
}
