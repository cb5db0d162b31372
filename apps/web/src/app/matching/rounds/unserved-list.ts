import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MATCH_EXCLUSION_REASONS, type MatchRoundUnserved } from '@miteinander/contracts';

/** Requests the round found nobody for, and why (with how many volunteers each requirement ruled out). */
@Component({
  selector: 'app-unserved-list',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (unserved().length) {
      <ul class="unserved">
        @for (item of unserved(); track item.sponsorship.id) {
          <li>
            <a [routerLink]="['/matching/requests', item.sponsorship.id]" [attr.aria-label]="'matching.result.openRequest' | translate: { name: item.sponsorship.name }">{{ item.sponsorship.name }}</a>
            <span class="muted">
              {{ 'sponsorships.kinds.' + item.sponsorship.kind | translate }}@if (item.sponsorship.municipalityName) {, {{ item.sponsorship.municipalityName }}}
            </span>
            <div>{{ 'matching.unservedReasons.' + item.reason | translate }}</div>
            @if (counts(item).length) {
              <div class="muted small">
                @for (c of counts(item); track c.reason; let last = $last) {
                  {{ 'matching.suggestions.constraintCount' | translate: { count: c.count, reason: ('matching.exclusionReasons.' + c.reason | translate) } }}@if (!last) {<span aria-hidden="true"> · </span>}
                }
              </div>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'matching.result.unservedEmpty' | translate }}</p>
    }
  `,
  styles: `
    .unserved {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      margin-inline-end: 0.5rem;
      font-weight: 500;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class UnservedList {
  readonly unserved = input.required<readonly MatchRoundUnserved[]>();

  protected counts(item: MatchRoundUnserved): { reason: string; count: number }[] {
    return MATCH_EXCLUSION_REASONS.filter((r) => (item.excludedCounts[r] ?? 0) > 0).map((reason) => ({ reason, count: item.excludedCounts[reason] ?? 0 }));
  }
}
