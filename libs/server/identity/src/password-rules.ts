import { checkPassword, PASSWORD_MIN_LENGTH } from '@miteinander/domain-identity';
import { ErrorCode } from '@miteinander/contracts';
import { AppError, constraintMessage, fieldLabel, requestContext } from '@miteinander/server-platform';

/** Throws a 400 naming the field when the password breaks the policy. */
export function assertPasswordAcceptable(password: string, field: string, email?: string): void {
  const problems = checkPassword(password, email);
  if (!problems.length) return;
  const locale = requestContext.current()?.locale;
  throw new AppError(400, ErrorCode.Validation, [
    { field, message: `${fieldLabel(field, locale)}: ${constraintMessage(problems[0]!, locale, PASSWORD_MIN_LENGTH)}` },
  ]);
}
