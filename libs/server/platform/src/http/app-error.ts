import { HttpException } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@miteinander/contracts';

/** A domain error with a code; the filter translates it into the requester's language. */
export class AppError extends HttpException {
  constructor(
    readonly httpStatus: number,
    readonly code: ErrorCode,
    readonly errors?: FieldError[],
    readonly messageParam?: string | number,
    readonly headers?: Record<string, string>,
  ) {
    super(code, httpStatus);
  }
}
