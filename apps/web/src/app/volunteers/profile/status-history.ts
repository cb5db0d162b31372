import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { StatusChangeView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';

/** The status changes as a timeline, newest first: when, from what to what, why and by whom. */
@Component({
  selector: 'app-status-history',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      <p class="muted">{{ 'volunteers.status.historyEmpty' | translate }}</p>
    } @else {
      <ol class="timeline">
        @for (entry of entries(); track $index) {
          <li>
            <time class="when" [attr.datetime]="entry.at">{{ entry.at | localDate: language.current() }}</time>
            <span class="change">
              @if (entry.from) {
                {{ 'volunteers.status.fromTo' | translate: { from: 'volunteers.statuses.' + entry.from | translate, to: 'volunteers.statuses.' + entry.to | translate } }}
              } @else {
                {{ 'volunteers.status.recorded' | translate: { to: 'volunteers.statuses.' + entry.to | translate } }}
              }
            </span>
            @if (entry.reason && !(entry.from === null && entry.reason === recordedReason)) {
              <span class="reason">{{ entry.reason }}</span>
            }
            @if (entry.byName) {
              <span class="muted by">{{ 'volunteers.status.by' | translate: { name: entry.byName } }}</span>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .when {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .change {
      font: var(--mat-sys-title-small);
    }
    .reason {
      overflow-wrap: anywhere;
    }
    .by {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class StatusHistory {
  readonly history = input.required<readonly StatusChangeView[]>();

  protected readonly language = inject(LanguageStore);
  /** The server's own reason for the first row ("recorded"): already said by "Erfasst als …". */
  protected readonly recordedReason = 'recorded';
  protected readonly entries = computed(() => [...this.history()].sort((a, b) => b.at.localeCompare(a.at)));
}
