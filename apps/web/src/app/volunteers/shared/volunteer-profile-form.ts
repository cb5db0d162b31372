import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  COMPETENCES,
  GENDERS,
  INTERESTS,
  MAIL_LOCALES,
  SKILLS,
  type AvailabilitySlot,
  type Competence,
  type Gender,
  type Interest,
  type MailLocale,
  type OrganisationRef,
  type Skill,
  type UpdateVolunteerRequest,
  type VolunteerView,
} from '@miteinander/contracts';
import { catchError, finalize, of, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { AvailabilityGrid } from './availability-grid';
import { integer, notInFuture, phoneNumber } from './date-validators';
import { FieldMessage } from './field-message';
import { LanguageSkillsEditor, languageSkillsArray, languageSkillsOf, resetLanguageSkills } from './language-skills-editor';
import { MunicipalityField, chosenMunicipality, municipalityIdOf, municipalityValue, type MunicipalityValue } from './municipality-field';
import { OrganisationOptionsApi } from './organisation-options-api';

/** Staff edit everything; a volunteer edits their own profile without notes, organisations and competences. */
export type ProfileFormMode = 'staff' | 'self';

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
let nextId = 0;

/**
 * The volunteer's profile as one form with one save button, for coordinators (profile page) and for
 * the volunteer themself (/my-volunteering). It saves through `save` and shows the server's field errors
 * next to the fields; `saved` tells the page the stored result.
 */
@Component({
  selector: 'app-volunteer-profile-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatChipListbox,
    MatChipOption,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    AvailabilityGrid,
    FieldMessage,
    FormAlert,
    LanguageSkillsEditor,
    MunicipalityField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteer-profile-form.html',
  styleUrl: './volunteer-profile-form.scss',
})
export class VolunteerProfileForm {
  readonly volunteer = input.required<VolunteerView>();
  readonly mode = input<ProfileFormMode>('staff');
  /** The own-profile page edits availability in a card of its own. */
  readonly withAvailability = input(true);
  readonly save = input.required<(changes: UpdateVolunteerRequest) => Observable<VolunteerView>>();
  readonly saved = output<VolunteerView>();

  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly id = `profile-form-${nextId++}`;
  protected readonly skills = SKILLS;
  protected readonly interests = INTERESTS;
  protected readonly competences = COMPETENCES;
  protected readonly genders = GENDERS;
  protected readonly mailLocales = MAIL_LOCALES;
  protected readonly form = this.fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    phone: ['', [Validators.maxLength(30), phoneNumber]],
    municipalityId: this.fb.control<MunicipalityValue>(null, [Validators.required, chosenMunicipality]),
    dateOfBirth: ['', notInFuture],
    gender: this.fb.control<Gender | null>(null),
    mailLocale: this.fb.control<MailLocale>('de', Validators.required),
    languages: languageSkillsArray(),
    skills: this.fb.control<Skill[]>([]),
    interests: this.fb.control<Interest[]>([]),
    competences: this.fb.control<Competence[]>([]),
    availability: this.fb.control<AvailabilitySlot[]>([]),
    capacity: this.fb.control<number>(1, [Validators.required, Validators.min(0), Validators.max(10), integer]),
    employedOrInTraining: false,
    preferences: ['', Validators.maxLength(1000)],
    notes: ['', Validators.maxLength(5000)],
    organisationIds: this.fb.control<string[]>([]),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly success = signal(false);

  private readonly organisationsApi = inject(OrganisationOptionsApi);
  /** Only coordinators link volunteers to organisations. */
  private readonly organisationOptions = rxResource({
    params: () => (this.mode() === 'staff' ? true : undefined),
    stream: () => this.organisationsApi.list().pipe(catchError(() => of([] as OrganisationRef[]))),
  });
  protected readonly organisations = computed(() => this.organisationOptions.value() ?? []);

  private filledId: string | null = null;

  constructor() {
    // Show the stored profile, also when another part of the page changed it (a consent, the status) –
    // unless the person is in the middle of editing this form.
    effect(() => {
      const volunteer = this.volunteer();
      untracked(() => {
        if (!this.form.dirty || volunteer.id !== this.filledId) this.fill(volunteer);
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('volunteers.profile.fixErrors') as string);
      this.success.set(false);
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.success.set(false);
    this.save()(this.changes())
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (volunteer) => {
          this.fill(volunteer);
          this.success.set(true);
          this.saved.emit(volunteer);
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }

  private changes(): UpdateVolunteerRequest {
    const v = this.form.getRawValue();
    const changes: UpdateVolunteerRequest = {
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      email: blankToNull(v.email),
      phone: blankToNull(v.phone),
      municipalityId: municipalityIdOf(v.municipalityId) ?? undefined,
      dateOfBirth: v.dateOfBirth || null,
      gender: v.gender,
      mailLocale: v.mailLocale,
      languages: languageSkillsOf(this.form.controls.languages),
      skills: v.skills,
      interests: v.interests,
      capacity: Number(v.capacity),
      employedOrInTraining: v.employedOrInTraining,
      preferences: blankToNull(v.preferences),
    };
    if (this.withAvailability()) changes.availability = v.availability;
    if (this.mode() === 'staff') {
      changes.competences = v.competences;
      changes.notes = blankToNull(v.notes);
      changes.organisationIds = v.organisationIds;
    }
    return changes;
  }

  private fill(volunteer: VolunteerView): void {
    this.filledId = volunteer.id;
    resetLanguageSkills(this.form.controls.languages, volunteer.languages);
    this.form.reset({
      firstName: volunteer.firstName,
      lastName: volunteer.lastName,
      email: volunteer.email ?? '',
      phone: volunteer.phone ?? '',
      municipalityId: municipalityValue(volunteer.municipalityId, volunteer.municipalityName),
      languages: volunteer.languages,
      dateOfBirth: volunteer.dateOfBirth ?? '',
      gender: volunteer.gender,
      mailLocale: volunteer.mailLocale,
      skills: volunteer.skills,
      interests: volunteer.interests,
      competences: volunteer.competences,
      availability: volunteer.availability,
      capacity: volunteer.capacity,
      employedOrInTraining: volunteer.employedOrInTraining,
      preferences: volunteer.preferences ?? '',
      notes: volunteer.notes ?? '',
      organisationIds: volunteer.organisations.map((o) => o.id),
    });
  }
}
