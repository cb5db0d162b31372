import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MATCH_FACTORS, type MatchFactor, type MatchWeights } from '@miteinander/contracts';

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;
export const WEIGHT_STEP = 0.5;

export type WeightControls = Record<MatchFactor, FormControl<number | null>>;

/** Named like the API's body ({ weights: { language, … } }), so the server's field errors `weights.<factor>` land by the field. */
export type WeightsForm = FormGroup<{ weights: FormGroup<WeightControls> }>;

/** Every factor 0 means no score at all: the server refuses it, and so does the form. */
function notAllZero(group: AbstractControl): ValidationErrors | null {
  const values = Object.values((group as FormGroup<WeightControls>).getRawValue());
  return values.every((v) => v === 0) ? { weightsAllZero: true } : null;
}

export function weightsForm(): WeightsForm {
  const controls = Object.fromEntries(
    MATCH_FACTORS.map((f) => [f, new FormControl<number | null>(null, [Validators.required, Validators.min(WEIGHT_MIN), Validators.max(WEIGHT_MAX)])]),
  ) as WeightControls;
  return new FormGroup({ weights: new FormGroup(controls, { validators: notAllZero }) });
}

/** The weights as the API takes them (a valid form). */
export function weightsOf(form: WeightsForm): MatchWeights {
  const raw = form.controls.weights.getRawValue();
  return Object.fromEntries(MATCH_FACTORS.map((f) => [f, Number(raw[f])])) as MatchWeights;
}
