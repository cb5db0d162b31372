import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { PrivacyRequestView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { PrivacyApi } from './privacy-api';

/** A person asks for their own data to be erased: says what happens next, then logs the request for the coordinators. */
@Component({
  selector: 'app-erasure-request-dialog',
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
    <h2 mat-dialog-title>{{ 'privacy.mine.erasureTitle' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p>{{ 'privacy.mine.erasureExplain' | translate }}</p>
        <p>{{ 'privacy.mine.erasureKept' | translate }}</p>
        <app-form-alert [message]="error()" />
        <mat-form-field class="field">
          <mat-label>{{ 'privacy.mine.erasureNote' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="3"></textarea>
          <mat-hint>{{ 'privacy.mine.erasureNoteHint' | translate }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.note.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'privacy.mine.erasureSubmit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      inline-size: 100%;
    }
  `,
})
export class ErasureRequestDialog {
  private readonly api = inject(PrivacyApi);
  private readonly dialogRef = inject<MatDialogRef<ErasureRequestDialog, PrivacyRequestView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);

  protected readonly form = inject(NonNullableFormBuilder).group({ note: ['', Validators.maxLength(2000)] });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.api
      .requestMyErasure(this.form.controls.note.value.trim() ? { note: this.form.controls.note.value.trim() } : {})
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (request) => this.dialogRef.close(request),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
