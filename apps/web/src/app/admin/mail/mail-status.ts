import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { MailStatus } from '@miteinander/contracts';

const ICONS: Record<MailStatus, string> = {
  pending: 'schedule',
  queued: 'hourglass_top',
  sending: 'send',
  sent: 'check_circle',
  failed: 'error',
  suppressed: 'block',
};

/** A mail's status as icon, word and colour: the word and the icon carry it, the colour only helps. */
@Component({
  selector: 'app-mail-status',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'status is-' + status()">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    <span>{{ 'admin.mail.statuses.' + status() | translate }}</span>
  </span>`,
  styles: `
    .status {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.375rem 0.625rem;
      border-radius: 1rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
    .is-sent {
      background: #d8f3dc;
      color: #0d4a1f;
    }
    .is-failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .is-suppressed {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class MailStatusBadge {
  readonly status = input.required<MailStatus>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
