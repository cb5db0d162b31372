import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OwnSponsorshipView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { REASON_MAX } from '../detail/step-form';
import { SponsorshipFieldError } from '../shared/sponsorship-field-error';
import { SponsorshipsApi } from '../sponsorships-api';

/** The proposed volunteer says no, with a reason the coordinator reads. Closes with the volunteer's sponsorships as they are now. */
@Component({
  selector: 'app-decline-dialog',
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
    FormAlert,
    SponsorshipFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sponsorships.mine.declineTitle' | translate: { name: sponsorship.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p>{{ 'sponsorships.mine.declineIntro' | translate }}</p>
        <app-form-alert [message]="error()" />
        <mat-form-field class="reason">
          <mat-label>{{ 'sponsorships.mine.declineReason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required [maxlength]="maxLength"></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error><app-sponsorship-field-error [errors]="form.controls.reason.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'sponsorships.mine.declineSubmit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      inline-size: 100%;
    }
  `,
})
export class DeclineDialog {
  private readonly api = inject(SponsorshipsApi);
  private readonly dialogRef = inject<MatDialogRef<DeclineDialog, OwnSponsorshipView[]>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly sponsorship = inject<OwnSponsorshipView>(MAT_DIALOG_DATA);
  protected readonly maxLength = REASON_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(REASON_MAX)]],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.api
      .decline(this.sponsorship.id, { reason: this.form.controls.reason.value.trim() })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (mine) => this.dialogRef.close(mine),
        error: (e: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate))),
      });
  }
}
