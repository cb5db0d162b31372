import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { daysBetween, todayInBerlin } from './privacy-dates';

/** "noch 12 Tage" / "heute fällig" / "seit 3 Tagen überfällig": overdue is said in words and marked by an icon, not by colour alone. */
@Component({
  selector: 'app-due-countdown',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = days();
    <span class="countdown" [class.overdue]="d < 0" [class.today]="d === 0">
      @if (d < 0) {
        <mat-icon aria-hidden="true" inline>warning</mat-icon>
        {{ (d === -1 ? 'privacy.due.overdueOne' : 'privacy.due.overdue') | translate: { days: -d } }}
      } @else if (d === 0) {
        <mat-icon aria-hidden="true" inline>schedule</mat-icon>
        {{ 'privacy.due.today' | translate }}
      } @else {
        {{ (d === 1 ? 'privacy.due.leftOne' : 'privacy.due.left') | translate: { days: d } }}
      }
    </span>
  `,
  styles: `
    .countdown {
      white-space: nowrap;
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .today {
      font-weight: 600;
    }
  `,
})
export class DueCountdown {
  /** yyyy-mm-dd */
  readonly dueOn = input.required<string>();
  /** yyyy-mm-dd; today in Germany unless given. */
  readonly today = input<string>(todayInBerlin());
  protected readonly days = computed(() => daysBetween(this.today(), this.dueOn()));
}
