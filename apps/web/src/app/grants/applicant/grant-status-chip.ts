import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { GrantApplicationStatus } from '@miteinander/contracts';

const ICONS: Record<GrantApplicationStatus, string> = {
  draft: 'edit_note',
  submitted: 'send',
  revision_requested: 'rate_review',
  in_review: 'hourglass_top',
  approved: 'check_circle',
  rejected: 'cancel',
  payment_requested: 'request_quote',
  paid: 'payments',
  report_submitted: 'assignment_turned_in',
  report_corrections: 'rate_review',
  closed: 'task_alt',
  withdrawn: 'undo',
};

type Tone = 'neutral' | 'action' | 'good' | 'bad';
const TONES: Partial<Record<GrantApplicationStatus, Tone>> = {
  revision_requested: 'action',
  report_corrections: 'action',
  approved: 'good',
  paid: 'good',
  closed: 'good',
  rejected: 'bad',
};

/** An application's status as a labelled chip; the icon repeats what the colour says for those who cannot see it. */
@Component({
  selector: 'app-grant-status-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'status tone-' + tone()">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>{{ 'grantsShared.status.' + status() | translate }}
  </span>`,
  styles: `
    .status {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem 0.75rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    mat-icon {
      flex: none;
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
    .tone-action {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .tone-good {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tone-bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class GrantStatusChip {
  readonly status = input.required<GrantApplicationStatus>();
  protected readonly icon = computed(() => ICONS[this.status()]);
  protected readonly tone = computed(() => TONES[this.status()] ?? 'neutral');
}
