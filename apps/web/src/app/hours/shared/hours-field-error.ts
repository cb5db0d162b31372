import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from '../../core/forms/field-error';

/** Errors of the hour forms' own validators; everything else (required, server messages) is the app's usual text. */
const HOURS_ERRORS = ['activityMissing', 'dateInFuture', 'minutesMissing', 'minutesTooMany', 'dateRange'] as const;

/** Use inside <mat-error> like <app-field-error>. */
@Component({
  selector: 'app-hours-field-error',
  imports: [TranslatePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (own(); as key) {
      {{ 'hours.validation.' + key | translate }}
    } @else {
      <app-field-error [errors]="errors()" />
    }`,
})
export class HoursFieldError {
  readonly errors = input<ValidationErrors | null | undefined>();
  protected readonly own = computed(() => {
    const errors = this.errors();
    if (!errors || typeof errors['server'] === 'string') return null;
    return HOURS_ERRORS.find((key) => key in errors) ?? null;
  });
}
