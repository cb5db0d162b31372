import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type {
  AvailabilitySlot,
  CreateSponsorshipRequest,
  Gender,
  GermanLevel,
  SchoolSubject,
  SchoolType,
  SponsorshipKind,
  SponsorshipView,
} from '@miteinander/contracts';
import { SPONSOR_AGE_MAX, SPONSOR_AGE_MIN } from '@miteinander/contracts';
import { ADULT_AGE } from '@miteinander/domain-sponsorships';
import { integer, notInFuture, phoneNumber } from '../../volunteers/shared/date-validators';
import { languageSkillsArray, languageSkillsOf, resetLanguageSkills } from '../../volunteers/shared/language-skills-editor';
import { choiceRequired } from '../shared/choice-required';
import { chosenMunicipality, municipalityIdOf, municipalityValue, type MunicipalityValue } from '../../volunteers/shared/municipality-field';

/** The server's limits (CreateSponsorshipDto), checked as people type. */
export const LIMITS = {
  name: 120,
  needs: 4000,
  notes: 4000,
  shortText: 300,
  givenBy: 120,
  children: 15,
  pupilAgeMin: 4,
  pupilAgeMax: 30,
  sponsorAgeMin: SPONSOR_AGE_MIN,
  sponsorAgeMax: SPONSOR_AGE_MAX,
  plannedMonthsMax: 36,
} as const;

/** Planned duration when the coordinator does not choose one: a year; a school half-year for pupils. */
export const DEFAULT_PLANNED_MONTHS: Record<SponsorshipKind, number> = { family: 12, mother: 12, learning: 6 };

const text = (max: number, ...more: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max), ...more] });
const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** A number field left empty (or cleared) means no value. */
const numberOrNull = (value: number | string | null): number | null => (value === null || value === '' ? null : Number(value));

export function childAgeControl(age: number | null = null): FormControl<number | null> {
  return new FormControl<number | null>(age, [Validators.required, Validators.min(0), Validators.max(ADULT_AGE - 1), integer]);
}

/**
 * The request as one form whose names follow the API's fields ("pupil.grade", "childrenAges.0",
 * "guardianConsent.date"), so the server's field errors land next to the right control.
 */
function createRequestForm() {
  return new FormGroup({
    kind: new FormControl<SponsorshipKind | null>(null, choiceRequired('kindRequired')),
    name: text(LIMITS.name, Validators.required),
    municipalityId: new FormControl<MunicipalityValue>(null, [Validators.required, chosenMunicipality]),
    // One row ready to fill in: a family's languages are what matching needs first.
    languages: languageSkillsArray([null], Validators.minLength(1)),
    germanLevel: new FormControl<GermanLevel | null>(null, Validators.required),
    needs: text(LIMITS.needs, Validators.required),
    availability: new FormControl<AvailabilitySlot[]>([], { nonNullable: true }),
    preferences: new FormGroup({
      sponsorGender: new FormControl<Gender | null>(null),
      sponsorAgeMin: new FormControl<number | null>(null, [Validators.min(SPONSOR_AGE_MIN), Validators.max(SPONSOR_AGE_MAX), integer]),
      sponsorAgeMax: new FormControl<number | null>(null, [Validators.min(SPONSOR_AGE_MIN), Validators.max(SPONSOR_AGE_MAX), integer]),
      interpreter: new FormControl(false, { nonNullable: true }),
      contactPerson: text(LIMITS.shortText),
    }),
    contact: new FormGroup({
      phone: text(30, phoneNumber),
      email: text(254, Validators.email),
      address: text(LIMITS.shortText),
    }),
    adults: new FormControl<number | null>(null, [Validators.required, Validators.min(1), Validators.max(10), integer]),
    childrenAges: new FormArray<FormControl<number | null>>([], Validators.maxLength(LIMITS.children)),
    pupil: new FormGroup({
      age: new FormControl<number | null>(null, [Validators.min(LIMITS.pupilAgeMin), Validators.max(LIMITS.pupilAgeMax), integer]),
      grade: new FormControl<number | null>(null, [Validators.required, Validators.min(1), Validators.max(13), integer]),
      schoolType: new FormControl<SchoolType | null>(null, Validators.required),
      subjects: new FormControl<SchoolSubject[]>([], { nonNullable: true }),
      schoolContact: text(LIMITS.shortText),
    }),
    guardianConsent: new FormGroup({
      givenBy: text(LIMITS.givenBy),
      date: new FormControl('', { nonNullable: true, validators: notInFuture }),
    }),
    notes: text(LIMITS.notes),
    plannedMonths: new FormControl<number | null>(DEFAULT_PLANNED_MONTHS.family, [
      Validators.required,
      Validators.min(1),
      Validators.max(LIMITS.plannedMonthsMax),
      integer,
    ]),
    /** '' lets the server choose: the person recording the request. */
    coordinatorId: new FormControl('', { nonNullable: true }),
  });
}

export type RequestForm = ReturnType<typeof createRequestForm>;

/** The form with its cross-field rules (they read other fields when they run: re-check them with `revalidateConsent`). */
export function buildRequestForm(): RequestForm {
  const form = createRequestForm();
  const consent = form.controls.guardianConsent.controls;
  consent.givenBy.addValidators(consentPartRule(form, 'date'));
  consent.date.addValidators(consentPartRule(form, 'givenBy'));
  return form;
}

