import { ErrorCode } from '@miteinander/contracts';
import { AppError, constraintMessage, requestContext } from '@miteinander/server-platform';

/** A 409 saying why the application or card cannot do this now (quota used up, already decided …), in the user's language. */
export function cardConflict(rule: string): AppError {
  const locale = requestContext.current()?.locale;
  const message = constraintMessage(rule, locale);
  return new AppError(409, ErrorCode.NotPossibleNow, [{ field: 'status', message }], message);
}
