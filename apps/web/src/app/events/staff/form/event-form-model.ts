import { Validators, type AbstractControl, type NonNullableFormBuilder, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type { EventInput, EventKind, FieldError } from '@miteinander/contracts';

/** Now on the county's clock as `yyyy-mm-ddThh:mm`, the format the event's times are written in. */
export function nowInBerlin(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

const sibling = (control: AbstractControl, name: string): string => (control.parent?.get(name)?.value as string | undefined) ?? '';

/** The whole number input gives a number or null. */
export function integerValidator(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || value === undefined || Number.isInteger(value) ? null : { integer: true };
}

/** The start (day + time) must lie in the future; said at the time when the day is today, else at the day. */
const startInFuture =
  (part: 'date' | 'startTime', now: () => string): ValidatorFn =>
  (control) => {
    const date = part === 'date' ? (control.value as string) : sibling(control, 'date');
    const time = part === 'startTime' ? (control.value as string) : sibling(control, 'startTime');
    if (!date) return null;
    const today = now().slice(0, 10);
    if (part === 'date') return date < today ? { inPast: true } : null;
    return time && date === today && `${date}T${time}` <= now() ? { inPast: true } : null;
  };

const endAfterStart: ValidatorFn = (control) => {
  const end = control.value as string;
  const start = sibling(control, 'startTime');
  return end && start && end <= start ? { endBeforeStart: true } : null;
};

const deadlineRule =
  (now: () => string): ValidatorFn =>
  (control) => {
    const deadline = control.value as string;
    if (!deadline) return null;
    const eventDate = sibling(control, 'date');
    if (eventDate && deadline > eventDate) return { deadlineAfterEvent: true };
    return deadline < now().slice(0, 10) ? { deadlinePassed: true } : null;
  };

/**
 * Control names are the contract's field names where they match, so the server's field errors land on them; the
 * start is split into a day and a time (two native inputs), the end is a time on the same day.
 */
export function eventForm(fb: NonNullableFormBuilder, now: () => string = nowInBerlin) {
  return fb.group({
    kind: fb.control<EventKind>('award_ceremony', Validators.required),
    title: fb.control('', [Validators.required, Validators.maxLength(200)]),
    date: fb.control('', [Validators.required, startInFuture('date', now)]),
    startTime: fb.control('', [Validators.required, startInFuture('startTime', now)]),
    endTime: fb.control('', [endAfterStart]),
    venueName: fb.control('', [Validators.required, Validators.maxLength(200)]),
    venueAddress: fb.control('', [Validators.required, Validators.maxLength(500)]),
    accessibility: fb.control('', [Validators.maxLength(2000)]),
    capacity: fb.control<number | null>(null, [Validators.required, Validators.min(1), Validators.max(100000), integerValidator]),
    rsvpDeadline: fb.control('', [Validators.required, deadlineRule(now)]),
    plusOnesAllowed: fb.control(false),
    descriptionDe: fb.control('', [Validators.maxLength(10000)]),
    descriptionEn: fb.control('', [Validators.maxLength(10000)]),
  });
}

export type EventForm = ReturnType<typeof eventForm>;

/** Checks the rules that look at other fields again when one of those fields changes. */
export function linkDependentChecks(form: EventForm): void {
  const again = (name: keyof EventForm['controls']) => form.controls[name].updateValueAndValidity({ emitEvent: false });
  form.controls.date.valueChanges.subscribe(() => {
    again('startTime');
    again('rsvpDeadline');
  });
  form.controls.startTime.valueChanges.subscribe(() => {
    again('date');
    again('endTime');
  });
}

export function fillEventForm(form: EventForm, input: EventInput): void {
  form.reset({
    kind: input.kind,
    title: input.title,
    date: input.startsAt.slice(0, 10),
    startTime: input.startsAt.slice(11, 16),
    endTime: input.endsAt ? input.endsAt.slice(11, 16) : '',
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    accessibility: input.accessibility,
    capacity: input.capacity,
    rsvpDeadline: input.rsvpDeadline,
    plusOnesAllowed: input.plusOnesAllowed,
    descriptionDe: input.descriptionDe,
    descriptionEn: input.descriptionEn,
  });
}

/** The request body: day and times combined to `yyyy-mm-ddThh:mm`. */
export function eventInput(form: EventForm): EventInput {
  const v = form.getRawValue();
  return {
    kind: v.kind,
    title: v.title.trim(),
    startsAt: `${v.date}T${v.startTime}`,
    endsAt: v.endTime ? `${v.date}T${v.endTime}` : null,
    venueName: v.venueName.trim(),
    venueAddress: v.venueAddress.trim(),
    accessibility: v.accessibility.trim(),
    capacity: v.capacity ?? 0,
    rsvpDeadline: v.rsvpDeadline,
    plusOnesAllowed: v.plusOnesAllowed,
    descriptionDe: v.descriptionDe.trim(),
    descriptionEn: v.descriptionEn.trim(),
  };
}

/** The server names the combined fields; show their problems at the inputs people typed them in. */
export function toFormFields(errors: readonly FieldError[]): FieldError[] {
  const map: Record<string, string> = { startsAt: 'date', endsAt: 'endTime' };
  return errors.map((e) => ({ ...e, field: map[e.field] ?? e.field }));
}
