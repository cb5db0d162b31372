import { afterNextRender, type Injector } from '@angular/core';
import { FormGroup, type AbstractControl } from '@angular/forms';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';

/** After the errors are rendered (the field's invalid class is set then), focus the first field to fix. */
export function focusInvalidSoon(host: HTMLElement, injector: Injector): void {
  afterNextRender(() => focusFirstInvalid(host), { injector });
}

/**
 * Runs every validator again, which drops the server's errors from the last attempt: one of them may name a
 * field other than the one that was changed (e.g. "reduced hours above the yearly hours").
 */
export function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup) for (const child of Object.values(control.controls)) revalidate(child);
  control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
}
