import { ChangeDetectorRef, computed, effect, inject, signal, type Signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

/**
 * For OnPush components that get a form control as an input: re-render whenever the control (or a
 * child of it) changes value, validity or touched state — also when the parent form resets it or sets
 * the server's errors on it — and expose its value as a signal. Injection context only.
 */
export function trackControl<T>(control: () => AbstractControl<T>): Signal<T> {
  const changeDetector = inject(ChangeDetectorRef);
  const version = signal(0);
  effect((onCleanup) => {
    const subscription = control().events.subscribe(() => {
      version.update((n) => n + 1);
      changeDetector.markForCheck();
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return computed(() => {
    version();
    return control().value;
  });
}
