import { ParseUUIDPipe } from '@nestjs/common';
import { ErrorCode } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';

/** A malformed id names no record: 404, like an unknown one. */
export const uuidParam = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });
