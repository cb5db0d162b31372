import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody, ErrorCode, FieldError } from '@miteinander/contracts';
import type { TranslateService } from '@ngx-translate/core';

/** What went wrong with a request, ready to show: the server's message is already in the UI language. */
export interface ApiProblem {
  status: number;
  code: ErrorCode | null;
  message: string;
  fieldErrors: FieldError[];
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).message === 'string';
}

export function toApiProblem(error: unknown, translate: TranslateService): ApiProblem {
  // Angular's resources wrap the HttpErrorResponse (which is no Error) and keep it as the cause.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (!(error instanceof HttpErrorResponse) && cause instanceof HttpErrorResponse) error = cause;
  if (error instanceof HttpErrorResponse && isErrorBody(error.error)) {
    const body = error.error;
    return { status: error.status, code: body.code ?? null, message: body.message, fieldErrors: body.errors ?? [] };
  }
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const key = status === 0 ? 'errors.network' : 'errors.unknown';
  return { status, code: null, message: translate.instant(key) as string, fieldErrors: [] };
}
