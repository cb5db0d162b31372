import { DestroyRef, inject, signal, type Signal } from '@angular/core';

/** Whether a CSS media query matches, kept up to date (window.matchMedia; no CDK layout module in the shell). */
export function mediaQuerySignal(query: string): Signal<boolean> {
  const media = window.matchMedia(query);
  const matches = signal(media.matches);
  const update = (event: MediaQueryListEvent) => matches.set(event.matches);
  media.addEventListener('change', update);
  inject(DestroyRef).onDestroy(() => media.removeEventListener('change', update));
  return matches.asReadonly();
}
