import { FormArray, FormControl, FormGroup, Validators, type NonNullableFormBuilder } from '@angular/forms';
import { FIELDS_OF_ACTION, type FieldOfAction, type GrantCallInput, type GrantCriterion, type GrantProjectArea } from '@miteinander/contracts';
import { editableEuros, parseEuros } from '../../shared/money';
import { eurosValidator, integerValidator } from '../shared/validators';

export type AreaForm = FormGroup<{
  code: FormControl<string>;
  /** Codes of saved areas stay as they are: applications refer to them. New rows take theirs from the label. */
  generated: FormControl<boolean>;
  label: FormControl<string>;
  fieldOfAction: FormControl<FieldOfAction>;
  languageCourse: FormControl<boolean>;
}>;

export type CriterionForm = FormGroup<{
  code: FormControl<string>;
  generated: FormControl<boolean>;
  label: FormControl<string>;
  weight: FormControl<number | null>;
}>;

/** Control names are the contract's field names, so the server's field errors land on the right control. */
export function callForm(fb: NonNullableFormBuilder, lang: () => string) {
  const euros = [Validators.required, eurosValidator(lang, { min: 1 })];
  const whole = (min: number, max: number) => [Validators.required, Validators.min(min), Validators.max(max), integerValidator];
  return fb.group({
    year: fb.control<number | null>(null, whole(2000, 2100)),
    title: fb.control('', [Validators.required, Validators.maxLength(200)]),
    totalBudgetCents: fb.control('', euros),
    maxPerProjectCents: fb.control('', euros),
    maxPerLanguageCourseCents: fb.control('', euros),
    deadline: fb.control('', Validators.required),
    minLeadDays: fb.control<number | null>(null, whole(0, 365)),
    fieldsOfAction: fb.group(Object.fromEntries(FIELDS_OF_ACTION.map((f) => [f, fb.control(false)])) as Record<FieldOfAction, FormControl<boolean>>),
    projectAreas: fb.array<AreaForm>([]),
    criteria: fb.array<CriterionForm>([]),
    reportMonths: fb.control<number | null>(null, whole(1, 36)),
  });
}

export type CallForm = ReturnType<typeof callForm>;

export function areaRow(fb: NonNullableFormBuilder, area: GrantProjectArea | null, saved = area !== null): AreaForm {
  return fb.group({
    code: fb.control(area?.code ?? ''),
    generated: fb.control(!saved),
    label: fb.control(area?.label ?? '', [Validators.required, Validators.maxLength(100)]),
    fieldOfAction: fb.control<FieldOfAction>(area?.fieldOfAction ?? 'language', Validators.required),
    languageCourse: fb.control(area?.languageCourse ?? false),
  });
}

export function criterionRow(fb: NonNullableFormBuilder, criterion: GrantCriterion | null, saved = criterion !== null): CriterionForm {
  return fb.group({
    code: fb.control(criterion?.code ?? ''),
    generated: fb.control(!saved),
    label: fb.control(criterion?.label ?? '', [Validators.required, Validators.maxLength(100)]),
    weight: fb.control<number | null>(criterion?.weight ?? 10, [Validators.required, Validators.min(1), Validators.max(100), integerValidator]),
  });
}

/** `saved`: the input is a stored call (its codes stay), not the defaults for a new one (their codes follow the labels). */
export function fillCallForm(form: CallForm, fb: NonNullableFormBuilder, input: GrantCallInput, lang: string, saved: boolean): void {
  form.patchValue({
    year: input.year,
    title: input.title,
    // A new call's budget is left empty on purpose: it must be the county's real figure.
    totalBudgetCents: saved ? editableEuros(input.totalBudgetCents, lang) : '',
    maxPerProjectCents: editableEuros(input.maxPerProjectCents, lang),
    maxPerLanguageCourseCents: editableEuros(input.maxPerLanguageCourseCents, lang),
    deadline: input.deadline,
    minLeadDays: input.minLeadDays,
    fieldsOfAction: Object.fromEntries(FIELDS_OF_ACTION.map((f) => [f, input.fieldsOfAction.includes(f)])),
    reportMonths: input.reportMonths,
  });
  form.controls.projectAreas.clear();
  for (const area of input.projectAreas) form.controls.projectAreas.push(areaRow(fb, area, saved));
  form.controls.criteria.clear();
  for (const criterion of input.criteria) form.controls.criteria.push(criterionRow(fb, criterion, saved));
}

/** "Gesellschaftliche Begegnung" → "gesellschaftliche-begegnung", the stable key format [a-z0-9-]{1,40}. */
export function slug(label: string): string {
  const text = label
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/, '');
  return text || 'bereich';
}

/** Gives every generated row a code from its label, unique among the rows (saved codes come first). */
export function assignCodes(rows: FormArray<AreaForm> | FormArray<CriterionForm>): void {
  const taken = new Set(rows.controls.filter((r) => !r.controls.generated.value).map((r) => r.controls.code.value));
  for (const row of rows.controls) {
    if (!row.controls.generated.value) continue;
    const base = slug(row.controls.label.value);
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
    taken.add(code);
    if (row.controls.code.value !== code) row.controls.code.setValue(code, { emitEvent: false });
  }
}

/** The request body; null when a money field cannot be read (the validators say which). */
export function callInput(form: CallForm, lang: string): GrantCallInput | null {
  const v = form.getRawValue();
  const budget = parseEuros(v.totalBudgetCents, lang);
  const project = parseEuros(v.maxPerProjectCents, lang);
  const course = parseEuros(v.maxPerLanguageCourseCents, lang);
  if (budget === null || project === null || course === null) return null;
  return {
    year: v.year ?? 0,
    title: v.title.trim(),
    totalBudgetCents: budget,
    maxPerProjectCents: project,
    maxPerLanguageCourseCents: course,
    deadline: v.deadline,
    minLeadDays: v.minLeadDays ?? 0,
    fieldsOfAction: FIELDS_OF_ACTION.filter((f) => v.fieldsOfAction[f]),
    projectAreas: v.projectAreas.map((a) => ({ code: a.code, label: a.label.trim(), fieldOfAction: a.fieldOfAction, languageCourse: a.languageCourse })),
    criteria: v.criteria.map((c) => ({ code: c.code, label: c.label.trim(), weight: c.weight ?? 0 })),
    reportMonths: v.reportMonths ?? 0,
  };
}
