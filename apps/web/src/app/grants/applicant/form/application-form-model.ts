import { Validators, type AbstractControl, type FormControl, type FormGroup, type NonNullableFormBuilder, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type { ApplicantType, CostCategory, CostLine, FieldOfAction, GrantApplicationData } from '@miteinander/contracts';
import { isValidIban } from '@miteinander/domain-grants';
import { chosenMunicipality, municipalityIdOf, type MunicipalityValue } from '../../../volunteers/shared/municipality-field';
import { editableEuros, parseEuros } from '../../shared/money';

/** The form's field texts that are not a valid amount. */
const MALFORMED = Symbol('malformed');

/**
 * Euros as typed → cents. A leading minus is passed on as a negative amount so the server names the rule;
 * text that is no amount at all is MALFORMED; an empty field is undefined (the API's "not filled in").
 */
export function centsOf(text: string, lang: string): number | undefined | typeof MALFORMED {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const negative = trimmed.startsWith('-');
  const cents = parseEuros(negative ? trimmed.slice(1) : trimmed, lang);
  if (cents === null) return MALFORMED;
  return negative ? -cents : cents;
}

export function euroAmount(lang: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => (centsOf(control.value ?? '', lang()) === MALFORMED ? { euros: true } : null);
}

/** Checked as soon as the IBAN looks complete; the server checks again at submission. */
export function ibanFormat(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').replace(/\s/g, '');
  return value && !isValidIban(value) ? { iban: true } : null;
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00". */
export function groupIban(value: string): string {
  return value
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/** A stable key for a new cost line ([a-z0-9-]{1,40}), so the final report can refer to it. */
export function newLineId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return random.toLowerCase();
}

export type CostLineForm = FormGroup<{
  id: FormControl<string>;
  category: FormControl<CostCategory | null>;
  description: FormControl<string>;
  /** Euros as typed; named like the API field so the server's `costLines.2.amountCents` lands here. */
  amountCents: FormControl<string>;
}>;

export function costLineForm(fb: NonNullableFormBuilder, lang: () => string, line?: Partial<CostLine>): CostLineForm {
  return fb.group({
    id: fb.control(line?.id ?? newLineId()),
    category: fb.control<CostCategory | null>(line?.category ?? null),
    description: fb.control(line?.description ?? '', Validators.maxLength(300)),
    amountCents: fb.control(editableEuros(line?.amountCents, lang()), euroAmount(lang)),
  });
}

const participants = [Validators.min(0), Validators.pattern(/^\d+$/)];

/** The application form; controls are named like GrantApplicationData so field paths of the API match them. */
export function applicationForm(fb: NonNullableFormBuilder, lang: () => string) {
  return fb.group({
    applicantType: fb.control<ApplicantType | null>(null),
    organisationName: fb.control('', Validators.maxLength(200)),
    cooperatingOrganisation: fb.control('', Validators.maxLength(200)),
    contactPhone: fb.control('', Validators.maxLength(200)),
    title: fb.control('', Validators.maxLength(200)),
    goals: fb.control('', Validators.maxLength(4000)),
    targetGroup: fb.control('', Validators.maxLength(4000)),
    fieldOfAction: fb.control<FieldOfAction | null>(null),
    projectArea: fb.control<string | null>(null),
    municipalityId: fb.control<MunicipalityValue>(null, chosenMunicipality),
    startDate: fb.control(''),
    endDate: fb.control(''),
    plannedRefugees: fb.control<number | null>(null, participants),
    plannedLocals: fb.control<number | null>(null, participants),
    costLines: fb.array<CostLineForm>([]),
    ownContributionCents: fb.control('', euroAmount(lang)),
    otherFundingCents: fb.control('', euroAmount(lang)),
    otherFundingSource: fb.control('', Validators.maxLength(200)),
    requestedCents: fb.control('', euroAmount(lang)),
    accountHolder: fb.control('', Validators.maxLength(200)),
    iban: fb.control('', ibanFormat),
    publicConsent: fb.control(false),
    shortDescription: fb.control('', Validators.maxLength(500)),
  });
}

export type ApplicationForm = ReturnType<typeof applicationForm>;

/** Puts a saved draft into the form without triggering the autosave. */
export function fillForm(form: ApplicationForm, fb: NonNullableFormBuilder, data: GrantApplicationData, lang: () => string, place: MunicipalityValue): void {
  form.controls.costLines.clear({ emitEvent: false });
  for (const line of data.costLines ?? []) form.controls.costLines.push(costLineForm(fb, lang, line), { emitEvent: false });
  form.patchValue(
    {
      applicantType: data.applicantType ?? null,
      organisationName: data.organisationName ?? '',
      cooperatingOrganisation: data.cooperatingOrganisation ?? '',
      contactPhone: data.contactPhone ?? '',
      title: data.title ?? '',
      goals: data.goals ?? '',
      targetGroup: data.targetGroup ?? '',
      fieldOfAction: data.fieldOfAction ?? null,
      projectArea: data.projectArea ?? null,
      municipalityId: place,
      startDate: data.startDate ?? '',
      endDate: data.endDate ?? '',
      plannedRefugees: data.plannedRefugees ?? null,
      plannedLocals: data.plannedLocals ?? null,
      ownContributionCents: editableEuros(data.ownContributionCents, lang()),
      otherFundingCents: editableEuros(data.otherFundingCents, lang()),
      otherFundingSource: data.otherFundingSource ?? '',
      requestedCents: editableEuros(data.requestedCents, lang()),
      accountHolder: data.accountHolder ?? '',
      iban: groupIban(data.iban ?? ''),
      publicConsent: data.publicConsent ?? false,
      shortDescription: data.shortDescription ?? '',
    },
    { emitEvent: false },
  );
}

/** What the form holds, as the API takes it; null while an amount field holds text that is not an amount. */
export function formData(form: ApplicationForm, lang: string): GrantApplicationData | null {
  const v = form.getRawValue();
  let malformed = false;
  const cents = (text: string): number | undefined => {
    const value = centsOf(text, lang);
    if (value === MALFORMED) {
      malformed = true;
      return undefined;
    }
    return value;
  };
  const text = (value: string): string | undefined => (value.trim() ? value : undefined);
  const count = (value: number | null): number | undefined => (value === null || (value as unknown) === '' ? undefined : Number(value));
  const costLines: CostLine[] = v.costLines.map((line) => {
    const out: Partial<CostLine> = { id: line.id };
    if (line.category) out.category = line.category;
    if (line.description.trim()) out.description = line.description;
    const amount = cents(line.amountCents);
    if (amount !== undefined) out.amountCents = amount;
    return out as CostLine;
  });
  const data: GrantApplicationData = {
    applicantType: v.applicantType ?? undefined,
    organisationName: text(v.organisationName),
    cooperatingOrganisation: text(v.cooperatingOrganisation),
    contactPhone: text(v.contactPhone),
    title: text(v.title),
    goals: text(v.goals),
    targetGroup: text(v.targetGroup),
    fieldOfAction: v.fieldOfAction ?? undefined,
    projectArea: v.projectArea ?? undefined,
    municipalityId: municipalityIdOf(v.municipalityId) ?? undefined,
    startDate: text(v.startDate),
    endDate: text(v.endDate),
    plannedRefugees: count(v.plannedRefugees),
    plannedLocals: count(v.plannedLocals),
    costLines,
    ownContributionCents: cents(v.ownContributionCents),
    otherFundingCents: cents(v.otherFundingCents),
    otherFundingSource: text(v.otherFundingSource),
    requestedCents: cents(v.requestedCents),
    accountHolder: text(v.accountHolder),
    iban: text(v.iban.replace(/\s/g, '')),
    publicConsent: v.publicConsent,
    shortDescription: text(v.shortDescription),
  };
  if (malformed) return null;
  // Omitted keys are "empty" for the API; undefined values would be dropped by JSON anyway, this keeps diffs clean.
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as GrantApplicationData;
}

/** Which step of the form shows a field (paths like `costLines.2.amountCents`); anything else is on the last one. */
const STEP_FIELDS: readonly (readonly string[])[] = [
  ['applicantType', 'organisationName', 'cooperatingOrganisation', 'contactPhone'],
  ['title', 'goals', 'targetGroup', 'fieldOfAction', 'projectArea', 'municipalityId', 'startDate', 'endDate', 'plannedRefugees', 'plannedLocals'],
  ['costLines', 'ownContributionCents', 'otherFundingCents', 'otherFundingSource', 'requestedCents'],
  ['accountHolder', 'iban'],
  ['attachments'],
  ['publicConsent', 'shortDescription'],
];
export const REVIEW_STEP = STEP_FIELDS.length - 1;

export function stepOf(field: string): number {
  const top = field.split('.')[0]!;
  const step = STEP_FIELDS.findIndex((fields) => fields.includes(top));
  return step < 0 ? REVIEW_STEP : step;
}
