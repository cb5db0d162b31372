import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatEuros } from '../../shared/money';

/**
 * How much of a call's budget is approved: a bar plus the same as text (the bar is hidden from screen readers,
 * the text says it). `extra` shows a second, lighter part, e.g. what the ranking would still fund.
 */
@Component({
  selector: 'app-grant-budget-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="bar" aria-hidden="true">
      <span class="fill" [style.inline-size.%]="usedPercent()"></span>
      @if (extraPercent() > 0) {
        <span class="fill extra" [style.inline-size.%]="extraPercent()"></span>
      }
    </span>
    <span [class.visually-hidden]="compact()" class="text small">
      {{ 'grantsStaff.budget.used' | translate: { approved: money(approved()), total: money(total()), percent: usedPercent() } }}
    </span>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 6rem;
    }
    .bar {
      display: flex;
      inline-size: 100%;
      block-size: 0.5rem;
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
    /* Striped, so it differs from the approved part by more than its colour. */
    .extra {
      background: repeating-linear-gradient(45deg, var(--mat-sys-primary) 0 3px, var(--mat-sys-primary-container) 3px 6px);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class GrantBudgetBar {
  readonly total = input.required<number>();
  readonly approved = input.required<number>();
  readonly extra = input(0);
  readonly lang = input.required<string>();
  /** In a table row: the text is for screen readers only (the cells next to it show the amounts). */
  readonly compact = input(false);

  protected readonly usedPercent = computed(() => percent(this.approved(), this.total()));
  protected readonly extraPercent = computed(() => Math.min(100 - this.usedPercent(), percent(this.extra(), this.total())));

  protected money(cents: number): string {
    return formatEuros(cents, this.lang());
  }
}

function percent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((part / whole) * 100)));
}
