import { effect, linkedSignal, type Signal, type WritableSignal } from '@angular/core';
import type { HourEntryView } from '@miteinander/contracts';
import type { VolunteerChoice } from '../data/hour-lookups-api';

/**
 * The volunteer filter of an hour list, following `?volunteerId=…` (links from a profile or the start page) and
 * keeping the name once known while the id stays the same. A volunteer known only by the id gets the name from the
 * first entry listed; `entries` is read lazily because the list itself depends on this filter.
 */
export function volunteerFromUrl(volunteerId: Signal<string | undefined>, entries: () => readonly HourEntryView[]): WritableSignal<VolunteerChoice | null> {
  const volunteer = linkedSignal<string | undefined, VolunteerChoice | null>({
    source: volunteerId,
    computation: (id, previous) => {
      if (!id) return null;
      return previous?.value?.id === id ? previous.value : { id, name: '' };
    },
  });
  effect(() => {
    const chosen = volunteer();
    if (!chosen || chosen.name) return;
    const name = entries().find((entry) => entry.volunteerId === chosen.id)?.volunteerName;
    if (name) volunteer.set({ id: chosen.id, name });
  });
  return volunteer;
}
