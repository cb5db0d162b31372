import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PASSWORD_MIN_LENGTH, checkPassword } from '@miteinander/domain-identity';

/** The server's password policy, checked as the person types; `email` is read at check time. */
export function passwordPolicy(email: () => string | undefined = () => undefined): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (!value) return null; // "required" speaks for an empty field
    const [problem] = checkPassword(value, email());
    if (!problem) return null;
    return { password: { problem, min: PASSWORD_MIN_LENGTH, missing: Math.max(0, PASSWORD_MIN_LENGTH - value.length) } };
  };
}
