import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { formatEuros, parseEuros } from '../../shared/money';

/** An amount in euros as people type it; `min`/`max` in cents (shown in euros in the message). */
export function eurosValidator(lang: () => string, limits: { min?: number; max?: () => number | null } = {}): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = control.value ?? '';
    if (!text.trim()) return null; // "required" speaks for an empty field
    const cents = parseEuros(text, lang());
    if (cents === null) return { euros: true };
    if (limits.min !== undefined && cents < limits.min) return { minAmount: { min: formatEuros(limits.min, lang()) } };
    const max = limits.max?.();
    if (max !== null && max !== undefined && cents > max) return { maxAmount: { max: formatEuros(max, lang()) } };
    return null;
  };
}

/** A whole number (the number input gives a number or null). */
export function integerValidator(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || value === undefined || Number.isInteger(value) ? null : { integer: true };
}

/** Today as yyyy-mm-dd on the county's clock. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
