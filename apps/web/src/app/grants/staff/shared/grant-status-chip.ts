import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { GrantApplicationStatus, GrantCallStatus } from '@miteinander/contracts';

const ICONS: Record<string, string> = {
  draft: 'edit_note',
  submitted: 'inbox',
  revision_requested: 'undo',
  in_review: 'rate_review',
  approved: 'thumb_up',
  rejected: 'block',
  payment_requested: 'request_quote',
  paid: 'payments',
  report_submitted: 'assignment',
  report_corrections: 'assignment_late',
  closed: 'task_alt',
  withdrawn: 'remove_circle_outline',
  open: 'lock_open',
  paused: 'pause_circle',
};

const GOOD = new Set(['approved', 'paid', 'closed', 'open']);
const BAD = new Set(['rejected', 'withdrawn', 'revision_requested', 'report_corrections', 'paused']);

/** An application's or a call's status as text with an icon (never colour alone). */
@Component({
  selector: 'app-grant-status-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class.is-good]="tone() === 'good'" [class.is-bad]="tone() === 'bad'">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    {{ (call() ? 'grantsShared.callStatus.' : 'grantsShared.status.') + value() | translate }}
  </span>`,
  styles: `
    .chip {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .is-good {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .is-bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
  `,
})
export class GrantStatusChip {
  readonly value = input.required<GrantApplicationStatus | GrantCallStatus>();
  /** A call's status rather than an application's (both have "draft" and "closed"). */
  readonly call = input(false);
  protected readonly icon = computed(() => ICONS[this.value()] ?? 'info');
  protected readonly tone = computed(() => (GOOD.has(this.value()) ? 'good' : BAD.has(this.value()) ? 'bad' : 'plain'));
}
