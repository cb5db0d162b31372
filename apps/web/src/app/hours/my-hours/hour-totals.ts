import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { HourTotals } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { DayPipe } from '../shared/day.pipe';
import { HoursPipe } from '../shared/hours.pipe';

/** The volunteer's figures from approved hours (what the certificate and the honorary card count). */
@Component({
  selector: 'app-hour-totals',
  imports: [TranslatePipe, DayPipe, HoursPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = totals();
    <dl class="totals">
      <div class="figure">
        <dt>{{ 'hours.totals.thisYear' | translate }}</dt>
        <dd>{{ t.thisYearMinutes | hours: language.current() }}</dd>
      </div>
      <div class="figure">
        <dt>{{ 'hours.totals.rolling12Months' | translate }}</dt>
        <dd>{{ t.rolling12MonthsMinutes | hours: language.current() }}</dd>
      </div>
      <div class="figure">
        <dt>{{ 'hours.totals.averagePerWeek' | translate }}</dt>
        <dd>{{ t.averageMinutesPerWeek | hours: language.current() : 'rounded' }}</dd>
      </div>
      <div class="figure">
        <dt>{{ 'hours.totals.activeSince' | translate }}</dt>
        <dd>{{ t.activeSince ? (t.activeSince | day: language.current()) : ('hours.totals.notYet' | translate) }}</dd>
      </div>
      <div class="figure">
        <dt>{{ 'hours.totals.total' | translate }}</dt>
        <dd>{{ t.totalMinutes | hours: language.current() }}</dd>
      </div>
      <div class="figure">
        <dt>{{ 'hours.totals.pending' | translate }}</dt>
        <dd>{{ t.pendingMinutes | hours: language.current() }}</dd>
      </div>
    </dl>
    <p class="muted note">{{ 'hours.totals.onlyApproved' | translate }}</p>
  `,
  styles: `
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 1rem;
      margin: 0;
    }
    .figure {
      display: flex;
      flex-direction: column-reverse;
      gap: 0.125rem;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .note {
      margin-block: 1rem 0;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class HourTotalsView {
  readonly totals = input.required<HourTotals>();
  protected readonly language = inject(LanguageStore);
}
