import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/**
 * A live region for a form's general outcome. It is always in the page, so screen readers
 * announce the text when it appears; `kind` picks alert (errors) or status (success).
 */
@Component({
  selector: 'app-form-alert',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    [attr.role]="kind() === 'error' ? 'alert' : 'status'"
    [attr.aria-live]="kind() === 'error' ? 'assertive' : 'polite'"
    class="form-alert" [class.is-error]="kind() === 'error'" [class.is-visible]="!!message()">
    @if (message(); as text) {
      <mat-icon aria-hidden="true">{{ kind() === 'error' ? 'error' : 'check_circle' }}</mat-icon>
      <span>{{ text }}</span>
    }
  </div>`,
  styles: `
    .form-alert.is-visible {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding-block: 0.75rem;
      padding-inline: 1rem;
      margin-block-end: 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .form-alert.is-error.is-visible {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class FormAlert {
  readonly message = input<string | null>(null);
  readonly kind = input<'error' | 'success'>('error');
}
