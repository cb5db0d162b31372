import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isCalendarDate, isPlausiblePhone, policeCertificateProblems } from '@miteinander/domain-volunteers';
import { todayInBerlin } from './calendar';

/**
 * The county's default: a certificate may be at most this old when it is inspected. The server checks
 * against its configured value; should that differ, its field error appears next to the field.
 */
export const CERTIFICATE_MAX_AGE_MONTHS = 3;
/** Only used to run the shared rule; validity is not checked here. */
const CERTIFICATE_RULES = { maxAgeMonths: CERTIFICATE_MAX_AGE_MONTHS, validYears: 5, remindDays: 60 };

/** The shared rule's names for this area's error texts. */
const ERROR_NAMES: Record<string, string> = {
  calendarDate: 'invalidDate',
  dateInFuture: 'dateInFuture',
  inspectionBeforeIssue: 'issueAfterInspection',
  certificateTooOld: 'issueTooOld',
};

/** A real date (not 30 Feb), and not after today. Empty is left to `required`. */
export const notInFuture: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const value = control.value;
  if (!value) return null;
  if (!isCalendarDate(value)) return { invalidDate: true };
  return value > todayInBerlin() ? { dateInFuture: true } : null;
};

/**
 * One field of a police-certificate inspection, checked with the same rule the server applies
 * (domain-volunteers), against the other date read at check time: an issue date after the inspection
 * is reported on the inspection date, a certificate too old on the issue date — where the server puts them.
 */
export function certificateDateRule(field: 'inspectionDate' | 'issueDate', dates: () => { inspectionDate: string; issueDate: string }): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const own = control.value;
    if (!own) return null;
    if (!isCalendarDate(own)) return { invalidDate: true };
    const both = { ...dates(), [field]: own };
    if (!isCalendarDate(both.inspectionDate) || !isCalendarDate(both.issueDate)) {
      return field === 'inspectionDate' && own > todayInBerlin() ? { dateInFuture: true } : null;
    }
    const problem = policeCertificateProblems(both, todayInBerlin(), CERTIFICATE_RULES).find((p) => p.field === field);
    if (!problem) return null;
    const name = ERROR_NAMES[problem.rule] ?? problem.rule;
    return { [name]: problem.n !== undefined ? { months: problem.n } : true };
  };
}

/** Whole numbers only (Validators.min/max accept 1.5). */
export const integer: ValidatorFn = (control: AbstractControl<number | string | null>): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === '') return null;
  return Number.isInteger(Number(value)) ? null : { integer: true };
};

/** Digits with the usual separators ("+49 341 123456", "0341/123-456"), as the server accepts them. */
export const phoneNumber: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const value = control.value?.trim();
  return !value || isPlausiblePhone(value) ? null : { phone: true };
};
