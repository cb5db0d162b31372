import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorCode, type PublicCardConfirmationView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { formatCardDate, formatCardHours } from '../card-format';
import { CardsPublicApi } from '../cards-public-api';
import { InvalidLink, isRefusal } from './invalid-link';
import { problemText } from './problem-text';

type State = 'loading' | 'ready' | 'invalid' | 'failed';

export const CONFIRMATION_REASON_MIN = 3;
export const CONFIRMATION_REASON_MAX = 500;

/** Blank space alone is no reason. */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value ?? '';
  return value.length > 0 && value.trim().length < CONFIRMATION_REASON_MIN ? { minlength: { requiredLength: CONFIRMATION_REASON_MIN } } : null;
}

/**
 * /card-confirm?token=…: emailed to an organisation's contact, without an account. They confirm that a volunteer did
 * the hours shown with them (for the honorary card), or say why not.
 */
@Component({
  selector: 'app-card-confirm-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldError,
    FormAlert,
    InvalidLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-public">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (state() === 'loading' || pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          @if (state() === 'invalid') {
            <app-invalid-link />
          } @else {
            <h1>{{ 'cardsPublic.confirm.heading' | translate }}</h1>
            <app-form-alert [message]="error()" />
            <app-form-alert kind="success" [message]="notice()" />
            @if (view(); as v) {
              @let lang = language.current();
              <p>{{ 'cardsPublic.confirm.intro' | translate: { name: v.volunteerName } }}</p>
              <dl class="facts">
                <div>
                  <dt>{{ 'cardsPublic.confirm.volunteer' | translate }}</dt>
                  <dd>{{ v.volunteerName }}</dd>
                </div>
                <div>
                  <dt>{{ 'cardsPublic.confirm.organisation' | translate }}</dt>
                  <dd>{{ v.organisationName }}</dd>
                </div>
                <div>
                  <dt>{{ 'cardsPublic.confirm.hours' | translate }}</dt>
                  <dd>{{ hours(v.minutes, lang) }}</dd>
                </div>
                <div>
                  <dt>{{ 'cardsPublic.confirm.window' | translate }}</dt>
                  <dd>{{ 'cardsPublic.confirm.windowValue' | translate: { from: date(v.windowFrom, lang), to: date(v.windowTo, lang) } }}</dd>
                </div>
              </dl>

              @switch (v.status) {
                @case ('pending') {
                  @if (!rejecting()) {
                    <div class="actions">
                      <button mat-flat-button type="button" [disabled]="pending()" (click)="confirm()">
                        <mat-icon aria-hidden="true">check</mat-icon>
                        {{ 'cardsPublic.confirm.confirm' | translate }}
                      </button>
                      <button mat-stroked-button type="button" [disabled]="pending()" (click)="startReject()">
                        <mat-icon aria-hidden="true">close</mat-icon>
                        {{ 'cardsPublic.confirm.reject' | translate }}
                      </button>
                    </div>
                  } @else {
                    <form [formGroup]="form" (ngSubmit)="sendReject()" novalidate>
                      <mat-form-field class="full">
                        <mat-label>{{ 'cardsPublic.confirm.reason' | translate }}</mat-label>
                        <textarea #reason matInput formControlName="reason" rows="3" required [maxlength]="maxLength"></textarea>
                        <mat-hint>{{ 'cardsPublic.confirm.reasonHint' | translate }}</mat-hint>
                        <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
                        <mat-error><app-field-error [errors]="form.controls.reason.errors" /></mat-error>
                      </mat-form-field>
                      <div class="actions">
                        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'cardsPublic.confirm.sendReject' | translate }}</button>
                        <button mat-stroked-button type="button" [disabled]="pending()" (click)="cancelReject()">
                          {{ 'cardsPublic.confirm.cancelReject' | translate }}
                        </button>
                      </div>
                    </form>
                  }
                }
                @case ('confirmed') {
                  <div class="result" role="status">
                    <mat-icon aria-hidden="true">task_alt</mat-icon>
                    <div>
                      <h2>{{ 'cardsPublic.confirm.confirmed.heading' | translate }}</h2>
                      <p>{{ 'cardsPublic.confirm.confirmed.text' | translate }}</p>
                      <p class="muted">{{ 'cardsPublic.confirm.nothingMore' | translate }}</p>
                    </div>
                  </div>
                }
                @case ('rejected') {
                  <div class="result" role="status">
                    <mat-icon aria-hidden="true">info</mat-icon>
                    <div>
                      <h2>{{ 'cardsPublic.confirm.rejected.heading' | translate }}</h2>
                      <p>{{ 'cardsPublic.confirm.rejected.text' | translate }}</p>
                      @if (v.reason) {
                        <p class="pre-line">
                          <strong>{{ 'cardsPublic.confirm.rejected.reason' | translate }}:</strong>
                          {{ v.reason }}
                        </p>
                      }
                      <p class="muted">{{ 'cardsPublic.confirm.nothingMore' | translate }}</p>
                    </div>
                  </div>
                }
              }
            }
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: './public-page.scss',
})
export class CardConfirmPage implements OnInit {
  /** From the link: `/card-confirm?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(CardsPublicApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore);
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reason');

  protected readonly maxLength = CONFIRMATION_REASON_MAX;
  protected readonly state = signal<State>('loading');
  protected readonly view = signal<PublicCardConfirmationView | null>(null);
  protected readonly pending = signal(false);
  protected readonly rejecting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(CONFIRMATION_REASON_MIN), Validators.maxLength(CONFIRMATION_REASON_MAX), notBlank]],
  });
  protected readonly hours = formatCardHours;
  protected readonly date = formatCardDate;

  ngOnInit(): void {
    if (!this.token()) {
      this.state.set('invalid');
      return;
    }
    this.load();
  }

  protected confirm(): void {
    this.decide(true, null);
  }

  protected startReject(): void {
    this.rejecting.set(true);
    // The field appears with the next render: put the cursor there for keyboard and screen-reader users.
    setTimeout(() => this.reasonField()?.nativeElement.focus());
  }

  protected cancelReject(): void {
    this.rejecting.set(false);
    this.form.reset();
    this.error.set(null);
  }

  protected sendReject(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.decide(false, this.form.controls.reason.value.trim());
  }

  private decide(confirm: boolean, reason: string | null): void {
    this.error.set(null);
    this.notice.set(null);
    this.pending.set(true);
    this.api
      .decideConfirmation(this.token()!, { confirm, reason })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => {
          this.rejecting.set(false);
          this.view.set(view);
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          if (this.isInvalid(problem)) return;
          if (problem.status === 409) {
            // Someone already answered (another contact, or the coordination by phone): show that answer.
            this.rejecting.set(false);
            this.notice.set(this.translate.instant('cardsPublic.confirm.alreadyDecided') as string);
            this.load();
            return;
          }
          this.error.set(problemText(this.form, problem));
          if (this.form.invalid) focusFirstInvalid(this.host.nativeElement);
        },
      });
  }

  private load(): void {
    this.pending.set(true);
    this.api
      .confirmation(this.token()!)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => {
          this.view.set(view);
          this.state.set('ready');
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          // Reading with nothing but the token: any refusal means the link does not work (no technical details).
          if (this.isInvalid(problem) || isRefusal(problem.status)) {
            this.state.set('invalid');
            return;
          }
          this.error.set(problem.message);
          if (!this.view()) this.state.set('failed');
        },
      });
  }

  private isInvalid(problem: { code: string | null; status: number }): boolean {
    if (problem.code === ErrorCode.TokenInvalid || problem.status === 404 || problem.status === 410) {
      this.state.set('invalid');
      return true;
    }
    return false;
  }
}
