import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PRIVACY_REQUEST_KINDS, PRIVACY_SUBJECT_TYPES, type PrivacyRequestKind, type PrivacyRequestView, type PrivacySubjectType } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem, type ApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { PrivacyApi } from './privacy-api';
import { todayInBerlin } from './privacy-dates';
import { SubjectPicker, pickedVolunteer, type VolunteerChoice } from './subject-picker';

/** Opened from a volunteer's profile: the request is about them. */
export interface CreateRequestData {
  volunteer?: { id: string; firstName: string; lastName: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The deadline counts from the day the letter arrived, which cannot be in the future. */
function notAfterToday(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && control.value > todayInBerlin() ? { futureDate: true } : null;
}

/** Logs a request that came in by letter, email or at the desk: kind, whose data, when it arrived. */
@Component({
  selector: 'app-create-request-dialog',
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
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    TranslatePipe,
    FieldError,
    FormAlert,
    SubjectPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'privacy.create.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <app-form-alert [message]="error()" />
        <div class="form">
          <fieldset>
            <legend>{{ 'privacy.create.kind' | translate }}</legend>
            <mat-radio-group formControlName="kind" class="radios">
              @for (kind of kinds; track kind) {
                <mat-radio-button [value]="kind">{{ 'privacy.kind.' + kind | translate }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          <mat-form-field>
            <mat-label>{{ 'privacy.create.subjectType' | translate }}</mat-label>
            <mat-select formControlName="subjectType" required>
              @for (type of subjectTypes; track type) {
                <mat-option [value]="type">{{ 'privacy.subjectType.' + type | translate }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (subjectType() === 'volunteer') {
            <app-privacy-subject-picker [control]="form.controls.volunteer" />
          } @else {
            <mat-form-field>
              <mat-label>{{ 'privacy.create.subjectId' | translate }}</mat-label>
              <input matInput formControlName="subjectId" autocomplete="off" spellcheck="false" required />
              <mat-hint>{{ 'privacy.create.subjectIdHint.' + subjectType() | translate }}</mat-hint>
              <mat-error>
                @if (form.controls.subjectId.hasError('pattern')) {
                  {{ 'privacy.create.subjectIdFormat' | translate }}
                } @else {
                  <app-field-error [errors]="form.controls.subjectId.errors" />
                }
              </mat-error>
            </mat-form-field>
          }
          <mat-form-field>
            <mat-label>{{ 'privacy.create.receivedOn' | translate }}</mat-label>
            <input matInput type="date" formControlName="receivedOn" [max]="today" required />
            <mat-hint>{{ 'privacy.create.receivedOnHint' | translate }}</mat-hint>
            <mat-error>
              @if (form.controls.receivedOn.hasError('futureDate')) {
                {{ 'privacy.create.receivedInFuture' | translate }}
              } @else {
                <app-field-error [errors]="form.controls.receivedOn.errors" />
              }
            </mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'privacy.create.note' | translate }}</mat-label>
            <textarea matInput formControlName="note" rows="3"></textarea>
            <mat-hint>{{ 'privacy.create.noteHint' | translate }}</mat-hint>
            <mat-error><app-field-error [errors]="form.controls.note.errors" /></mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'privacy.create.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    fieldset {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-body-medium);
      margin-block-end: 0.25rem;
    }
    .radios {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    .form {
      display: flex;
      flex-direction: column;
      min-inline-size: min(28rem, 100%);
    }
  `,
})
export class CreateRequestDialog {
  private readonly api = inject(PrivacyApi);
  private readonly dialogRef = inject<MatDialogRef<CreateRequestDialog, PrivacyRequestView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly data = inject<CreateRequestData | null>(MAT_DIALOG_DATA, { optional: true });

  protected readonly kinds = PRIVACY_REQUEST_KINDS;
  protected readonly subjectTypes = PRIVACY_SUBJECT_TYPES;
  protected readonly today = todayInBerlin();
  protected readonly form = this.fb.group({
    kind: this.fb.control<PrivacyRequestKind>('access', Validators.required),
    subjectType: this.fb.control<PrivacySubjectType>('volunteer', Validators.required),
    volunteer: this.fb.control<VolunteerChoice>(this.data?.volunteer ?? '', pickedVolunteer),
    subjectId: this.fb.control('', [Validators.required, Validators.pattern(UUID)]),
    receivedOn: this.fb.control(this.today, [Validators.required, notAfterToday]),
    note: this.fb.control('', Validators.maxLength(2000)),
  });
  protected readonly subjectType = toSignal(this.form.controls.subjectType.valueChanges, { initialValue: this.form.controls.subjectType.value });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // Only the field for the chosen kind of person counts.
    this.form.controls.subjectType.valueChanges.subscribe((type) => this.enableSubjectField(type));
    this.enableSubjectField(this.form.controls.subjectType.value);
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { kind, subjectType, volunteer, subjectId, receivedOn, note } = this.form.getRawValue();
    const id = subjectType === 'volunteer' && typeof volunteer !== 'string' ? volunteer.id : subjectId.trim();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .create({ kind, subjectType, subjectId: id, receivedOn, ...(note.trim() ? { note: note.trim() } : {}) })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (created) => this.dialogRef.close(created),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, this.onShownField(toApiProblem(error, this.translate), subjectType))),
      });
  }

  /** The server names `subjectId`; for a volunteer that is the search field. */
  private onShownField(problem: ApiProblem, type: PrivacySubjectType): ApiProblem {
    if (type !== 'volunteer') return problem;
    return { ...problem, fieldErrors: problem.fieldErrors.map((e) => (e.field === 'subjectId' ? { ...e, field: 'volunteer' } : e)) };
  }

  private enableSubjectField(type: PrivacySubjectType): void {
    const { volunteer, subjectId } = this.form.controls;
    if (type === 'volunteer') {
      volunteer.enable({ emitEvent: false });
      subjectId.disable({ emitEvent: false });
    } else {
      volunteer.disable({ emitEvent: false });
      subjectId.enable({ emitEvent: false });
    }
  }
}
