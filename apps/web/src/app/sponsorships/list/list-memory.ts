import { Injectable, signal } from '@angular/core';
import type { Params } from '@angular/router';

/** The sponsorship list's view and filters as last seen, so "back to the list" returns to the same list. */
@Injectable({ providedIn: 'root' })
export class SponsorshipListMemory {
  readonly params = signal<Params>({});
}
