import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { HourEntryStatus } from '@miteinander/contracts';

const ICONS: Record<HourEntryStatus, string> = {
  submitted: 'hourglass_top',
  approved: 'check_circle',
  rejected: 'cancel',
  withdrawn: 'undo',
};

/** An entry's status as a small labelled badge; the icon repeats the colour's meaning for those who cannot see it. */
@Component({
  selector: 'app-status-badge',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status" [class]="'status status-' + status()">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>{{ 'hours.statuses.' + status() | translate }}
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
      white-space: nowrap;
    }
    mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
    .status-submitted {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status-approved {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-rejected {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status-withdrawn {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<HourEntryStatus>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
