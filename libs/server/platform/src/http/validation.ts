import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ErrorCode, type FieldError, type Locale } from '@miteinander/contracts';
import { requestContext } from '../context/request-context';
import { AppError } from './app-error';
import { constraintMessage, fieldLabel } from './messages';

const NUMERIC = /(\d+)/;

/** A DTO may label its own field ("SponsorshipTransitionDto.to") where the plain name means something else elsewhere. */
function labelOf(e: ValidationError, locale: Locale | undefined): string {
  const scoped = e.target ? `${e.target.constructor.name}.${e.property}` : undefined;
  const label = scoped ? fieldLabel(scoped, locale) : undefined;
  return label && label !== scoped ? label : fieldLabel(e.property, locale);
}

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
        message: `${labelOf(e, locale)}: ${constraintMessage(constraint, locale, NUMERIC.exec(raw)?.[1])}`,
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

/**
 * Validates a plain object as `cls` with the same rules and error body as a request body, e.g. a PATCH merged
 * onto the stored record. Returns the transformed instance.
 */
export async function validateAs<T extends object>(cls: new () => T, plain: object): Promise<T> {
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length) throw new AppError(400, ErrorCode.Validation, flatten(errors));
  return instance;
}
