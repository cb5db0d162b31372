import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

/** Validator names whose texts live in the events translations rather than the common `validation.*`. */
const EVENT_KEYS: Record<string, string> = {
  min: 'eventsStaff.validation.min',
  max: 'eventsStaff.validation.max',
  integer: 'eventsStaff.validation.integer',
  inPast: 'eventsStaff.validation.inPast',
  endBeforeStart: 'eventsStaff.validation.endBeforeStart',
  deadlineAfterEvent: 'eventsStaff.validation.deadlineAfterEvent',
  deadlinePassed: 'eventsStaff.validation.deadlinePassed',
  period: 'eventsStaff.validation.period',
  pickVolunteer: 'eventsStaff.validation.pickVolunteer',
};

/** Inside <mat-error>: the server's text first, else the translated text of the control's first validator error. */
@Component({
  selector: 'app-event-field-error',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (text(); as t) {
    {{ t.server ?? (t.key! | translate: t.params) }}
  }`,
})
export class EventFieldError {
  readonly errors = input<ValidationErrors | null | undefined>();
  protected readonly text = computed(() => {
    const errors = this.errors();
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return { server: errors['server'] as string };
    const [name] = Object.keys(errors);
    if (!name) return null;
    const details: unknown = errors[name];
    const params = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
    return { key: EVENT_KEYS[name] ?? `validation.${name}`, params };
  });
}
