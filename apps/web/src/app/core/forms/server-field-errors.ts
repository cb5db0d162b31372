import type { FormGroup } from '@angular/forms';
import type { FieldError } from '@miteinander/contracts';

/**
 * Puts the server's field errors on the matching controls (shown by <app-field-error>); the next
 * edit of the field clears them. Returns the errors that match no control, for the general alert.
 */
export function applyServerFieldErrors(form: FormGroup, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = form.get(error.field);
    if (control) {
      control.setErrors({ ...control.errors, server: error.message });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}

/** The general message for the alert: the server's summary plus any field errors no control shows. */
export function reportServerProblem(form: FormGroup, problem: { message: string; fieldErrors: readonly FieldError[] }): string {
  const unmatched = applyServerFieldErrors(form, problem.fieldErrors);
  return [problem.message, ...unmatched.map((e) => e.message)].join(' ');
}
