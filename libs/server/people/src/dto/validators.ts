import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isPlausiblePhone } from '@miteinander/domain-volunteers';

/** A real `yyyy-mm-dd` date (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'calendarDate', validator: { validate: (value: unknown) => isCalendarDate(value) } }, options);
}

export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isPhone', validator: { validate: (value: unknown) => typeof value === 'string' && isPlausiblePhone(value) } }, options);
}

/** ISO 639 code in lower case: "de", "ar", "uk" (three letters for languages without a two-letter code). */
export function IsLanguageCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isLanguageCode', validator: { validate: (value: unknown) => typeof value === 'string' && /^[a-z]{2,3}$/.test(value) } }, options);
}

/** German postal codes have five digits. */
export function IsPostalCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isPostalCode', validator: { validate: (value: unknown) => typeof value === 'string' && /^\d{5}$/.test(value) } }, options);
}

/** May be left out of a PATCH, but not sent as null: the column cannot be empty. */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
/** Forms send "" for an empty optional field: that means "none". */
export const trimOrNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};
export const emailOrNull = ({ value }: { value: unknown }): unknown => {
  const t = trimOrNull({ value });
  return typeof t === 'string' ? t.toLowerCase() : t;
};

/** An optional list of distinct values from a fixed list (skills, interests, competences, availability slots). */
export function OptionalSubsetOf(values: readonly string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: values, isArray: true }),
    OptionalNotNull(),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(values.length),
    IsIn(values as string[], { each: true }),
  );
}
