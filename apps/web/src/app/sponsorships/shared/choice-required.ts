import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * Like Validators.required, but under the error name `error`, so a choice (a radio group, a
 * checkbox, a picked person) says what is missing instead of "please fill in this field".
 */
export function choiceRequired(error: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => (control.value === null || control.value === '' || control.value === false ? { [error]: true } : null);
}
