import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

/** Validator names whose texts live in the grants translations rather than the common `validation.*`. */
const GRANT_KEYS: Record<string, string> = {
  euros: 'grantsShared.money.invalid',
  min: 'grantsStaff.validation.min',
  max: 'grantsStaff.validation.max',
  integer: 'grantsStaff.validation.integer',
  maxAmount: 'grantsStaff.validation.maxAmount',
  minAmount: 'grantsStaff.validation.minAmount',
  oneRequired: 'grantsStaff.validation.oneRequired',
};

/** Like core's FieldError (the server's text first), but it also knows the grants forms' own validators. */
@Component({
  selector: 'app-grant-field-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (text(); as t) {
    {{ t.server ?? (t.key! | translate: t.params) }}
  }`,
})
export class GrantFieldError {
  readonly errors = input<ValidationErrors | null | undefined>();
  protected readonly text = computed(() => {
    const errors = this.errors();
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return { server: errors['server'] as string };
    const [name] = Object.keys(errors);
    if (!name) return null;
    const details: unknown = errors[name];
    const params = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
    return { key: GRANT_KEYS[name] ?? `validation.${name}`, params };
  });
}
