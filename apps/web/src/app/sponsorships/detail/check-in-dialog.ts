import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CHECK_IN_MOODS, type CheckInKind, type CheckInMood, type SponsorshipView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { todayInBerlin } from '../../volunteers/shared/calendar';
import { notInFuture } from '../../volunteers/shared/date-validators';
import { choiceRequired } from '../shared/choice-required';
import { SponsorshipFieldError } from '../shared/sponsorship-field-error';
import { SponsorshipsApi } from '../sponsorships-api';

export const CHECK_IN_NOTE_MAX = 2000;
export const NEXT_STEP_MAX = 500;

/** The talk recorded now: the trial review first, the closing talk while closing, else a regular one (as the server decides). */
export function nextCheckInKind(sponsorship: SponsorshipView): CheckInKind {
  if (sponsorship.state === 'closing') return 'closing_talk';
  if (sponsorship.state === 'trial' && !sponsorship.checkIns.some((c) => c.kind === 'trial_review')) return 'trial_review';
  return 'regular';
}

/** "Gespräch erfassen": when, how it is going (good / okay / difficult), a short note and the next step. */
@Component({
  selector: 'app-check-in-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    FormAlert,
    SponsorshipFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sponsorships.checkIns.dialogTitle' | translate: { name: sponsorship.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="intro">{{ 'sponsorships.checkIns.recordingKind' | translate: { kind: ('sponsorships.checkInKinds.' + kind | translate) } }}</p>
        <app-form-alert [message]="error()" />
        <div class="form">
          <mat-form-field>
            <mat-label>{{ 'sponsorships.checkIns.date' | translate }}</mat-label>
            <input matInput type="date" formControlName="date" [min]="sponsorship.trialStart ?? ''" [max]="today" required />
            <mat-error><app-sponsorship-field-error [errors]="form.controls.date.errors" /></mat-error>
          </mat-form-field>
          <fieldset class="moods">
            <legend id="check-in-mood">{{ 'sponsorships.checkIns.mood' | translate }}</legend>
            <mat-radio-group formControlName="mood" aria-labelledby="check-in-mood" class="mood-options" required>
              @for (mood of moods; track mood) {
                <mat-radio-button [value]="mood">{{ 'sponsorships.moods.' + mood | translate }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (form.controls.mood.invalid && form.controls.mood.touched) {
              <mat-error class="radio-error"><app-sponsorship-field-error [errors]="form.controls.mood.errors" /></mat-error>
            }
          </fieldset>
          <mat-form-field>
            <mat-label>{{ 'sponsorships.checkIns.note' | translate }}</mat-label>
            <textarea matInput formControlName="note" rows="3" required [maxlength]="noteMax"></textarea>
            <mat-error><app-sponsorship-field-error [errors]="form.controls.note.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'sponsorships.checkIns.nextStep' | translate }}</mat-label>
            <input matInput formControlName="nextStep" autocomplete="off" [maxlength]="nextStepMax" />
            <mat-hint>{{ 'sponsorships.checkIns.nextStepHint' | translate }}</mat-hint>
            <mat-error><app-sponsorship-field-error [errors]="form.controls.nextStep.errors" /></mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'sponsorships.checkIns.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .moods {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .mood-options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .radio-error {
      display: block;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CheckInDialog {
  private readonly api = inject(SponsorshipsApi);
  private readonly dialogRef = inject<MatDialogRef<CheckInDialog, SponsorshipView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sponsorship = inject<SponsorshipView>(MAT_DIALOG_DATA);
  protected readonly kind = nextCheckInKind(this.sponsorship);
  protected readonly moods = CHECK_IN_MOODS;
  protected readonly today = todayInBerlin();
  protected readonly noteMax = CHECK_IN_NOTE_MAX;
  protected readonly nextStepMax = NEXT_STEP_MAX;
  protected readonly form = this.fb.group({
    date: [this.today, [Validators.required, notInFuture]],
    // No default: how it is going is said on purpose.
    mood: this.fb.control<CheckInMood | null>(null, choiceRequired('moodRequired')),
    note: ['', [Validators.required, Validators.maxLength(CHECK_IN_NOTE_MAX)]],
    nextStep: ['', Validators.maxLength(NEXT_STEP_MAX)],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .recordCheckIn(this.sponsorship.id, { date: v.date, mood: v.mood!, note: v.note.trim(), nextStep: v.nextStep.trim() || null })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (sponsorship) => this.dialogRef.close(sponsorship),
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusFirstInvalid(this.host.nativeElement);
        },
      });
  }
}
