import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { PrivacyRequestView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { PrivacyApi } from './privacy-api';

/** Marks a request as answered (or rejected, with the reason): the note is what the county can show later. */
@Component({
  selector: 'app-close-request-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
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
    <h2 mat-dialog-title>{{ 'privacy.close.title' | translate: { name: request.subjectLabel } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <app-form-alert [message]="error()" />
        <mat-form-field class="field">
          <mat-label>{{ 'privacy.close.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="4" required></textarea>
          <mat-hint>{{ 'privacy.close.noteHint' | translate }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.note.errors" /></mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="rejected">{{ 'privacy.close.reject' | translate }}</mat-checkbox>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ (form.controls.rejected.value ? 'privacy.close.submitRejected' : 'privacy.close.submit') | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      inline-size: 100%;
      min-inline-size: min(26rem, 100%);
    }
  `,
})
export class CloseRequestDialog {
  private readonly api = inject(PrivacyApi);
  private readonly dialogRef = inject<MatDialogRef<CloseRequestDialog, PrivacyRequestView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly request = inject<PrivacyRequestView>(MAT_DIALOG_DATA);

  protected readonly form = inject(NonNullableFormBuilder).group({ note: ['', [Validators.required, Validators.maxLength(2000)]], rejected: false });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (!this.form.controls.note.value.trim()) this.form.controls.note.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.api
      .close(this.request.id, { note: this.form.controls.note.value.trim(), ...(this.form.controls.rejected.value ? { rejected: true } : {}) })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (closed) => this.dialogRef.close(closed),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
