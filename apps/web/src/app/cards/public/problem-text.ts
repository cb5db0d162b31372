import type { FormGroup } from '@angular/forms';
import { applyServerFieldErrors } from '../../core/forms/server-field-errors';
import type { ApiProblem } from '../../core/api/api-problem';

/**
 * Puts the server's field errors next to their fields; the text for the general alert is the server's summary plus
 * the errors no field shows, each said once (a refusal often repeats its summary as an error on `status`).
 */
export function problemText(form: FormGroup, problem: ApiProblem): string {
  const unmatched = applyServerFieldErrors(form, problem.fieldErrors);
  return [...new Set([problem.message, ...unmatched.map((e) => e.message)])].join(' ');
}
