import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isCalendarDay } from './report-filter';

/** A day the server accepts (yyyy-mm-dd, a real date); empty is left to `required`. */
export const calendarDay: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  !control.value || isCalendarDay(control.value) ? null : { date: true };

/** The end of the period may not lie before its start (the sibling control `from`). */
export const notBeforeFrom: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const from = control.parent?.get('from')?.value as string | undefined;
  return from && control.value && isCalendarDay(from) && isCalendarDay(control.value) && control.value < from ? { order: true } : null;
};

/** The translation key for a period field's first error. */
export function periodErrorKey(errors: ValidationErrors | null): string | null {
  if (!errors) return null;
  if (errors['required']) return 'reports.filters.errors.required';
  if (errors['date']) return 'reports.filters.errors.date';
  if (errors['order']) return 'reports.filters.errors.order';
  return null;
}
