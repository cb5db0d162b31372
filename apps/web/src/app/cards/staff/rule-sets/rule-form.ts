import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type { CardResidenceRule, CardRuleParameters, CreateCardRuleVersionRequest } from '@miteinander/contracts';

type WindowKind = CardRuleParameters['hours']['window']['kind'];
type ValidityKind = CardRuleParameters['validity']['kind'];

function integer(control: AbstractControl): ValidationErrors | null {
  const v: unknown = control.value;
  return v === null || v === '' || Number.isInteger(Number(v)) ? null : { integer: true };
}

const optionalNumber = (min: number, max: number, whole = false) =>
  new FormControl<number | null>(null, [Validators.min(min), Validators.max(max), ...(whole ? [integer] : [])]);

/**
 * The form for a new rule-set version. Controls are named like the API's body, so the server's field errors
 * (e.g. `parameters.hours.minutesPerYear`) land by the field; but hours are entered as hours and money in €.
 */
export function ruleForm() {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    effectiveFrom: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    parameters: new FormGroup({
      minAge: optionalNumber(0, 120, true),
      minMonthsActive: new FormControl<number | null>(0, [Validators.required, Validators.min(0), Validators.max(1200), integer]),
      hours: new FormGroup({
        window: new FormGroup({
          kind: new FormControl<WindowKind>('calendarYear', { nonNullable: true }),
          months: new FormControl<number | null>({ value: 12, disabled: true }, [Validators.required, Validators.min(1), Validators.max(60), integer]),
        }),
        minutesPerYear: optionalNumber(0.25, 8784),
        reducedMinutesPerYear: optionalNumber(0.25, 8784),
        minutesPerWeek: optionalNumber(0.25, 168),
      }),
      maxAllowanceCentsPerMonth: optionalNumber(0, 1_000_000),
      maxAllowanceCentsPerYear: optionalNumber(0, 1_000_000),
      residence: new FormControl<CardResidenceRule>('county', { nonNullable: true }),
      validity: new FormGroup({
        kind: new FormControl<ValidityKind>('months', { nonNullable: true }),
        months: new FormControl<number | null>(36, [Validators.required, Validators.min(1), Validators.max(600), integer]),
        endDate: new FormControl({ value: '', disabled: true }, { nonNullable: true, validators: [Validators.required] }),
      }),
      yearlyQuota: optionalNumber(1, 10_000_000, true),
      numberPrefix: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Z]{1,6}$/)] }),
    }),
  });
}

export type RuleForm = ReturnType<typeof ruleForm>;

/** Only the fields of the chosen kinds take part (the others are disabled, so they neither validate nor send). */
export function syncKinds(form: RuleForm): void {
  const window = form.controls.parameters.controls.hours.controls.window.controls;
  if (window.kind.value === 'rollingMonths') window.months.enable({ emitEvent: false });
  else window.months.disable({ emitEvent: false });
  const validity = form.controls.parameters.controls.validity.controls;
  if (validity.kind.value === 'months') validity.months.enable({ emitEvent: false });
  else validity.months.disable({ emitEvent: false });
  if (validity.kind.value === 'fixedEnd') validity.endDate.enable({ emitEvent: false });
  else validity.endDate.disable({ emitEvent: false });
}

const toHours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 100) / 100);
const toEuro = (cents: number | null) => (cents === null ? null : cents / 100);
const blank = (v: unknown) => v === null || v === undefined || v === '';
const minutesOf = (hours: number | null) => (blank(hours) ? null : Math.round(Number(hours) * 60));
const centsOf = (euros: number | null) => (blank(euros) ? null : Math.round(Number(euros) * 100));
const numberOf = (v: number | null) => (blank(v) ? null : Number(v));

/** Fills the form from a version (the one in force is the starting point of the next). */
export function fillRuleForm(form: RuleForm, name: string, parameters: CardRuleParameters): void {
  const p = parameters;
  form.reset();
  form.setValue({
    name,
    effectiveFrom: '',
    parameters: {
      minAge: p.minAge,
      minMonthsActive: p.minMonthsActive,
      hours: {
        window: { kind: p.hours.window.kind, months: p.hours.window.kind === 'rollingMonths' ? p.hours.window.months : 12 },
        minutesPerYear: toHours(p.hours.minutesPerYear),
        reducedMinutesPerYear: toHours(p.hours.reducedMinutesPerYear),
        minutesPerWeek: toHours(p.hours.minutesPerWeek),
      },
      maxAllowanceCentsPerMonth: toEuro(p.maxAllowanceCentsPerMonth),
      maxAllowanceCentsPerYear: toEuro(p.maxAllowanceCentsPerYear),
      residence: p.residence,
      validity: {
        kind: p.validity.kind,
        months: p.validity.kind === 'months' ? p.validity.months : 36,
        endDate: p.validity.kind === 'fixedEnd' ? p.validity.endDate : '',
      },
      yearlyQuota: p.yearlyQuota,
      numberPrefix: p.numberPrefix,
    },
  });
  syncKinds(form);
}

/** The request from a valid form: hours → minutes, € → integer cents. */
export function ruleRequest(form: RuleForm): CreateCardRuleVersionRequest {
  const raw = form.getRawValue();
  const p = raw.parameters;
  return {
    name: raw.name.trim(),
    effectiveFrom: raw.effectiveFrom,
    parameters: {
      minAge: numberOf(p.minAge),
      minMonthsActive: Number(p.minMonthsActive ?? 0),
      hours: {
        window: p.hours.window.kind === 'rollingMonths' ? { kind: 'rollingMonths', months: Number(p.hours.window.months) } : { kind: 'calendarYear' },
        minutesPerYear: minutesOf(p.hours.minutesPerYear),
        reducedMinutesPerYear: minutesOf(p.hours.reducedMinutesPerYear),
        minutesPerWeek: minutesOf(p.hours.minutesPerWeek),
      },
      maxAllowanceCentsPerMonth: centsOf(p.maxAllowanceCentsPerMonth),
      maxAllowanceCentsPerYear: centsOf(p.maxAllowanceCentsPerYear),
      residence: p.residence,
      validity:
        p.validity.kind === 'months'
          ? { kind: 'months', months: Number(p.validity.months) }
          : p.validity.kind === 'fixedEnd'
            ? { kind: 'fixedEnd', endDate: p.validity.endDate }
            : { kind: 'lifetime' },
      yearlyQuota: numberOf(p.yearlyQuota),
      numberPrefix: p.numberPrefix.trim(),
    },
  };
}
