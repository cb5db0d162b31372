import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from '../../core/forms/field-error';

/** Validator errors whose texts live in this area's translations rather than the app-wide `validation` ones. */
const AREA_ERRORS = new Set([
  'min',
  'max',
  'integer',
  'contactRequired',
  'municipalityUnknown',
  'dateInFuture',
  'issueAfterInspection',
  'issueTooOld',
  'invalidDate',
  'phone',
]);

/**
 * Like <app-field-error> (which it falls back to), but also knows the volunteers area's own rules.
 * `overrides` maps an error name to a translation key for a text that fits one field better.
 */
@Component({
  selector: 'app-field-message',
  imports: [TranslatePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (own(); as own) {
      {{ own.key | translate: own.params }}
    } @else {
      <app-field-error [errors]="errors()" />
    }`,
})
export class FieldMessage {
  readonly errors = input<ValidationErrors | null | undefined>();
  readonly overrides = input<Record<string, string>>({});

  protected readonly own = computed(() => {
    const errors = this.errors();
    if (!errors || typeof errors['server'] === 'string') return null;
    const [name] = Object.keys(errors);
    if (!name) return null;
    const key = this.overrides()[name] ?? (AREA_ERRORS.has(name) ? `volunteers.validation.${name}` : null);
    if (!key) return null;
    const details: unknown = errors[name];
    return { key, params: typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {} };
  });
}
