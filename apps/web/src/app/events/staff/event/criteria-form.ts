import { Validators, type AbstractControl, type NonNullableFormBuilder, type ValidationErrors } from '@angular/forms';
import type { FieldError, InvitationCriteria } from '@miteinander/contracts';
import { integerValidator } from '../form/event-form-model';

/** A period's end must not come before its start (said at the end). */
function periodEnd(control: AbstractControl<string>): ValidationErrors | null {
  const from = (control.parent?.get('sponsorFrom')?.value as string | undefined) ?? '';
  return control.value && from && control.value < from ? { period: true } : null;
}

/** The criteria as a flat form: a number left empty means "this criterion is not used". */
export function criteriaForm(fb: NonNullableFormBuilder, year: number) {
  const whole = (min: number, max: number) => [Validators.min(min), Validators.max(max), integerValidator];
  return fb.group({
    year: fb.control<number | null>(year, whole(2000, 2100)),
    minHours: fb.control<number | null>(null, whole(1, 10000)),
    activeYears: fb.control<number | null>(null, whole(1, 100)),
    cardHolders: fb.control(false),
    sponsorFrom: fb.control(''),
    sponsorTo: fb.control('', periodEnd),
    volunteerMatch: fb.control<'all' | 'any'>('all'),
    organisationContacts: fb.control(false),
    nominated: fb.control(false),
  });
}

export type CriteriaForm = ReturnType<typeof criteriaForm>;

/** The request's criteria; only what is filled in counts. */
export function criteriaOf(form: CriteriaForm): InvitationCriteria {
  const v = form.getRawValue();
  const criteria: InvitationCriteria = { volunteerMatch: v.volunteerMatch };
  if (v.minHours !== null && v.year !== null) criteria.hoursInYear = { year: v.year, minHours: v.minHours };
  if (v.activeYears !== null) criteria.activeYears = v.activeYears;
  if (v.cardHolders) criteria.cardHolders = true;
  if (v.sponsorFrom && v.sponsorTo) criteria.completedSponsorships = { from: v.sponsorFrom, to: v.sponsorTo };
  if (v.organisationContacts) criteria.organisationContacts = true;
  if (v.nominated) criteria.nominated = true;
  return criteria;
}

/** Whether anything would select people (the match mode alone does not). */
export function anyCriterion(c: InvitationCriteria): boolean {
  return !!(c.hoursInYear || c.activeYears || c.cardHolders || c.completedSponsorships || c.organisationContacts || c.nominated);
}

/** The server names criteria paths (`criteria.hoursInYear.minHours`); show them at the inputs. */
export function toCriteriaFields(errors: readonly FieldError[]): FieldError[] {
  const map: Record<string, string> = {
    'hoursInYear.year': 'year',
    'hoursInYear.minHours': 'minHours',
    hoursInYear: 'minHours',
    activeYears: 'activeYears',
    'completedSponsorships.from': 'sponsorFrom',
    'completedSponsorships.to': 'sponsorTo',
    completedSponsorships: 'sponsorTo',
  };
  return errors.map((e) => {
    const path = e.field.replace(/^criteria\./, '');
    return { ...e, field: map[path] ?? path };
  });
}
