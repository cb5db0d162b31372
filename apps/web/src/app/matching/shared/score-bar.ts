import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A score 0–100 as a number and a bar; screen readers hear "Passung 82 von 100". The bar fills from the reading start. */
@Component({
  selector: 'app-score-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="visually-hidden">{{ 'matching.score.label' | translate: { score: score() } }}</span>
    <span class="score" aria-hidden="true">
      <span class="value">{{ score() }}</span>
      <span class="bar"><span class="fill" [style.inline-size.%]="clamped()"></span></span>
    </span>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .score {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    .value {
      min-inline-size: 2ch;
      font: var(--mat-sys-title-medium);
      text-align: end;
    }
    .bar {
      display: inline-block;
      inline-size: 6rem;
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
  `,
})
export class ScoreBar {
  readonly score = input.required<number>();
  protected clamped(): number {
    return Math.max(0, Math.min(100, this.score()));
  }
}
