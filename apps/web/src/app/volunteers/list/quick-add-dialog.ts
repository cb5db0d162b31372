import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { VolunteerView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { phoneNumber } from '../shared/date-validators';
import { FieldMessage } from '../shared/field-message';
import { LanguageSkillsEditor, languageSkillsArray, languageSkillsOf } from '../shared/language-skills-editor';
import { MunicipalityField, chosenMunicipality, municipalityIdOf, type MunicipalityValue } from '../shared/municipality-field';
import { VolunteersApi } from '../volunteers-api';

export interface QuickAddResult {
  volunteer: VolunteerView;
  /** "Add and open profile" rather than "Add". */
  open: boolean;
}

function contactRequired(group: AbstractControl): ValidationErrors | null {
  const email = (group.get('email')?.value as string).trim();
  const phone = (group.get('phone')?.value as string).trim();
  return email || phone ? null : { contactRequired: true };
}

/** Someone met at an info evening, recorded in under a minute: name, one contact, place, languages. */
@Component({
  selector: 'app-quick-add-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    LanguageSkillsEditor,
    MunicipalityField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'volunteers.quickAdd.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit(false)" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="muted">{{ 'volunteers.quickAdd.intro' | translate }}</p>
        <app-form-alert [message]="error()" />
        <div class="pair">
          <mat-form-field>
            <mat-label>{{ 'volunteers.fields.firstName' | translate }}</mat-label>
            <input matInput formControlName="firstName" autocomplete="off" required />
            <mat-error><app-field-message [errors]="form.controls.firstName.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'volunteers.fields.lastName' | translate }}</mat-label>
            <input matInput formControlName="lastName" autocomplete="off" required />
            <mat-error><app-field-message [errors]="form.controls.lastName.errors" /></mat-error>
          </mat-form-field>
        </div>
        <div class="pair">
          <mat-form-field>
            <mat-label>{{ 'volunteers.fields.email' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" aria-describedby="quick-add-contact" />
            <mat-error><app-field-message [errors]="form.controls.email.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'volunteers.fields.phone' | translate }}</mat-label>
            <input matInput type="tel" formControlName="phone" autocomplete="off" aria-describedby="quick-add-contact" />
            <mat-error><app-field-message [errors]="form.controls.phone.errors" /></mat-error>
          </mat-form-field>
        </div>
        <p id="quick-add-contact" class="contact-hint" [class.is-error]="contactMissing()">
          {{ (contactMissing() ? 'volunteers.validation.contactRequired' : 'volunteers.quickAdd.contactHint') | translate }}
        </p>
        <app-municipality-field [control]="form.controls.municipalityId" [label]="'volunteers.fields.municipality' | translate" [required]="true" />
        <app-language-skills-editor [array]="form.controls.languages" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="submit(true)">{{ 'volunteers.quickAdd.submitAndOpen' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'volunteers.quickAdd.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .pair > * {
      flex: 1 1 12rem;
    }
    .contact-hint {
      margin-block: -0.5rem 1rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .contact-hint.is-error {
      color: var(--mat-sys-error);
    }
    app-municipality-field {
      margin-block-end: 0.5rem;
    }
  `,
})
export class QuickAddDialog {
  private readonly api = inject(VolunteersApi);
  private readonly dialogRef = inject<MatDialogRef<QuickAddDialog, QuickAddResult>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group(
    {
      firstName: ['', [Validators.required, Validators.maxLength(100)]],
      lastName: ['', [Validators.required, Validators.maxLength(100)]],
      email: ['', [Validators.email, Validators.maxLength(254)]],
      phone: ['', [Validators.maxLength(30), phoneNumber]],
      municipalityId: this.fb.control<MunicipalityValue>(null, [Validators.required, chosenMunicipality]),
      // One row ready to fill in: the languages are what coordinators ask for first.
      languages: languageSkillsArray([null], Validators.minLength(1)),
    },
    { validators: contactRequired },
  );
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly events = toSignal(this.form.events, { initialValue: null });
  private readonly submitted = signal(false);
  protected readonly contactMissing = computed(() => {
    this.events();
    const { email, phone } = this.form.controls;
    return !!this.form.errors?.['contactRequired'] && (this.submitted() || email.touched || phone.touched);
  });

  protected submit(open: boolean): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .quickCreate({
        firstName: v.firstName.trim(),
        lastName: v.lastName.trim(),
        ...(v.email.trim() ? { email: v.email.trim() } : {}),
        ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
        municipalityId: municipalityIdOf(v.municipalityId)!,
        languages: languageSkillsOf(this.form.controls.languages),
      })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (volunteer) => this.dialogRef.close({ volunteer, open }),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
