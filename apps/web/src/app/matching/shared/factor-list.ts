import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MatchFactorView, SponsorshipKind } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { factorSentence } from './factor-text';

interface Line {
  factor: MatchFactorView['factor'];
  sentence: string;
  weight: string;
  percent: number;
}

/**
 * Why a score is what it is: one line per factor with its sentence ("spricht Arabisch wie die Familie"),
 * and unless compact its weight and how far it is met (compact: the sentences alone; the factor names only for screen readers).
 */
@Component({
  selector: 'app-factor-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="factors" [class.compact]="compact()" [attr.aria-label]="label() || null">
      @for (line of lines(); track line.factor) {
        <li>
          <span class="name" [class.visually-hidden]="compact()">{{ 'matching.factors.' + line.factor | translate }}:</span>
          <span class="sentence">{{ line.sentence }}</span>
          @if (!compact()) {
            <span class="muted detail">
              {{ 'matching.score.weight' | translate: { weight: line.weight } }} · {{ 'matching.score.fit' | translate: { percent: line.percent } }}
            </span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .factors {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .factors.compact {
      gap: 0.125rem;
      font: var(--mat-sys-body-small);
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: baseline;
    }
    .name {
      font-weight: 500;
    }
    .detail {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class FactorList {
  readonly factors = input.required<readonly MatchFactorView[]>();
  readonly kind = input<SponsorshipKind | undefined>(undefined);
  readonly compact = input(false);
  readonly label = input<string>('');

  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageStore);

  protected readonly lines = computed<Line[]>(() => {
    const locale = this.language.current();
    const number = new Intl.NumberFormat(locale);
    return this.factors().map((f) => ({
      factor: f.factor,
      sentence: factorSentence(this.translate, f, locale, this.kind()),
      weight: number.format(f.weight),
      percent: Math.round(f.fit * 100),
    }));
  });
}
