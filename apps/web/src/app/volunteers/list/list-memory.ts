import { Injectable, signal } from '@angular/core';
import type { Params } from '@angular/router';

/** The volunteer list's filters as last seen, so "back to the list" from a profile returns to the same filtered list. */
@Injectable({ providedIn: 'root' })
export class VolunteerListMemory {
  readonly params = signal<Params>({});
}
