import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { END_REASONS, ErrorCode, type SponsorshipView } from '@miteinander/contracts';
import { TRIAL_WEEKS_MAX, TRIAL_WEEKS_MIN } from '@miteinander/domain-sponsorships';
import { finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { todayInBerlin } from '../../volunteers/shared/calendar';
import { SponsorshipFieldError } from '../shared/sponsorship-field-error';
import { SponsorshipsApi } from '../sponsorships-api';
import { NOTE_MAX, REASON_MAX, stepForm, transitionOf } from './step-form';
import type { Step } from './steps';
import { VolunteerPicker } from './volunteer-picker';

export interface StepDialogData {
  sponsorship: SponsorshipView;
  step: Step;
  /** Called when the server says the move is no longer possible: the page shows the sponsorship as it is now. */
  stale: () => void;
}

/** One step of the lifecycle: asks for what the step needs, sends it and closes with the stored sponsorship. */
@Component({
  selector: 'app-step-dialog',
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
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FormAlert,
    SponsorshipFieldError,
    VolunteerPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'sponsorships.steps.' + step.key + '.title' | translate: { name: sponsorship.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="intro">{{ 'sponsorships.steps.' + step.key + '.intro' | translate: { volunteer: sponsorship.volunteer?.name ?? '' } }}</p>
        <app-form-alert [message]="error()" />
        <div class="form">
          @if (form.controls.reason; as reason) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sponsorships.fields.declineReason' | translate }}</mat-label>
              <textarea matInput formControlName="reason" rows="3" required [maxlength]="reasonMax"></textarea>
              <mat-hint>{{ 'sponsorships.fields.declineReasonHint' | translate }}</mat-hint>
              <mat-error><app-sponsorship-field-error [errors]="reason.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.volunteerId; as volunteerId) {
            <app-volunteer-picker [control]="volunteerId" [involvesMinors]="sponsorship.involvesMinors" />
          }
          @if (form.controls.introMeetingDate; as date) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sponsorships.fields.introMeetingDate' | translate }}</mat-label>
              <input matInput type="date" formControlName="introMeetingDate" required />
              <mat-hint>{{ 'sponsorships.fields.introMeetingDateHint' | translate }}</mat-hint>
              <mat-error><app-sponsorship-field-error [errors]="date.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.bothAgreed; as agreed) {
            <div class="checkbox-field">
              <mat-checkbox formControlName="bothAgreed" required aria-describedby="both-agreed-error">
                {{ 'sponsorships.fields.bothAgreed' | translate }}
              </mat-checkbox>
              <div id="both-agreed-error" class="control-error">
                @if (agreed.invalid && agreed.touched) {
                  <app-sponsorship-field-error [errors]="agreed.errors" />
                }
              </div>
            </div>
          }
          @if (form.controls.trialStart; as start) {
            <mat-form-field>
              <mat-label>{{ 'sponsorships.fields.trialStart' | translate }}</mat-label>
              <input matInput type="date" formControlName="trialStart" [min]="sponsorship.introMeetingDate ?? ''" required />
              <mat-error><app-sponsorship-field-error [errors]="start.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.trialWeeks; as weeks) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sponsorships.fields.trialWeeks' | translate }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="trialWeeks" [min]="weeksMin" [max]="weeksMax" step="1" required />
              <mat-hint>{{ 'sponsorships.fields.trialWeeksHint' | translate: { min: weeksMin, max: weeksMax } }}</mat-hint>
              <mat-error><app-sponsorship-field-error [errors]="weeks.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.endDate; as end) {
            <mat-form-field>
              <mat-label>{{ 'sponsorships.fields.endDate' | translate }}</mat-label>
              <input matInput type="date" formControlName="endDate" [max]="today" required />
              <mat-error><app-sponsorship-field-error [errors]="end.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.endReason; as reason) {
            <mat-form-field>
              <mat-label>{{ 'sponsorships.fields.endReason' | translate }}</mat-label>
              <mat-select formControlName="endReason" required>
                @for (option of endReasons; track option) {
                  <mat-option [value]="option">{{ 'sponsorships.endReasons.' + option | translate }}</mat-option>
                }
              </mat-select>
              <mat-error><app-sponsorship-field-error [errors]="reason.errors" /></mat-error>
            </mat-form-field>
          }
          @if (form.controls.closingNote; as note) {
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'sponsorships.fields.closingNote' | translate }}</mat-label>
              <textarea matInput formControlName="closingNote" rows="3" [required]="form.controls.endReason?.value === 'other'" [maxlength]="noteMax"></textarea>
              <mat-hint>{{ 'sponsorships.fields.closingNoteHint' | translate }}</mat-hint>
              <mat-error><app-sponsorship-field-error [errors]="note.errors" /></mat-error>
            </mat-form-field>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        @if (step.kind === 'plain' || step.kind === 'rematch') {
          <button mat-flat-button type="submit" cdkFocusInitial [disabled]="pending()">{{ 'sponsorships.steps.' + step.key + '.submit' | translate }}</button>
        } @else {
          <button mat-flat-button type="submit" [disabled]="pending()">{{ 'sponsorships.steps.' + step.key + '.submit' | translate }}</button>
        }
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .checkbox-field {
      margin-block-end: 0.75rem;
    }
    .control-error {
      padding-inline-start: 2.5rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class StepDialog {
  private readonly api = inject(SponsorshipsApi);
  private readonly dialogRef = inject<MatDialogRef<StepDialog, SponsorshipView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly data = inject<StepDialogData>(MAT_DIALOG_DATA);

  protected readonly sponsorship = this.data.sponsorship;
  protected readonly step = this.data.step;
  protected readonly form = stepForm(this.step, this.sponsorship);
  protected readonly endReasons = END_REASONS;
  protected readonly today = todayInBerlin();
  protected readonly reasonMax = REASON_MAX;
  protected readonly noteMax = NOTE_MAX;
  protected readonly weeksMin = TRIAL_WEEKS_MIN;
  protected readonly weeksMax = TRIAL_WEEKS_MAX;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      if (this.form.controls.volunteerId?.invalid) this.error.set(this.translate.instant('sponsorships.propose.chooseFirst') as string);
      return;
    }
    const id = this.sponsorship.id;
    const request: Observable<SponsorshipView> =
      this.step.kind === 'rematch' ? this.api.rematch(id) : this.api.transition(id, transitionOf(this.step, this.form));
    this.pending.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (sponsorship) => this.dialogRef.close(sponsorship),
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        this.error.set(reportServerProblem(this.form, problem));
        if (problem.code === ErrorCode.TransitionNotAllowed) this.data.stale();
        else focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
