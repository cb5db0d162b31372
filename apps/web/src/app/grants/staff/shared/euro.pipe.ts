import { Pipe, type PipeTransform } from '@angular/core';
import { formatEuros } from '../../shared/money';

/** Cents as euros in the UI language ("1.250,50 €"); a dash when there is no amount. Pass the language so it re-renders. */
@Pipe({ name: 'grantEuro' })
export class GrantEuroPipe implements PipeTransform {
  transform(cents: number | null | undefined, lang: string): string {
    return cents === null || cents === undefined ? '–' : formatEuros(cents, lang);
  }
}
