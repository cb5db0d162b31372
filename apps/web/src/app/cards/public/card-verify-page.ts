import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CardVerification } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { formatCardDate } from '../card-format';
import { CardsPublicApi } from '../cards-public-api';

const ICONS: Record<CardVerification['state'], string> = { valid: 'verified', expired: 'event_busy', revoked: 'block', unknown: 'help' };
const UNKNOWN: CardVerification = { state: 'unknown', validUntil: null, initials: null };

/**
 * /card-verify?code=…: where the card's QR code leads. Anyone (a museum's till, a bus driver) sees at a glance whether
 * the card is valid, with the holder's initials only. No sign-in, no navigation needed.
 */
@Component({
  selector: 'app-card-verify-page',
  imports: [MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-public">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (loading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          <h1>{{ 'cardsPublic.verify.heading' | translate }}</h1>
          <app-form-alert [message]="error()" />
          <div role="status" aria-live="polite">
            @if (result(); as r) {
              <div class="verdict" [class]="'verdict state-' + r.state">
                <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
                <div class="verdict-text">
                  <h2>{{ 'cardsPublic.verify.' + r.state + '.heading' | translate }}</h2>
                  @switch (r.state) {
                    @case ('valid') {
                      <p class="until">
                        @if (r.validUntil) {
                          {{ 'cardsPublic.verify.valid.until' | translate: { date: date(r.validUntil, language.current()) } }}
                        } @else {
                          {{ 'cardsPublic.verify.valid.lifetime' | translate }}
                        }
                      </p>
                    }
                    @case ('expired') {
                      @if (r.validUntil) {
                        <p>{{ 'cardsPublic.verify.expired.until' | translate: { date: date(r.validUntil, language.current()) } }}</p>
                      }
                    }
                    @case ('revoked') {
                      <p>{{ 'cardsPublic.verify.revoked.text' | translate }}</p>
                    }
                    @default {
                      <p>{{ 'cardsPublic.verify.unknown.text' | translate }}</p>
                    }
                  }
                  @if (r.initials && r.state !== 'unknown') {
                    <p class="holder">{{ 'cardsPublic.verify.holder' | translate: { initials: r.initials } }}</p>
                  }
                </div>
              </div>
            }
          </div>
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: './public-page.scss',
  styles: `
    .verdict {
      display: flex;
      gap: 1rem;
      align-items: center;
      padding: 1.25rem;
      border-radius: 12px;
      border: 2px solid currentColor;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .verdict > mat-icon {
      flex: none;
      font-size: 4rem;
      inline-size: 4rem;
      block-size: 4rem;
    }
    .verdict-text {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .verdict h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-small);
    }
    .verdict p {
      margin: 0.25rem 0 0;
    }
    .until {
      font: var(--mat-sys-title-large);
    }
    .holder {
      font: var(--mat-sys-title-medium);
    }
    .state-valid {
      background: #e6f4ea;
      color: #0d5322;
    }
    .state-expired {
      background: #fff4e5;
      color: #663c00;
    }
    .state-revoked {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class CardVerifyPage implements OnInit {
  /** From the QR code: `/card-verify?code=…`. */
  readonly code = input<string>();

  private readonly api = inject(CardsPublicApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly loading = signal(true);
  protected readonly result = signal<CardVerification | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly icon = computed(() => ICONS[this.result()?.state ?? 'unknown']);
  protected readonly date = formatCardDate;

  ngOnInit(): void {
    const code = this.code()?.trim();
    if (!code) {
      this.result.set(UNKNOWN);
      this.loading.set(false);
      return;
    }
    this.api
      .verify(code)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (result) => this.result.set(result),
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          // A malformed code is just as unknown as a forged one; only a failure to reach the server is said as such.
          if (problem.status >= 400 && problem.status < 500) this.result.set(UNKNOWN);
          else this.error.set(problem.message);
        },
      });
  }
}
