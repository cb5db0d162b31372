import { HttpException } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@miteinander/contracts';
import { requestContext } from '../context/request-context';
import { constraintMessage, fieldLabel } from './messages';

/** A domain error with a code; the filter translates it into the requester's language. */
export class AppError extends HttpException {
  constructor(
    readonly httpStatus: number,
    readonly code: ErrorCode,
    readonly errors?: FieldError[],
    readonly messageParam?: string | number,
    readonly headers?: Record<string, string>,
    /** With TRANSITION_NOT_ALLOWED: the states that may follow, for clients that offer them. */
    readonly allowedNext?: readonly string[],
  ) {
    super(code, httpStatus);
  }
}

/** One problem with one field: a rule registered with `registerMessages`, and its number (e.g. a limit). */
export interface FieldProblem {
  field: string;
  rule: string;
  n?: string | number;
}

/** `contacts.1.email` is labelled as `email`: the last named part of a nested path. */
function labelKey(path: string): string {
  return path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path;
}

/**
 * A 400 naming every field that is wrong, each in the requester's language ("Datum: liegt in der Zukunft.").
 * Services throw it before writing anything, or inside their transaction so nothing stays written.
 */
export function invalid(...problems: FieldProblem[]): AppError {
  const locale = requestContext.current()?.locale;
  return new AppError(
    400,
    ErrorCode.Validation,
    problems.map((p) => ({ field: p.field, message: `${fieldLabel(labelKey(p.field), locale)}: ${constraintMessage(p.rule, locale, p.n)}` })),
  );
}
