import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { CardApplicationStatus, PublicCardApplicationStatus } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { formatCardDate } from '../card-format';
import { CardSummaryPanel } from './card-summary-panel';

const STATUS_ICONS: Record<CardApplicationStatus, string> = {
  awaiting_confirmation: 'hourglass_top',
  ready_for_decision: 'fact_check',
  waiting_for_quota: 'format_list_numbered',
  issued: 'badge',
  rejected: 'cancel',
  withdrawn: 'undo',
};

/**
 * An application as its applicant sees it (on "My honorary card" and behind the status link): the status in plain
 * words, the confirmations, the place on the waiting list, the reason of a rejection, the card. Asks the page to withdraw.
 */
@Component({
  selector: 'app-application-status-panel',
  imports: [MatButton, MatIcon, MatProgressBar, TranslatePipe, CardSummaryPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = application();
    <p class="status-line">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      <strong>{{ 'cardsPublic.application.status' | translate: { status: ('cardsPublic.statuses.' + a.status + '.label' | translate) } }}</strong>
    </p>
    <p>{{ 'cardsPublic.statuses.' + a.status + '.text' | translate }}</p>
    <p class="muted">{{ 'cardsPublic.application.received' | translate: { date: format(a.receivedAt, language.current()) } }}</p>

    @if (showConfirmations()) {
      @if (a.confirmationsTotal > 0) {
        <p>{{ 'cardsPublic.application.confirmations' | translate: { done: a.confirmationsDone, total: a.confirmationsTotal } }}</p>
        <mat-progress-bar
          class="confirmations"
          mode="determinate"
          [value]="confirmationPercent()"
          [attr.aria-label]="'cardsPublic.application.confirmationsLabel' | translate: { done: a.confirmationsDone, total: a.confirmationsTotal }"
        />
      } @else {
        <p>{{ 'cardsPublic.application.noConfirmations' | translate }}</p>
      }
    }
    @if (a.queuePosition !== null && a.status === 'waiting_for_quota') {
      <p class="queue">
        <mat-icon aria-hidden="true">groups</mat-icon>
        <span>{{ 'cardsPublic.application.queue' | translate: { position: a.queuePosition } }}</span>
      </p>
    }
    @if (a.rejectionReason) {
      <p class="reason">
        <strong>{{ 'cardsPublic.application.rejectionReason' | translate }}:</strong>
        {{ a.rejectionReason }}
      </p>
    }
    @if (a.card && showCard()) {
      <app-card-summary-panel [card]="a.card" />
    }
    @if (a.canWithdraw) {
      <div class="actions">
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="withdraw.emit()">
          <mat-icon aria-hidden="true">undo</mat-icon>
          {{ 'cardsPublic.application.withdraw' | translate }}
        </button>
      </div>
    }
  `,
  styles: `
    .status-line,
    .queue {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .status-line {
      font: var(--mat-sys-title-medium);
    }
    .confirmations {
      margin-block-end: 1rem;
    }
    .reason {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .actions {
      margin-block-start: 1rem;
    }
    .actions button {
      min-block-size: 3rem;
      white-space: normal;
      block-size: auto;
    }
  `,
})
export class ApplicationStatusPanel {
  readonly application = input.required<PublicCardApplicationStatus>();
  readonly pending = input(false);
  /** Off where the page shows the card on its own. */
  readonly showCard = input(true);
  readonly withdraw = output<void>();

  protected readonly language = inject(LanguageStore);
  protected readonly format = formatCardDate;
  protected readonly icon = computed(() => STATUS_ICONS[this.application().status]);
  protected readonly showConfirmations = computed(() => ['awaiting_confirmation', 'ready_for_decision'].includes(this.application().status));
  protected readonly confirmationPercent = computed(() => {
    const { confirmationsDone, confirmationsTotal } = this.application();
    return confirmationsTotal > 0 ? Math.round((confirmationsDone / confirmationsTotal) * 100) : 0;
  });
}
