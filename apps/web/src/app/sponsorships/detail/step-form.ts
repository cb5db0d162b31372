import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type { EndReason, SponsorshipTransitionRequest, SponsorshipView } from '@miteinander/contracts';
import { TRIAL_WEEKS_MAX, TRIAL_WEEKS_MIN } from '@miteinander/domain-sponsorships';
import { todayInBerlin } from '../../volunteers/shared/calendar';
import { integer, notInFuture } from '../../volunteers/shared/date-validators';
import { choiceRequired } from '../shared/choice-required';
import type { Step } from './steps';

export const REASON_MAX = 500;
export const NOTE_MAX = 2000;

/** Only the fields a step needs, named like the API's, so the server's field errors land next to them. */
export interface StepControls {
  reason?: FormControl<string>;
  volunteerId?: FormControl<string>;
  introMeetingDate?: FormControl<string>;
  bothAgreed?: FormControl<boolean>;
  trialStart?: FormControl<string>;
  trialWeeks?: FormControl<number | null>;
  endDate?: FormControl<string>;
  endReason?: FormControl<EndReason | null>;
  closingNote?: FormControl<string>;
}

const requiredText = (max: number, min = 1) =>
  new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(min), Validators.maxLength(max)] });
const date = (...validators: ValidatorFn[]) => new FormControl(todayInBerlin(), { nonNullable: true, validators: [Validators.required, ...validators] });

/** The county's default trial length, should the sponsorship not say. */
const TRIAL_WEEKS_DEFAULT = 6;

/** "Other" needs a note saying what it was (re-checked when the reason changes). */
function noteForOther(control: AbstractControl<string>): ValidationErrors | null {
  const reason = control.parent?.get('endReason')?.value as EndReason | null | undefined;
  return reason === 'other' && !control.value.trim() ? { closingNoteRequired: true } : null;
}

export function stepForm(step: Step, sponsorship: SponsorshipView): FormGroup<StepControls> {
  switch (step.kind) {
    case 'decline':
      return new FormGroup<StepControls>({ reason: requiredText(REASON_MAX, 3) });
    case 'propose':
      return new FormGroup<StepControls>({ volunteerId: new FormControl('', { nonNullable: true, validators: choiceRequired('volunteerRequired') }) });
    case 'intro':
      return new FormGroup<StepControls>({ introMeetingDate: date() });
    case 'trial':
      return new FormGroup<StepControls>({
        // Never preset: contact details are shared from here on, so someone ticks it on purpose.
        bothAgreed: new FormControl(false, { nonNullable: true, validators: choiceRequired('agreementRequired') }),
        trialStart: date(),
        trialWeeks: new FormControl<number | null>(sponsorship.trialWeeks || TRIAL_WEEKS_DEFAULT, [
          Validators.required,
          Validators.min(TRIAL_WEEKS_MIN),
          Validators.max(TRIAL_WEEKS_MAX),
          integer,
        ]),
      });
    case 'close': {
      const endReason = new FormControl<EndReason | null>(null, Validators.required);
      const closingNote = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX), noteForOther] });
      endReason.valueChanges.subscribe(() => closingNote.updateValueAndValidity());
      return new FormGroup<StepControls>({ endDate: date(notInFuture), endReason, closingNote });
    }
    default:
      return new FormGroup<StepControls>({});
  }
}

/** The transition as the API takes it (a valid form). */
export function transitionOf(step: Step, form: FormGroup<StepControls>): SponsorshipTransitionRequest {
  const c = form.controls;
  const request: SponsorshipTransitionRequest = { to: step.to! };
  if (c.reason) request.reason = c.reason.value.trim();
  if (c.volunteerId) request.volunteerId = c.volunteerId.value;
  if (c.introMeetingDate) request.introMeetingDate = c.introMeetingDate.value;
  if (c.bothAgreed) request.bothAgreed = c.bothAgreed.value;
  if (c.trialStart) request.trialStart = c.trialStart.value;
  if (c.trialWeeks) request.trialWeeks = Number(c.trialWeeks.value);
  if (c.endDate) request.endDate = c.endDate.value;
  if (c.endReason?.value) request.endReason = c.endReason.value;
  if (c.closingNote?.value.trim()) request.closingNote = c.closingNote.value.trim();
  return request;
}
