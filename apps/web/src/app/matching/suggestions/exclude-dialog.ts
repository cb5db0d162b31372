import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MatchExclusionView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { MatchingApi } from '../matching-api';

export interface ExcludeDialogData {
  sponsorshipId: string;
  volunteer: { id: string; name: string };
}

export const EXCLUSION_REASON_MAX = 500;

/** "Not this volunteer for this request": asks for the reason (required) and closes with the stored exclusion. */
@Component({
  selector: 'app-exclude-dialog',
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
    <h2 mat-dialog-title>{{ 'matching.exclude.title' | translate: { name: data.volunteer.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="intro">{{ 'matching.exclude.intro' | translate: { name: data.volunteer.name } }}</p>
        <app-form-alert [message]="error()" />
        <mat-form-field class="reason" subscriptSizing="dynamic">
          <mat-label>{{ 'matching.exclude.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required [maxlength]="reasonMax"></textarea>
          <mat-hint>{{ 'matching.exclude.reasonHint' | translate }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.reason.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'matching.exclude.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .reason {
      inline-size: 100%;
    }
  `,
})
export class ExcludeDialog {
  private readonly api = inject(MatchingApi);
  private readonly dialogRef = inject<MatDialogRef<ExcludeDialog, MatchExclusionView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<ExcludeDialogData>(MAT_DIALOG_DATA);

  protected readonly reasonMax = EXCLUSION_REASON_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(EXCLUSION_REASON_MAX)] }),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const reason = this.form.controls.reason.value.trim();
    if (!reason) this.form.controls.reason.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.api
      .exclude(this.data.sponsorshipId, { volunteerId: this.data.volunteer.id, reason })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (exclusion) => this.dialogRef.close(exclusion),
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusFirstInvalid(this.host.nativeElement);
        },
      });
  }
}
