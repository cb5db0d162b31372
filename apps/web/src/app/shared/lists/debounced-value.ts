import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

/** A filter form's value once typing pauses, so a search does not fire on every key. Injection context only. */
export function debouncedValue<F extends FormGroup>(form: F, delayMs = 300): Signal<ReturnType<F['getRawValue']>> {
  const current = (): ReturnType<F['getRawValue']> => form.getRawValue();
  return toSignal(
    form.valueChanges.pipe(
      debounceTime(delayMs),
      map(current),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
    ),
    { initialValue: current() },
  );
}
