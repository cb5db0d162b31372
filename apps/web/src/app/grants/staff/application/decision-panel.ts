import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView, GrantDecisionRequest } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { grantProblemText } from '../shared/problem-text';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { focusInvalidSoon, revalidate } from '../../../cards/staff/shared/focus-invalid';
import { GrantsApi } from '../../shared/grants-api';
import { editableEuros, parseEuros } from '../../shared/money';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantFieldError } from '../shared/grant-field-error';
import { eurosValidator } from '../shared/validators';

const TEXT_MAX = 2000;

/** "Entscheidung": the decision as made, or the form to approve (amount ≤ requested, conditions) or reject (reasons). */
@Component({
  selector: 'app-grant-decision-panel',
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
    MatRadioButton,
    MatRadioGroup,
    MatSuffix,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    GrantEuroPipe,
    GrantFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = application();
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2 id="decision-heading" tabindex="-1">{{ 'grantsStaff.decision.heading' | translate }}</h2>
        @if (a.decision; as d) {
          <p class="decision">
            <mat-icon aria-hidden="true">{{ d.approved ? 'thumb_up' : 'thumb_down' }}</mat-icon>
            <span>
              @if (d.approved) {
                {{ 'grantsStaff.decision.wasApproved' | translate: { amount: (d.amountCents | grantEuro: lang), date: (d.decidedAt | localDate: lang : 'date') } }}
              } @else {
                {{ 'grantsStaff.decision.wasRejected' | translate: { date: (d.decidedAt | localDate: lang : 'date') } }}
              }
            </span>
          </p>
          @if (d.conditions) {
            <p class="text">{{ 'grantsStaff.decision.conditionsValue' | translate: { conditions: d.conditions } }}</p>
          }
          @if (d.reason) {
            <p class="text">{{ 'grantsStaff.decision.reasonValue' | translate: { reason: d.reason } }}</p>
          }
          <a class="letter" [href]="api.decisionLetterUrl(a.id)" download>
            <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
            {{ 'grantsStaff.decision.letter' | translate }}
          </a>
        } @else if (a.can.decide) {
          <div class="progress-slot">
            @if (pending() || call.isLoading()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
            }
          </div>
          @if (call.hasValue()) {
            <p class="budget">
              {{ 'grantsStaff.decision.remaining' | translate: { remaining: (call.value().remainingCents | grantEuro: lang), total: (call.value().totalBudgetCents | grantEuro: lang) } }}
            </p>
            @if (requested() > call.value().remainingCents) {
              <p class="warning"><mat-icon aria-hidden="true">warning</mat-icon><span>{{ 'grantsStaff.decision.overBudget' | translate }}</span></p>
            }
          }
          <app-form-alert [message]="error()" />
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-radio-group class="choice" formControlName="approve" [attr.aria-label]="'grantsStaff.decision.choice' | translate">
              <mat-radio-button [value]="true">{{ 'grantsStaff.decision.approveOption' | translate }}</mat-radio-button>
              <mat-radio-button [value]="false">{{ 'grantsStaff.decision.rejectOption' | translate }}</mat-radio-button>
            </mat-radio-group>
            @if (form.controls.approve.value) {
              <mat-form-field class="full">
                <mat-label>{{ 'grantsStaff.decision.amount' | translate }}</mat-label>
                <input matInput formControlName="amountCents" inputmode="decimal" required autocomplete="off" />
                <span matTextSuffix>€</span>
                <mat-hint>{{ 'grantsStaff.decision.amountHint' | translate: { requested: (requested() | grantEuro: lang) } }}</mat-hint>
                <mat-error><app-grant-field-error [errors]="form.controls.amountCents.errors" /></mat-error>
              </mat-form-field>
              <mat-form-field class="full">
                <mat-label>{{ 'grantsStaff.decision.conditions' | translate }}</mat-label>
                <textarea matInput formControlName="conditions" rows="3" [maxlength]="max"></textarea>
                <mat-error><app-grant-field-error [errors]="form.controls.conditions.errors" /></mat-error>
              </mat-form-field>
            } @else {
              <mat-form-field class="full">
                <mat-label>{{ 'grantsStaff.decision.reason' | translate }}</mat-label>
                <textarea matInput formControlName="reason" rows="3" required [maxlength]="max"></textarea>
                <mat-error><app-grant-field-error [errors]="form.controls.reason.errors" /></mat-error>
              </mat-form-field>
            }
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="pending()">
                <mat-icon aria-hidden="true">{{ form.controls.approve.value ? 'check' : 'block' }}</mat-icon>
                {{ (form.controls.approve.value ? 'grantsStaff.decision.approve' : 'grantsStaff.decision.reject') | translate }}
              </button>
            </div>
          </form>
        } @else {
          <p class="muted">{{ 'grantsStaff.decision.notYet' | translate }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    .decision {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      font-weight: 500;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .letter {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin-block-end: 0.75rem;
    }
    .full {
      inline-size: 100%;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
    .warning {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class GrantDecisionPanel {
  readonly application = input.required<GrantApplicationView>();
  readonly decided = output<GrantApplicationView>();

  protected readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly max = TEXT_MAX;
  /** The call's budget as it is now (the application only carries the call's public settings). */
  protected readonly call = rxResource({
    params: () => (this.application().can.decide ? this.application().call.id : undefined),
    stream: ({ params }) => this.api.call(params),
  });
  protected readonly requested = computed(() => this.application().data.requestedCents ?? this.application().computedRequestCents);
  protected readonly form = inject(NonNullableFormBuilder).group({
    approve: true,
    amountCents: ['', [Validators.required, eurosValidator(() => this.language.current(), { min: 1, max: () => this.requested() })]],
    conditions: ['', Validators.maxLength(TEXT_MAX)],
    reason: ['', [Validators.required, Validators.maxLength(TEXT_MAX)]],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => this.form.controls.amountCents.setValue(editableEuros(this.requested(), this.language.current())));
  }

  protected submit(): void {
    this.error.set(null);
    const approve = this.form.controls.approve.value;
    const lang = this.language.current();
    revalidate(this.form);
    const relevant = approve ? [this.form.controls.amountCents, this.form.controls.conditions] : [this.form.controls.reason];
    if (relevant.some((c) => c.invalid)) {
      relevant.forEach((c) => c.markAsTouched());
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const request: GrantDecisionRequest = approve
      ? { approve, amountCents: parseEuros(this.form.controls.amountCents.value, lang) ?? 0, conditions: this.form.controls.conditions.value.trim() || undefined }
      : { approve, reason: this.form.controls.reason.value.trim() };
    this.pending.set(true);
    this.api
      .decide(this.application().id, request)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => this.decided.emit(result),
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          // 409: the budget cannot take it (or someone else decided); the server's message says so plainly.
          this.error.set(grantProblemText(problem, this.form));
          if (problem.status === 409) this.call.reload();
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }
}
