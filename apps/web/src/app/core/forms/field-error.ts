import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

interface ErrorText {
  server?: string;
  key?: string;
  params?: Record<string, unknown>;
}

/** The text for a control's first error: the server's own message, else a translated validator message. */
function describe(errors: ValidationErrors | null | undefined): ErrorText | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return { server: errors['server'] };
  const [name] = Object.keys(errors);
  if (!name) return null;
  const details: unknown = errors[name];
  const params = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  if (name === 'password') return { key: `validation.password.${String(params['problem'])}`, params };
  return { key: `validation.${name}`, params };
}

/** Use inside <mat-error>: `<mat-error><app-field-error [errors]="form.controls.email.errors" /></mat-error>`. */
@Component({
  selector: 'app-field-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (text(); as t) {
    {{ t.server ?? (t.key! | translate: t.params) }}
  }`,
})
export class FieldError {
  readonly errors = input<ValidationErrors | null | undefined>();
  protected readonly text = computed(() => describe(this.errors()));
}
