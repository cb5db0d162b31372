import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FieldError } from '../../../core/forms/field-error';
import { FormAlert } from '../../../core/forms/form-alert';
import { reportServerProblem } from '../../../core/forms/server-field-errors';
import { focusInvalidSoon } from './focus-invalid';

export const CARD_REASON_MAX = 500;

export interface ReasonDialogData<T> {
  /** Already translated texts. */
  title: string;
  intro: string;
  /** A highlighted warning above the reason, e.g. that overriding the check is audited. */
  warning?: string;
  label: string;
  submit: string;
  /** Whether a reason must be given (else it is optional). */
  required: boolean;
  /** Sends the step; the dialog shows the server's field error `reason` next to the field. */
  send: (reason: string | null) => Observable<T>;
}

/** Asks for a reason (rejecting, overriding the check, revoking, recording a refusal) and sends it. Closes with the result. */
@Component({
  selector: 'app-card-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="intro">{{ data.intro }}</p>
        @if (data.warning) {
          <p class="warning"><mat-icon aria-hidden="true">warning</mat-icon><span>{{ data.warning }}</span></p>
        }
        <app-form-alert [message]="error()" />
        <mat-form-field class="reason">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [required]="data.required" [maxlength]="maxLength" cdkFocusInitial></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.reason.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ data.submit }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
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
    .reason {
      inline-size: 100%;
    }
  `,
})
export class ReasonDialog<T> {
  protected readonly data = inject<ReasonDialogData<T>>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog<T>, T>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly maxLength = CARD_REASON_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.maxLength(CARD_REASON_MAX)]],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const reason = this.form.controls.reason.value.trim();
    if (this.data.required && !reason) this.form.controls.reason.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.data
      .send(reason || null)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => this.dialogRef.close(result),
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }
}
