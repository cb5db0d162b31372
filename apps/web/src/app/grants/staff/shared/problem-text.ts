import type { FormGroup } from '@angular/forms';
import type { ApiProblem } from '../../../core/api/api-problem';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';

/**
 * Puts the server's field errors on the form's controls and returns the text for the general alert: the summary
 * plus the messages no control shows, each once (a 409 repeats its message as the `status` field's error).
 */
export function grantProblemText(problem: ApiProblem, form?: FormGroup): string {
  const unmatched = form ? applyServerFieldErrors(form, problem.fieldErrors) : problem.fieldErrors;
  const messages = [problem.message, ...unmatched.map((e) => e.message)];
  return messages.filter((m, i) => m && messages.indexOf(m) === i).join(' ');
}
