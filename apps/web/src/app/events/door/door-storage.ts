import { DOCUMENT, Injectable, inject } from '@angular/core';

const PREFIX = 'miteinander.door.';

/**
 * What the door page keeps on the phone (door list, queued check-ins), as JSON in localStorage, one key per event.
 * Storage can be unavailable or full (privacy modes); the page then still works while it stays open.
 */
@Injectable({ providedIn: 'root' })
export class DoorStorage {
  private readonly document = inject(DOCUMENT);

  read<T>(key: string): T | null {
    try {
      const text = this.storage()?.getItem(PREFIX + key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  }

  write(key: string, value: unknown): void {
    try {
      this.storage()?.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Full or blocked: the data stays in memory for this visit.
    }
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}
