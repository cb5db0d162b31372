import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@miteinander/domain-hours';

/** A real `yyyy-mm-dd` date; the message key `calendarDate` is registered in messages.ts. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'calendarDate', validator: { validate: (value: unknown) => isCalendarDate(value) } }, options);
}
