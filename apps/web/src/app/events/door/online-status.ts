import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Whether the phone has a connection, as the browser sees it (navigator.onLine and the online/offline events). */
@Injectable({ providedIn: 'root' })
export class OnlineStatus {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal(this.window?.navigator.onLine ?? true);

  readonly online = this.state.asReadonly();

  constructor() {
    const update = () => this.state.set(this.window?.navigator.onLine ?? true);
    this.window?.addEventListener('online', update);
    this.window?.addEventListener('offline', update);
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', update);
      this.window?.removeEventListener('offline', update);
    });
  }

  /** Marks the connection as lost when a request failed for lack of it, before the browser notices. */
  lost(): void {
    this.state.set(false);
  }

  /** A request went through: the connection is back, whatever the browser last reported. */
  reached(): void {
    this.state.set(true);
  }
}
