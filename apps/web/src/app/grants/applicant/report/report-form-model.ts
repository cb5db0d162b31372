import { Validators, type FormArray, type FormControl, type FormGroup, type NonNullableFormBuilder } from '@angular/forms';
import type { CostLine, FieldError, GrantReportInput, GrantReportView } from '@miteinander/contracts';
import { editableEuros } from '../../shared/money';
import { centsOf, euroAmount } from '../form/application-form-model';

export type ActualCostForm = FormGroup<{ lineId: FormControl<string>; amountCents: FormControl<string> }>;
export type ReceiptForm = FormGroup<{ date: FormControl<string>; issuer: FormControl<string>; description: FormControl<string>; amountCents: FormControl<string> }>;

const participants = [Validators.min(0), Validators.pattern(/^\d+$/)];

export function reportForm(fb: NonNullableFormBuilder) {
  return fb.group({
    narrative: fb.control('', Validators.maxLength(20_000)),
    actualCosts: fb.array<ActualCostForm>([]),
    receipts: fb.array<ReceiptForm>([]),
    participantsRefugees: fb.control<number | null>(null, participants),
    participantsLocals: fb.control<number | null>(null, participants),
  });
}
export type ReportForm = ReturnType<typeof reportForm>;

export function receiptForm(fb: NonNullableFormBuilder, lang: () => string, receipt?: GrantReportInput['receipts'][number]): ReceiptForm {
  return fb.group({
    date: fb.control(receipt?.date ?? ''),
    issuer: fb.control(receipt?.issuer ?? '', Validators.maxLength(200)),
    description: fb.control(receipt?.description ?? '', Validators.maxLength(300)),
    amountCents: fb.control(editableEuros(receipt?.amountCents, lang()), euroAmount(lang)),
  });
}

/** One row per line of the approved plan, with what was saved for it. */
export function fillReport(form: ReportForm, fb: NonNullableFormBuilder, plan: CostLine[], report: GrantReportView | null, lang: () => string): void {
  const actual = new Map((report?.actualCosts ?? []).map((c) => [c.lineId, c.amountCents]));
  const costs = form.controls.actualCosts as FormArray<ActualCostForm>;
  costs.clear({ emitEvent: false });
  for (const line of plan) {
    costs.push(fb.group({ lineId: fb.control(line.id), amountCents: fb.control(editableEuros(actual.get(line.id), lang()), euroAmount(lang)) }), { emitEvent: false });
  }
  form.controls.receipts.clear({ emitEvent: false });
  for (const receipt of report?.receipts ?? []) form.controls.receipts.push(receiptForm(fb, lang, receipt), { emitEvent: false });
  form.patchValue(
    {
      narrative: report?.narrative ?? '',
      participantsRefugees: report?.participantsRefugees ?? null,
      participantsLocals: report?.participantsLocals ?? null,
    },
    { emitEvent: false },
  );
}

export interface ReportPayload {
  input: GrantReportInput;
  /** Index in the request → index in the form, for lines left empty (the server's error paths follow the request). */
  actualIndex: number[];
}

/** Null while an amount is not an amount. Plan lines without an amount are left out (not yet known). */
export function reportPayload(form: ReportForm, lang: string): ReportPayload | null {
  const v = form.getRawValue();
  let malformed = false;
  const cents = (text: string): number | undefined => {
    const value = centsOf(text, lang);
    if (typeof value === 'symbol') {
      malformed = true;
      return undefined;
    }
    return value;
  };
  const actualIndex: number[] = [];
  const actualCosts: GrantReportInput['actualCosts'] = [];
  v.actualCosts.forEach((cost, i) => {
    const amount = cents(cost.amountCents);
    if (amount === undefined) return;
    actualIndex.push(i);
    actualCosts.push({ lineId: cost.lineId, amountCents: amount });
  });
  const receipts = v.receipts.map((r) => ({ date: r.date, issuer: r.issuer, description: r.description, amountCents: cents(r.amountCents) as number }));
  if (malformed) return null;
  const input = { narrative: v.narrative, actualCosts, receipts } as GrantReportInput;
  if (v.participantsRefugees !== null && (v.participantsRefugees as unknown) !== '') input.participantsRefugees = Number(v.participantsRefugees);
  if (v.participantsLocals !== null && (v.participantsLocals as unknown) !== '') input.participantsLocals = Number(v.participantsLocals);
  return { input, actualIndex };
}

/** `actualCosts.1.amountCents` of the request is the form's row actualIndex[1]. */
export function remapReportErrors(errors: readonly FieldError[], actualIndex: number[]): FieldError[] {
  return errors.map((e) => {
    const match = /^actualCosts\.(\d+)(\..*)?$/.exec(e.field);
    if (!match) return e;
    const row = actualIndex[Number(match[1])];
    return row === undefined ? e : { ...e, field: `actualCosts.${row}${match[2] ?? ''}` };
  });
}
