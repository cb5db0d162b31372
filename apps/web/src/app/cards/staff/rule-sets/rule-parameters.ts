import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CardRuleParameters } from '@miteinander/contracts';
import { LanguageStore } from '../../../core/i18n/language-store';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { HoursPipe } from '../../../hours/shared/hours.pipe';
import { EuroPipe } from '../shared/card-text';

/** A rule-set version's parameters, in words and with units. */
@Component({
  selector: 'app-card-rule-parameters',
  imports: [TranslatePipe, DayPipe, HoursPipe, EuroPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = parameters();
    @let lang = language.current();
    @let none = 'cards.rules.none' | translate;
    <dl class="facts">
      <dt>{{ 'cards.rules.fields.minAge' | translate }}</dt>
      <dd>{{ p.minAge === null ? none : ('cards.rules.years' | translate: { count: p.minAge }) }}</dd>
      <dt>{{ 'cards.rules.fields.minMonthsActive' | translate }}</dt>
      <dd>{{ 'cards.rules.months' | translate: { count: p.minMonthsActive } }}</dd>
      <dt>{{ 'cards.rules.fields.window' | translate }}</dt>
      <dd>
        @let months = windowMonths();
        {{ months === null ? ('cards.rules.windows.calendarYear' | translate) : ('cards.rules.windows.rollingMonthsValue' | translate: { months }) }}
      </dd>
      <dt>{{ 'cards.rules.fields.hoursPerYear' | translate }}</dt>
      <dd>{{ p.hours.minutesPerYear === null ? none : (p.hours.minutesPerYear | hours: lang) }}</dd>
      <dt>{{ 'cards.rules.fields.reducedHoursPerYear' | translate }}</dt>
      <dd>{{ p.hours.reducedMinutesPerYear === null ? none : (p.hours.reducedMinutesPerYear | hours: lang) }}</dd>
      <dt>{{ 'cards.rules.fields.hoursPerWeek' | translate }}</dt>
      <dd>{{ p.hours.minutesPerWeek === null ? none : (p.hours.minutesPerWeek | hours: lang) }}</dd>
      <dt>{{ 'cards.rules.fields.allowancePerMonth' | translate }}</dt>
      <dd>{{ p.maxAllowanceCentsPerMonth === null ? none : (p.maxAllowanceCentsPerMonth | euro: lang) }}</dd>
      <dt>{{ 'cards.rules.fields.allowancePerYear' | translate }}</dt>
      <dd>{{ p.maxAllowanceCentsPerYear === null ? none : (p.maxAllowanceCentsPerYear | euro: lang) }}</dd>
      <dt>{{ 'cards.rules.fields.residence' | translate }}</dt>
      <dd>{{ 'cards.rules.residences.' + p.residence | translate }}</dd>
      <dt>{{ 'cards.rules.fields.validity' | translate }}</dt>
      <dd>
        @let v = validity();
        @if (v.months !== null) {
          {{ 'cards.rules.validities.monthsValue' | translate: { months: v.months } }}
        } @else if (v.endDate !== null) {
          {{ 'cards.rules.validities.fixedEndValue' | translate: { date: (v.endDate | day: lang) } }}
        } @else {
          {{ 'cards.rules.validities.lifetime' | translate }}
        }
      </dd>
      <dt>{{ 'cards.rules.fields.yearlyQuota' | translate }}</dt>
      <dd>{{ p.yearlyQuota === null ? ('cards.rules.noQuota' | translate) : ('cards.rules.quotaValue' | translate: { count: p.yearlyQuota }) }}</dd>
      <dt>{{ 'cards.rules.fields.numberPrefix' | translate }}</dt>
      <dd>{{ 'cards.rules.prefixValue' | translate: { prefix: p.numberPrefix } }}</dd>
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: fit-content(50%) minmax(0, 1fr);
      gap: 0.375rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class RuleParameters {
  readonly parameters = input.required<CardRuleParameters>();
  protected readonly language = inject(LanguageStore);
  protected readonly windowMonths = computed(() => {
    const window = this.parameters().hours.window;
    return window.kind === 'rollingMonths' ? window.months : null;
  });
  protected readonly validity = computed(() => {
    const v = this.parameters().validity;
    return { months: v.kind === 'months' ? v.months : null, endDate: v.kind === 'fixedEnd' ? v.endDate : null };
  });
}
