import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@miteinander/contracts';
import { requestContext } from '../context/request-context';
import { AppError } from './app-error';
import { constraintMessage, fieldLabel } from './messages';

const NUMERIC = /(\d+)/;

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const locale = requestContext.current()?.locale;
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const missing = e.value === undefined || e.value === null || e.value === '';
    // A missing value is reported as missing, whatever constraint happened to fail first.
    const constraints = missing && e.constraints && !e.constraints['whitelistValidation'] ? { isNotEmpty: '' } : (e.constraints ?? {});
    const own = Object.entries(constraints)
      .slice(0, 1)
      .map(([constraint, raw]) => ({
        field,
        message: `${fieldLabel(e.property, locale)}: ${constraintMessage(constraint, locale, NUMERIC.exec(raw)?.[1])}`,
      }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Strict DTO validation: unknown fields are refused, every problem is listed with its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new AppError(400, ErrorCode.Validation, flatten(errors)),
  });
}
