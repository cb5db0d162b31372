import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView } from '@miteinander/contracts';
import { finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';
import { editableEuros, formatEuros } from '../../shared/money';
import { ApplicationSummary } from '../application-summary';
import { euroAmount, centsOf } from '../form/application-form-model';
import { GrantAttachments } from '../form/attachments-panel';
import { formatDay } from '../grant-format';
import { GrantFieldError } from '../grant-field-error';
import { GrantStatusChip } from '../grant-status-chip';
import { confirmWithdrawal } from '../withdraw-confirm';

/** What may still be asked for: the approved amount minus every payment asked for so far. */
export function leftToRequest(view: GrantApplicationView): number {
  return Math.max(0, (view.decision?.amountCents ?? 0) - view.payments.reduce((sum, p) => sum + p.amountCents, 0));
}

/**
 * An application that cannot be edited now: where it stands and what happens next, the decision with its letter,
 * payments (and asking for the money), the final report's due date, and withdrawing while that is still possible.
 */
@Component({
  selector: 'app-application-status',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
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
    MatSuffix,
    TranslatePipe,
    FormAlert,
    ApplicationSummary,
    GrantAttachments,
    GrantFieldError,
    GrantStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-status.html',
  styleUrl: './application-status.scss',
})
export class ApplicationStatus implements OnInit {
  readonly view = input.required<GrantApplicationView>();
  /** A step changed the application: the page shows the new state. */
  readonly changed = output<GrantApplicationView>();
  /** Shown once after the submission. */
  readonly justSubmitted = input(false);

  protected readonly api = inject(GrantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  private readonly lang = () => this.language.current();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly paymentForm = inject(NonNullableFormBuilder).group({ amountCents: ['', euroAmount(this.lang)] });

  protected readonly left = computed(() => leftToRequest(this.view()));
  protected readonly hasLetter = computed(() => !!this.view().decision);

  protected readonly euros = formatEuros;
  protected readonly day = formatDay;

  ngOnInit(): void {
    this.prefill(this.view());
  }

  protected requestPayment(): void {
    const control = this.paymentForm.controls.amountCents;
    const cents = centsOf(control.value, this.lang());
    if (typeof cents !== 'number') {
      control.setErrors(cents === undefined ? { required: true } : { euros: true });
      control.markAsTouched();
      return;
    }
    this.run(
      this.api.requestPayment(this.view().id, cents).pipe(switchMap(() => this.api.application(this.view().id))),
      'grantsApplicant.status.payment.sent',
      (e) => {
        const problem = toApiProblem(e, this.translate);
        const unmatched = applyServerFieldErrors(this.paymentForm, problem.fieldErrors);
        return problem.fieldErrors.length && !unmatched.length ? null : problem.message;
      },
    );
  }

  protected withdraw(): void {
    confirmWithdrawal(this.dialog, this.translate).subscribe(() => this.run(this.api.withdraw(this.view().id), 'grantsApplicant.status.withdraw.done'));
  }

  /** The payment form starts with what is left. */
  private prefill(view: GrantApplicationView): void {
    const left = leftToRequest(view);
    this.paymentForm.controls.amountCents.setValue(left ? editableEuros(left, this.lang()) : '');
  }

  private run(request: ReturnType<GrantsApi['withdraw']>, doneKey: string, onError?: (e: unknown) => string | null): void {
    this.error.set(null);
    this.notice.set(null);
    this.busy.set(true);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (view) => {
        this.changed.emit(view);
        this.notice.set(this.translate.instant(doneKey) as string);
        this.prefill(view);
      },
      error: (e: unknown) => this.error.set(onError ? onError(e) : toApiProblem(e, this.translate).message),
    });
  }
}
