import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DecideHoursResult } from '@miteinander/contracts';
import { finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';

export const REASON_MAX_LENGTH = 500;

export interface RejectDialogData {
  count: number;
  /** Sends the rejection; the dialog shows the server's errors next to the reason. */
  reject: (reason: string) => Observable<DecideHoursResult>;
}

/** Asks why entries are rejected (the volunteer reads it) and rejects them. Closes with the result. */
@Component({
  selector: 'app-reject-dialog',
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
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldError,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'hours.reject.title' | translate: { count: data.count } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="muted">{{ 'hours.reject.intro' | translate }}</p>
        <app-form-alert [message]="error()" />
        <mat-form-field class="reason">
          <mat-label>{{ 'hours.reject.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required [maxlength]="maxLength" cdkFocusInitial></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.reason.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'hours.reject.submit' | translate: { count: data.count } }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      inline-size: 100%;
    }
  `,
})
export class RejectDialog {
  protected readonly data = inject<RejectDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, DecideHoursResult>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(REASON_MAX_LENGTH)]],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const reason = this.form.controls.reason.value.trim();
    if (this.form.invalid || reason.length < 3) {
      if (!this.form.invalid) this.form.controls.reason.setErrors({ minlength: { requiredLength: 3 } });
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.data
      .reject(reason)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => this.dialogRef.close(result),
        error: (e: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate))),
      });
  }
}
