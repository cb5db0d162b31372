import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageStore } from '../../core/i18n/language-store';
import { DayPipe } from '../../hours/shared/day.pipe';
import { daysOverdue, pluralKey } from './days';

/** The next talk's due date; an overdue one says so in words ("seit 3 Tagen überfällig"), with an icon, not by colour alone. */
@Component({
  selector: 'app-next-check-in',
  imports: [MatIcon, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (due(); as due) {
      <span class="due" [class.overdue]="overdue()">
        @if (overdue()) {
          <mat-icon aria-hidden="true">warning</mat-icon>
        }
        <span>
          {{ due | day: language.current() }}
          @if (overdue()) {
            <strong class="overdue-text">– {{ overdueKey() | translate: { count: days() } }}</strong>
          }
        </span>
      </span>
    } @else {
      <span class="muted">{{ 'sponsorships.checkIns.noneDue' | translate }}</span>
    }
  `,
  styles: `
    .due {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .overdue {
      color: var(--mat-sys-error);
    }
    mat-icon {
      flex: none;
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
    .overdue-text {
      font-weight: 500;
    }
  `,
})
export class NextCheckIn {
  readonly due = input<string | null>(null);
  readonly overdue = input(false);

  protected readonly language = inject(LanguageStore);
  protected readonly days = computed(() => {
    const due = this.due();
    return due ? daysOverdue(due) : 0;
  });
  /** "überfällig" alone when the server says overdue but the day count is 0 (e.g. due today after a cut-off). */
  protected readonly overdueKey = computed(() => (this.days() > 0 ? pluralKey('sponsorships.checkIns.overdueSince', this.days()) : 'sponsorships.checkIns.overdue'));
}
