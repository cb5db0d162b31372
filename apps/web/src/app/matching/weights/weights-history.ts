import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { MATCH_FACTORS, type MatchWeightsView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';

/** Saved versions, newest first, each with its values in one line and a button to load it into the form. */
@Component({
  selector: 'app-weights-history',
  imports: [MatButton, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (versions().length) {
      <ol class="versions">
        @for (version of versions(); track version.version) {
          <li>
            <div>
              <strong>{{ 'matching.weights.version' | translate: { version: version.version } }}</strong>
              @if (version.version === currentVersion()) {
                ({{ 'matching.weights.historyCurrent' | translate }})
              }
              <div class="muted small">
                @if (version.createdBy) {
                  {{ 'matching.weights.savedBy' | translate: { date: (version.createdAt | localDate: language.current()), name: version.createdBy.name } }}
                } @else if (version.version === 0) {
                  {{ 'matching.weights.defaults' | translate }}
                } @else {
                  {{ 'matching.weights.savedAt' | translate: { date: (version.createdAt | localDate: language.current()) } }}
                }
              </div>
              <div class="values small">
                @for (factor of factors; track factor; let last = $last) {
                  <span>{{ 'matching.factors.' + factor | translate }} {{ format(version.weights[factor]) }}</span>@if (!last) {<span aria-hidden="true"> · </span>}
                }
              </div>
            </div>
            <button mat-stroked-button type="button" [attr.aria-label]="'matching.weights.loadLabel' | translate: { version: version.version }" (click)="load.emit(version)">
              {{ 'matching.weights.load' | translate }}
            </button>
          </li>
        }
      </ol>
    } @else {
      <p class="muted">{{ 'matching.weights.historyEmpty' | translate }}</p>
    }
  `,
  styles: `
    .versions {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      justify-content: space-between;
      padding-block-end: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class WeightsHistory {
  readonly versions = input.required<readonly MatchWeightsView[]>();
  readonly currentVersion = input<number | null>(null);
  readonly load = output<MatchWeightsView>();

  protected readonly language = inject(LanguageStore);
  protected readonly factors = MATCH_FACTORS;
  private readonly number = computed(() => new Intl.NumberFormat(this.language.current()));
  protected format(value: number): string {
    return this.number().format(value);
  }
}
