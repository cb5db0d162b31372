import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CardState, CardSummary } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { formatCardDate } from '../card-format';

const STATE_ICONS: Record<CardState, string> = { valid: 'check_circle', expired: 'event_busy', revoked: 'block' };

/** A card's number, validity and state (in words and an icon, never colour alone). */
@Component({
  selector: 'app-card-summary-panel',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = card();
    @let lang = language.current();
    <dl class="card-facts">
      <div>
        <dt>{{ 'cardsPublic.card.number' | translate }}</dt>
        <dd class="number" dir="ltr">{{ c.cardNumber }}</dd>
      </div>
      <div>
        <dt>{{ 'cardsPublic.card.validFrom' | translate }}</dt>
        <dd>{{ format(c.validFrom, lang) }}</dd>
      </div>
      <div>
        <dt>{{ 'cardsPublic.card.validUntil' | translate }}</dt>
        <dd>{{ c.validUntil ? format(c.validUntil, lang) : ('cardsPublic.card.lifetime' | translate) }}</dd>
      </div>
      <div>
        <dt>{{ 'cardsPublic.card.state' | translate }}</dt>
        <dd>
          <span class="chip" [class]="'chip state-' + c.state">
            <mat-icon aria-hidden="true">{{ icons[c.state] }}</mat-icon>
            <span>{{ 'cardsPublic.cardStates.' + c.state | translate }}</span>
          </span>
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .card-facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0.125rem 0 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .number {
      unicode-bidi: isolate;
      text-align: start;
    }
    .chip {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem 0.75rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      flex: none;
      font-size: 1.125rem;
      inline-size: 1.125rem;
      block-size: 1.125rem;
    }
    .state-valid {
      background: #e6f4ea;
      color: #0d5322;
    }
    .state-revoked {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class CardSummaryPanel {
  readonly card = input.required<CardSummary>();

  protected readonly language = inject(LanguageStore);
  protected readonly icons = STATE_ICONS;
  protected readonly format = formatCardDate;
}
