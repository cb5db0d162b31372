import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from '../../core/forms/field-error';

/** This area's own validator texts; the rest (and the server's messages) come from <app-field-error>. */
const OWN: Record<string, string> = {
  euros: 'grantsShared.money.invalid',
  iban: 'grantsApplicant.validation.iban',
  min: 'grantsApplicant.validation.wholeNumber',
  pattern: 'grantsApplicant.validation.wholeNumber',
  municipalityUnknown: 'grantsApplicant.validation.municipalityUnknown',
};

/** Use inside <mat-error>. */
@Component({
  selector: 'app-grant-field-error',
  imports: [TranslatePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (own(); as key) {
      {{ key | translate }}
    } @else {
      <app-field-error [errors]="errors()" />
    }`,
})
export class GrantFieldError {
  readonly errors = input<ValidationErrors | null | undefined>();

  protected readonly own = computed(() => {
    const errors = this.errors();
    if (!errors || typeof errors['server'] === 'string') return null;
    const [name] = Object.keys(errors);
    return name ? (OWN[name] ?? null) : null;
  });
}
