import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldMessage } from '../../volunteers/shared/field-message';

/** Errors of this area's own validators; everything else as in the volunteer forms (min, max, phone, dates, server texts). */
const OWN_ERRORS = [
  'guardianConsentRequired',
  'consentIncomplete',
  'agreementRequired',
  'closingNoteRequired',
  'volunteerRequired',
  'moodRequired',
  'kindRequired',
] as const;

/** Use inside <mat-error> like <app-field-error>. */
@Component({
  selector: 'app-sponsorship-field-error',
  imports: [TranslatePipe, FieldMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (own(); as key) {
      {{ 'sponsorships.validation.' + key | translate }}
    } @else {
      <app-field-message [errors]="errors()" />
    }`,
})
export class SponsorshipFieldError {
  readonly errors = input<ValidationErrors | null | undefined>();
  protected readonly own = computed(() => {
    const errors = this.errors();
    if (!errors || typeof errors['server'] === 'string') return null;
    return OWN_ERRORS.find((key) => key in errors) ?? null;
  });
}
