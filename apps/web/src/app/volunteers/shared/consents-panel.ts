import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';

/**
 * The version of each consent text (volunteers.consents.purposes.*.text) a person agrees to. Change
 * the version whenever the wording's meaning changes: the record says which text was agreed.
 */
export const CONSENT_TEXT_VERSIONS: Record<ConsentPurpose, string> = {
  placement: '2026-01',
  contact_sharing: '2026-01',
  newsletter: '2026-01',
  photos: '2026-01',
};

export interface ConsentChoice {
  purpose: ConsentPurpose;
  given: boolean;
}

/** The latest record per purpose: re-giving after a withdrawal makes a new record. */
function latestPerPurpose(consents: readonly ConsentView[]): Map<ConsentPurpose, ConsentView> {
  const latest = new Map<ConsentPurpose, ConsentView>();
  for (const consent of consents) {
    const known = latest.get(consent.purpose);
    if (!known || consent.givenAt > known.givenAt) latest.set(consent.purpose, consent);
  }
  return latest;
}

/**
 * One block per purpose: the text, whether and when it was given or withdrawn, and a button to change it.
 * While a change is saved the buttons are only aria-disabled (disabledInteractive): a really disabled button
 * would drop the keyboard focus of the person who just pressed it onto the page.
 */
@Component({
  selector: 'app-consents-panel',
  imports: [MatButton, MatIcon, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="purposes">
      @for (purpose of purposes; track purpose) {
        @let consent = current().get(purpose);
        @let given = !!consent && !consent.withdrawnAt;
        <li class="purpose">
          <h3>{{ 'volunteers.consents.purposes.' + purpose + '.label' | translate }}</h3>
          <p class="text">{{ 'volunteers.consents.purposes.' + purpose + '.text' | translate }}</p>
          <p class="state" [class.is-given]="given">
            <mat-icon aria-hidden="true">{{ given ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
            <span>
              @if (consent && !consent.withdrawnAt) {
                {{ 'volunteers.consents.given' | translate: { date: consent.givenAt | localDate: language.current() : 'date', version: consent.textVersion } }}
              } @else if (consent?.withdrawnAt) {
                {{ 'volunteers.consents.withdrawn' | translate: { date: consent!.withdrawnAt | localDate: language.current() : 'date' } }}
              } @else {
                {{ 'volunteers.consents.notGiven' | translate }}
              }
            </span>
          </p>
          <button
            [attr.aria-label]="
              (given ? 'volunteers.consents.withdrawLabel' : 'volunteers.consents.giveLabel')
                | translate: { purpose: 'volunteers.consents.purposes.' + purpose + '.label' | translate }
            "
            [disabled]="pending()"
            disabledInteractive
            type="button"
            [class.withdraw]="given"
            mat-stroked-button
            (click)="!pending() && changed.emit({ purpose, given: !given })"
          >
            {{ (given ? 'volunteers.consents.withdraw' : 'volunteers.consents.give') | translate }}
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .purposes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .purpose {
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .purpose:last-child {
      border-block-end: 0;
    }
    h3 {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .text {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .state {
      display: flex;
      gap: 0.25rem;
      align-items: center;
      margin-block: 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .state.is-given {
      color: var(--mat-sys-on-surface);
    }
    .state.is-given mat-icon {
      color: var(--mat-sys-primary);
    }
  `,
})
export class ConsentsPanel {
  readonly consents = input.required<readonly ConsentView[]>();
  readonly pending = input(false);
  readonly changed = output<ConsentChoice>();

  protected readonly language = inject(LanguageStore);
  protected readonly purposes = CONSENT_PURPOSES;
  protected readonly current = computed(() => latestPerPurpose(this.consents()));
}