/** After a change elsewhere (kind, pupil's age, the other part) the consent's rules may answer differently. */
export function revalidateConsent(form: RequestForm): void {
  for (const control of Object.values(form.controls.guardianConsent.controls)) control.updateValueAndValidity({ emitEvent: false });
}

/** A pupil under 18 (or of unknown age) needs the guardian's consent before the request is stored. */
export function consentRequired(form: RequestForm): boolean {
  if (form.controls.kind.value !== 'learning') return false;
  const age = form.controls.pupil.controls.age.value;
  return age === null || Number(age) < ADULT_AGE;
}

/** Both parts of a consent or none; both when it is required. Reads the form at check time. */
function consentPartRule(f: RequestForm, sibling: 'givenBy' | 'date'): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value.trim()) return null;
    if (consentRequired(f)) return { guardianConsentRequired: true };
    return f.controls.guardianConsent.controls[sibling].value.trim() ? { consentIncomplete: true } : null;
  };
}

/** Family and mother requests describe the household, learning requests the pupil: only one of the two is checked and sent. */
export function applyKind(form: RequestForm, kind: SponsorshipKind | null): void {
  const family = kind !== 'learning';
  const opts = { emitEvent: false };
  if (family) {
    form.controls.adults.enable(opts);
    form.controls.childrenAges.enable(opts);
    form.controls.pupil.disable(opts);
  } else {
    form.controls.adults.disable(opts);
    form.controls.childrenAges.disable(opts);
    form.controls.pupil.enable(opts);
  }
  form.updateValueAndValidity();
}

function guardianConsentOf(form: RequestForm): CreateSponsorshipRequest['guardianConsent'] {
  const { givenBy, date } = form.controls.guardianConsent.getRawValue();
  return givenBy.trim() && date ? { givenBy: givenBy.trim(), date } : null;
}

/** The request as the API takes it (call on a valid form with a kind chosen). */
export function requestOf(form: RequestForm): CreateSponsorshipRequest {
  const v = form.getRawValue();
  const kind = v.kind!;
  const request: CreateSponsorshipRequest = {
    kind,
    name: v.name.trim(),
    municipalityId: municipalityIdOf(v.municipalityId)!,
    languages: languageSkillsOf(form.controls.languages),
    germanLevel: v.germanLevel!,
    needs: v.needs.trim(),
    availability: v.availability,
    preferences: {
      sponsorGender: v.preferences.sponsorGender,
      sponsorAgeMin: numberOrNull(v.preferences.sponsorAgeMin),
      sponsorAgeMax: numberOrNull(v.preferences.sponsorAgeMax),
      interpreter: v.preferences.interpreter,
      contactPerson: blankToNull(v.preferences.contactPerson),
    },
    contact: { phone: blankToNull(v.contact.phone), email: blankToNull(v.contact.email), address: blankToNull(v.contact.address) },
    guardianConsent: guardianConsentOf(form),
    notes: blankToNull(v.notes),
    plannedMonths: Number(v.plannedMonths),
  };
  if (v.coordinatorId) request.coordinatorId = v.coordinatorId;
  if (kind === 'learning') {
    request.pupil = {
      age: v.pupil.age === null ? null : Number(v.pupil.age),
      grade: Number(v.pupil.grade),
      schoolType: v.pupil.schoolType!,
      subjects: v.pupil.subjects,
      schoolContact: blankToNull(v.pupil.schoolContact),
    };
  } else {
    request.adults = Number(v.adults);
    request.childrenAges = v.childrenAges.map(Number);
  }
  return request;
}

/** Shows a stored request in the form (edit mode); the kind is fixed once recorded. */
export function fillRequestForm(form: RequestForm, view: SponsorshipView): void {
  resetLanguageSkills(form.controls.languages, view.languages);
  const children = form.controls.childrenAges;
  children.clear({ emitEvent: false });
  for (const age of view.childrenAges) children.push(childAgeControl(age), { emitEvent: false });
  form.reset({
    kind: view.kind,
    name: view.name,
    municipalityId: municipalityValue(view.municipalityId, view.municipalityName),
    languages: view.languages,
    germanLevel: view.germanLevel,
    needs: view.needs,
    availability: view.availability,
    preferences: {
      sponsorGender: view.preferences.sponsorGender,
      sponsorAgeMin: view.preferences.sponsorAgeMin,
      sponsorAgeMax: view.preferences.sponsorAgeMax,
      interpreter: view.preferences.interpreter,
      contactPerson: view.preferences.contactPerson ?? '',
    },
    contact: { phone: view.contact.phone ?? '', email: view.contact.email ?? '', address: view.contact.address ?? '' },
    adults: view.adults,
    childrenAges: view.childrenAges,
    pupil: {
      age: view.pupil?.age ?? null,
      grade: view.pupil?.grade ?? null,
      schoolType: view.pupil?.schoolType ?? null,
      subjects: view.pupil?.subjects ?? [],
      schoolContact: view.pupil?.schoolContact ?? '',
    },
    guardianConsent: { givenBy: view.guardianConsent?.givenBy ?? '', date: view.guardianConsent?.date ?? '' },
    notes: view.notes ?? '',
    plannedMonths: view.plannedMonths,
    coordinatorId: view.coordinator?.id ?? '',
  });
  form.controls.kind.disable({ emitEvent: false });
  applyKind(form, view.kind);
}
