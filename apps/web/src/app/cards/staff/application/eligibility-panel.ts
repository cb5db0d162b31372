import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CardEligibilityView } from '@miteinander/contracts';
import { LanguageStore } from '../../../core/i18n/language-store';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { HoursPipe } from '../../../hours/shared/hours.pipe';
import { CardReasonPipe } from '../shared/card-text';

/** One eligibility check: met or not, the unmet conditions as sentences, and the figures it rests on. */
@Component({
  selector: 'app-card-eligibility-panel',
  imports: [MatIcon, TranslatePipe, DayPipe, HoursPipe, CardReasonPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = eligibility();
    @let lang = language.current();
    <h3 [id]="headingId()">{{ heading() }}</h3>
    <p class="verdict" [class.is-eligible]="e.eligible">
      <mat-icon aria-hidden="true">{{ e.eligible ? 'check_circle' : 'error' }}</mat-icon>
      <span>{{ (e.eligible ? 'cards.detail.eligible' : 'cards.detail.notEligible') | translate }}</span>
    </p>
    @if (e.reasons.length) {
      <ul class="reasons" [attr.aria-label]="'cards.detail.reasonsLabel' | translate">
        @for (reason of e.reasons; track $index) {
          <li>{{ reason | cardReason: lang }}</li>
        }
      </ul>
    }
    <dl class="facts">
      <dt>{{ 'cards.detail.facts.hours' | translate }}</dt>
      <dd>
        @if (e.facts.requiredMinutes !== null) {
          {{ 'cards.eligibility.hoursOf' | translate: { counted: (e.facts.countedMinutes | hours: lang : 'rounded'), required: (e.facts.requiredMinutes | hours: lang : 'rounded') } }}
        } @else {
          {{ e.facts.countedMinutes | hours: lang : 'rounded' }}
        }
        <div class="muted small">{{ 'cards.detail.facts.window' | translate: { from: (e.facts.windowFrom | day: lang), to: (e.facts.windowTo | day: lang) } }}</div>
      </dd>
      <dt>{{ 'cards.detail.facts.activeSince' | translate }}</dt>
      <dd>
        @if (e.facts.activeSince) {
          {{ 'cards.detail.facts.activeSinceValue' | translate: { date: (e.facts.activeSince | day: lang), months: e.facts.monthsActive } }}
        } @else {
          {{ 'cards.detail.facts.notActive' | translate }}
        }
      </dd>
      <dt>{{ 'cards.detail.facts.age' | translate }}</dt>
      <dd>{{ e.facts.age === null ? ('cards.detail.facts.ageUnknown' | translate) : ('cards.detail.facts.ageValue' | translate: { age: e.facts.age }) }}</dd>
      <dt>{{ 'cards.detail.facts.pace' | translate }}</dt>
      <dd>{{ 'cards.detail.facts.paceValue' | translate: { hours: (e.facts.recentMinutesPerWeek | hours: lang : 'rounded') } }}</dd>
      @if (!e.eligible) {
        <dt>{{ 'cards.detail.facts.projected' | translate }}</dt>
        <dd>{{ e.projectedEligibleOn ? (e.projectedEligibleOn | day: lang) : ('cards.detail.facts.notProjected' | translate) }}</dd>
      }
      <dt>{{ 'cards.detail.facts.ruleSet' | translate }}</dt>
      <dd>{{ 'cards.detail.ruleSetValue' | translate: { name: e.ruleSet.name, version: e.ruleSet.version } }}</dd>
    </dl>
  `,
  styles: `
    h3 {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .verdict {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block: 0 0.5rem;
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .verdict.is-eligible {
      color: var(--mat-sys-primary);
    }
    .reasons {
      margin-block: 0 0.75rem;
      padding-inline-start: 1.25rem;
    }
    .facts {
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class EligibilityPanel {
  readonly eligibility = input.required<CardEligibilityView>();
  readonly heading = input.required<string>();
  readonly headingId = input<string | null>(null);
  protected readonly language = inject(LanguageStore);
}
