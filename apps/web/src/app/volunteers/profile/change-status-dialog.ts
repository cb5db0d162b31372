import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { VolunteerStatus, VolunteerView } from '@miteinander/contracts';
import { VOLUNTEER_STATUS_TRANSITIONS } from '@miteinander/domain-volunteers';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { FieldMessage } from '../shared/field-message';
import { VolunteersApi } from '../volunteers-api';

/** Moves a volunteer along interested → intake done → active → paused → left; the reason goes into the history. */
@Component({
  selector: 'app-change-status-dialog',
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
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FieldMessage,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'volunteers.status.dialogTitle' | translate: { name: volunteer.firstName + ' ' + volunteer.lastName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p>{{ 'volunteers.status.current' | translate }}: {{ 'volunteers.statuses.' + volunteer.status | translate }}</p>
        <app-form-alert [message]="error()" />
        <div class="form">
          <mat-form-field>
            <mat-label>{{ 'volunteers.status.newStatus' | translate }}</mat-label>
            <mat-select formControlName="status" required>
              @for (status of choices; track status) {
                <mat-option [value]="status">{{ 'volunteers.statuses.' + status | translate }}</mat-option>
              }
            </mat-select>
            <mat-error><app-field-message [errors]="form.controls.status.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'volunteers.status.reason' | translate }}</mat-label>
            <textarea matInput formControlName="reason" rows="3" required></textarea>
            <mat-hint>{{ 'volunteers.status.reasonHint' | translate }}</mat-hint>
            <mat-error><app-field-message [errors]="form.controls.reason.errors" /></mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'volunteers.status.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ChangeStatusDialog {
  private readonly api = inject(VolunteersApi);
  private readonly dialogRef = inject<MatDialogRef<ChangeStatusDialog, VolunteerView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly volunteer = inject<VolunteerView>(MAT_DIALOG_DATA);
  /** Only the steps the rules allow from here (e.g. no "active" before the intake talk). */
  protected readonly choices = VOLUNTEER_STATUS_TRANSITIONS[this.volunteer.status];
  protected readonly form = this.fb.group({
    status: this.fb.control<VolunteerStatus | ''>('', Validators.required),
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { status, reason } = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .changeStatus(this.volunteer.id, { status: status as VolunteerStatus, reason: reason.trim() })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (volunteer) => this.dialogRef.close(volunteer),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
