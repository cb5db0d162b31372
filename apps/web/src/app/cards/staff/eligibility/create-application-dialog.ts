import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CardApplicationView, PersonRef } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { reportServerProblem } from '../../../core/forms/server-field-errors';
import { FieldMessage } from '../../../volunteers/shared/field-message';
import { CardsStaffApi } from '../cards-staff-api';
import { focusInvalidSoon } from '../shared/focus-invalid';

export interface CreateApplicationDialogData {
  volunteer: PersonRef;
  eligible: boolean;
  /** The main unmet condition as a sentence, when not eligible. */
  mainReason: string | null;
}

export const NOTE_MAX = 1000;

/** "Antrag anlegen" on a volunteer's behalf; warns first when the check says no (the application is then flagged). */
@Component({
  selector: 'app-create-card-application-dialog',
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
    MatSuffix,
    TranslatePipe,
    FieldMessage,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'cards.create.title' | translate: { name: data.volunteer.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        @if (data.eligible) {
          <p class="intro">{{ 'cards.create.introEligible' | translate: { name: data.volunteer.name } }}</p>
        } @else {
          <div class="warning" role="note">
            <mat-icon aria-hidden="true">warning</mat-icon>
            <div>
              <p>{{ 'cards.create.notEligible' | translate: { name: data.volunteer.name } }}</p>
              @if (data.mainReason) {
                <p>{{ 'cards.create.mainReason' | translate: { reason: data.mainReason } }}</p>
              }
              <p>{{ 'cards.create.flagged' | translate }}</p>
            </div>
          </div>
        }
        <app-form-alert [message]="error()" />
        <mat-form-field class="wide">
          <mat-label>{{ 'cards.create.allowance' | translate }}</mat-label>
          <input matInput type="number" inputmode="decimal" min="0" step="0.01" formControlName="declaredAllowanceCentsPerMonth" />
          <span matTextSuffix>€</span>
          <mat-hint>{{ 'cards.create.allowanceHint' | translate }}</mat-hint>
          <mat-error><app-field-message [errors]="form.controls.declaredAllowanceCentsPerMonth.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'cards.create.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="3" [maxlength]="noteMax"></textarea>
          <mat-hint align="end">{{ form.controls.note.value.length }} / {{ noteMax }}</mat-hint>
          <mat-error><app-field-message [errors]="form.controls.note.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ (data.eligible ? 'cards.create.submit' : 'cards.create.submitFlagged') | translate }}
        </button>
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
      margin-block-end: 1rem;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      p {
        margin-block: 0 0.5rem;
      }
      p:last-child {
        margin-block-end: 0;
      }
    }
    .wide {
      inline-size: 100%;
    }
  `,
})
export class CreateApplicationDialog {
  private readonly api = inject(CardsStaffApi);
  private readonly dialogRef = inject<MatDialogRef<CreateApplicationDialog, CardApplicationView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly data = inject<CreateApplicationDialogData>(MAT_DIALOG_DATA);

  protected readonly noteMax = NOTE_MAX;
  /** Named like the API's body so server field errors land by the field; the allowance is entered in €. */
  protected readonly form = new FormGroup({
    declaredAllowanceCentsPerMonth: new FormControl<number | null>(null, [Validators.min(0), Validators.max(100_000)]),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX)] }),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const euros = this.form.controls.declaredAllowanceCentsPerMonth.value;
    const note = this.form.controls.note.value.trim();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .createApplication({
        volunteerId: this.data.volunteer.id,
        declaredAllowanceCentsPerMonth: euros === null || (euros as unknown) === '' ? null : Math.round(Number(euros) * 100),
        note: note || null,
      })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (application) => this.dialogRef.close(application),
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }
}
