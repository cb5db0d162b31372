import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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

/** NUL (PostgreSQL cannot store it) and lone surrogates (not Unicode; validator.js throws on them). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const MALFORMED_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first field (dotted path) whose text or key is malformed, or null. */
function malformedTextField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return MALFORMED_TEXT.test(value) ? path || 'body' : null;
  if (!value || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (MALFORMED_TEXT.test(key)) return field;
    const found = malformedTextField(inner, field);
    if (found) return found;
  }
  return null;
}

/** Refuses malformed text in any body, query or path value with a 400 naming the field, before the DTO rules run. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'custom' ? null : malformedTextField(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (field) {
      const locale = requestContext.current()?.locale;
      throw new AppError(400, ErrorCode.Validation, [{ field, message: `${fieldLabel(field.split('.').pop()!, locale)}: ${constraintMessage('wellFormedText', locale)}` }]);
    }
    return super.transform(value, metadata);
  }
}

/** Strict DTO validation: unknown fields are refused, every problem is listed with its field. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
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
