import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionPanel, MatExpansionPanelDescription, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CardApplicationStatus, CardEligibilityView, CreateCardApplicationRequest } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { saveFile } from '../../hours/data/save-file';
import { formatCardDate, formatCardHours } from '../card-format';
import { CardsPublicApi } from '../cards-public-api';
import { ApplicationStatusPanel } from '../public/application-status-panel';
import { CardSummaryPanel } from '../public/card-summary-panel';
import { confirmWithdraw } from '../public/withdraw-confirm';
import { eurosToCents, reasonLines } from './reason-lines';
import { problemText } from '../public/problem-text';

const OPEN_STATUSES: readonly CardApplicationStatus[] = ['awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota'];
export const CARD_NOTE_MAX_LENGTH = 1000;

/** An amount in euros with at most two decimals ("50", "12,50" or "12.50"); empty is fine. */
function euroAmount(control: AbstractControl<string>): ValidationErrors | null {
  return Number.isNaN(eurosToCents(control.value ?? '')) ? { allowanceFormat: true } : null;
}

/**
 * /my-card: a volunteer's honorary card. Eligible or not under the county's rule set and why (each reason with its
 * numbers), the hours so far and when the rest will be reached at the recent pace; applying in one click; the
 * application's status and the card with its PDF. `?renew=<cardId>` (from the expiry reminder) applies as a renewal.
 */
@Component({
  selector: 'app-my-card-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatExpansionPanel,
    MatExpansionPanelDescription,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatSuffix,
    TranslatePipe,
    FieldError,
    FormAlert,
    ApplicationStatusPanel,
    CardSummaryPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-card-page.html',
  styleUrl: './my-card-page.scss',
})
export class MyCardPage {
  /** From the expiry reminder's link: `/my-card?renew=<cardId>`. */
  readonly renew = input<string>();

  private readonly api = inject(CardsPublicApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore);

  protected readonly view = signal<CardEligibilityView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly applying = signal(false);
  protected readonly applyError = signal<string | null>(null);
  protected readonly withdrawing = signal(false);
  protected readonly withdrawError = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly moreOpen = signal(false);

  protected readonly noteMaxLength = CARD_NOTE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    // Named like the request's field so the server's field errors land here; holds euros, sent as cents.
    declaredAllowanceCentsPerMonth: ['', [euroAmount]],
    note: ['', [Validators.maxLength(CARD_NOTE_MAX_LENGTH)]],
  });

  protected readonly busy = computed(() => this.loading() || this.applying() || this.withdrawing() || this.downloading());
  protected readonly reasons = computed(() => {
    const view = this.view();
    return view ? reasonLines(view, this.language.current()) : [];
  });
  protected readonly openApplication = computed(() => {
    const application = this.view()?.application;
    return application && OPEN_STATUSES.includes(application.status) ? application : null;
  });
  protected readonly renewing = computed(() => !!this.renew());
  /** The card being renewed, when it is the one shown here. */
  protected readonly renewedNumber = computed(() => {
    const card = this.view()?.card;
    return card && card.id === this.renew() ? card.cardNumber : null;
  });
  protected readonly hasValidCard = computed(() => this.view()?.card?.state === 'valid');
  protected readonly canApply = computed(() => {
    const view = this.view();
    return !!view && view.eligible && !this.openApplication() && (!this.hasValidCard() || this.renewing());
  });
  protected readonly hoursPercent = computed(() => {
    const facts = this.view()?.facts;
    if (!facts?.requiredMinutes) return 0;
    return Math.min(100, Math.round((facts.countedMinutes / facts.requiredMinutes) * 100));
  });
  /** Only time helps with these: the forecast speaks of the hours. Other reasons need a change first. */
  protected readonly otherReasonsBlock = computed(() =>
    (this.view()?.reasons ?? []).some((r) => r.reason === 'residence' || r.reason === 'allowance' || r.reason === 'dateOfBirthMissing'),
  );

  protected readonly hours = formatCardHours;
  protected readonly date = formatCardDate;

  constructor() {
    this.load();
  }

  protected toggleMore(open: boolean): void {
    this.moreOpen.set(open);
  }

  protected apply(): void {
    if (this.form.invalid) {
      this.moreOpen.set(true);
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    const { declaredAllowanceCentsPerMonth, note } = this.form.getRawValue();
    const request: CreateCardApplicationRequest = {
      declaredAllowanceCentsPerMonth: eurosToCents(declaredAllowanceCentsPerMonth),
      note: note.trim() || null,
      renewalOf: this.renew() || null,
    };
    this.applyError.set(null);
    this.notice.set(null);
    this.applying.set(true);
    this.api
      .apply(request)
      .pipe(finalize(() => this.applying.set(false)))
      .subscribe({
        next: (view) => {
          this.view.set(view);
          this.form.reset();
          this.moreOpen.set(false);
          this.notice.set(this.translate.instant('cardsPublic.mine.apply.sent') as string);
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          this.applyError.set(problemText(this.form, problem));
          if (this.form.invalid) {
            this.moreOpen.set(true);
            setTimeout(() => focusFirstInvalid(this.host.nativeElement));
          } else if (problem.status >= 400 && problem.status < 500) {
            // Not (or no longer) eligible: show the reasons as they stand now.
            this.refresh();
          }
        },
      });
  }

  protected withdraw(applicationId: string): void {
    confirmWithdraw(this.dialog, this.translate).subscribe(() => {
      this.withdrawError.set(null);
      this.notice.set(null);
      this.withdrawing.set(true);
      this.api
        .withdrawMine(applicationId)
        .pipe(finalize(() => this.withdrawing.set(false)))
        .subscribe({
          next: (view) => {
            this.view.set(view);
            this.notice.set(this.translate.instant('cardsPublic.application.withdrawn') as string);
          },
          error: (e: unknown) => {
            this.withdrawError.set(toApiProblem(e, this.translate).message);
            this.refresh();
          },
        });
    });
  }

  protected download(): void {
    this.downloadError.set(null);
    this.downloading.set(true);
    this.api
      .myCardPdf()
      .pipe(finalize(() => this.downloading.set(false)))
      .subscribe({
        next: (response) => saveFile(response, this.translate.instant('cardsPublic.mine.fileName') as string, this.document),
        error: (e: unknown) => this.downloadError.set(toApiProblem(e, this.translate).message),
      });
  }

  private load(): void {
    this.loading.set(true);
    this.api
      .mine()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (view) => this.view.set(view),
        error: (e: unknown) => this.loadError.set(toApiProblem(e, this.translate).message),
      });
  }

  /** Quietly, keeping the messages: after a refused step. */
  private refresh(): void {
    this.api.mine().subscribe({ next: (view) => this.view.set(view), error: () => undefined });
  }
}
