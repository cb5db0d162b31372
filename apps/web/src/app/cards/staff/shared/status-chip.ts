import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CardApplicationStatus, CardState } from '@miteinander/contracts';

const ICONS: Record<CardApplicationStatus | CardState, string> = {
  awaiting_confirmation: 'hourglass_top',
  ready_for_decision: 'pending_actions',
  waiting_for_quota: 'format_list_numbered',
  issued: 'badge',
  rejected: 'block',
  withdrawn: 'undo',
  valid: 'verified',
  expired: 'event_busy',
  revoked: 'cancel',
};

/** An application's status or a card's state as text with an icon (never colour alone). */
@Component({
  selector: 'app-card-status-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip is-' + value()">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    {{ (card() ? 'cards.cardStates.' : 'cards.statuses.') + value() | translate }}
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
    .is-issued,
    .is-valid {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .is-rejected,
    .is-revoked {
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
export class CardStatusChip {
  readonly value = input.required<CardApplicationStatus | CardState>();
  /** A card's state rather than an application's status. */
  readonly card = input(false);
  protected readonly icon = computed(() => ICONS[this.value()] ?? 'info');
}
