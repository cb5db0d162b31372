import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CARD_REPORT_GROUPS, type CardReportGroup } from '@miteinander/contracts';

/**
 * How many volunteers are eligible now, within 3 months or not: a bar per group with its number.
 * Each group is a toggle button that filters the table; the bars are decoration, the numbers are text.
 */
@Component({
  selector: 'app-card-group-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption id="card-group-chart-caption">{{ 'cards.eligibility.chartCaption' | translate: { total: total() } }}</figcaption>
      <ul aria-labelledby="card-group-chart-caption">
        @for (group of groups; track group) {
          <li>
            <button
              type="button"
              [class]="'group is-' + group"
              [attr.aria-pressed]="selected() === group"
              (click)="toggle.emit(selected() === group ? '' : group)"
            >
              <span class="label">{{ 'cards.groups.' + group | translate }}</span>
              <span class="count">{{ counts()?.[group] ?? 0 }}</span>
              <span class="bar" aria-hidden="true"><span class="fill" [style.inline-size.%]="share(group)"></span></span>
            </button>
          </li>
        }
      </ul>
      <p class="hint muted">{{ 'cards.eligibility.chartHint' | translate }}</p>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 1rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    figcaption {
      margin-block-end: 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    ul {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .group {
      display: grid;
      grid-template-columns: minmax(9rem, 14rem) 4ch minmax(0, 1fr);
      gap: 0.75rem;
      align-items: center;
      inline-size: 100%;
      padding: 0.375rem 0.5rem;
      border: 1px solid transparent;
      border-radius: 8px;
      background: none;
      color: inherit;
      font: var(--mat-sys-body-large);
      text-align: start;
      cursor: pointer;
    }
    .group:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .group[aria-pressed='true'] {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font-weight: 500;
    }
    .count {
      font: var(--mat-sys-title-medium);
      text-align: end;
    }
    .bar {
      display: block;
      block-size: 0.875rem;
      overflow: hidden;
      border-radius: 0.25rem;
      background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline);
    }
    .fill {
      display: block;
      block-size: 100%;
      background: var(--mat-sys-primary);
    }
    .is-soon .fill {
      background: var(--mat-sys-tertiary);
    }
    .is-notEligible .fill {
      background: var(--mat-sys-outline);
    }
    .hint {
      margin-block: 0.5rem 0;
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 600px) {
      .group {
        grid-template-columns: minmax(0, 1fr) 4ch;
      }
      .bar {
        grid-column: 1 / -1;
      }
    }
  `,
})
export class CardGroupChart {
  readonly counts = input<Record<CardReportGroup, number> | null>(null);
  readonly selected = input<CardReportGroup | ''>('');
  readonly toggle = output<CardReportGroup | ''>();

  protected readonly groups = CARD_REPORT_GROUPS;
  protected readonly total = computed(() => {
    const counts = this.counts();
    return counts ? CARD_REPORT_GROUPS.reduce((sum, g) => sum + (counts[g] ?? 0), 0) : 0;
  });

  protected share(group: CardReportGroup): number {
    const total = this.total();
    return total ? Math.round(((this.counts()?.[group] ?? 0) / total) * 100) : 0;
  }
}
