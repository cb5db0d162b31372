import { Injectable, computed, inject, signal } from '@angular/core';
import type { CheckInResult, DoorListEntry } from '@miteinander/contracts';
import { EventsApi } from '../shared/events-api';
import { DoorStorage } from './door-storage';

interface CachedList {
  loadedAt: string;
  entries: DoorListEntry[];
  /** Invitations marked checked in on this phone whose check-in the server has not confirmed yet. */
  unconfirmed?: string[];
}

/** Case, accents and extra spaces do not matter when searching a name ("Müller" = "muller"). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Everyone who may come to one event, for the name search at the door. Loaded once per visit and kept on the phone,
 * so the search still works when the hall has no reception; check-ins made here are written into it at once.
 */
@Injectable()
export class DoorListStore {
  private readonly api = inject(EventsApi);
  private readonly storage = inject(DoorStorage);
  private eventId = '';
  private unconfirmed = new Set<string>();

  readonly entries = signal<DoorListEntry[]>([]);
  /** When the list on the phone was fetched from the server (null: never). */
  readonly loadedAt = signal<string | null>(null);
  readonly loading = signal(false);
  /** The last load failed: the list shown (if any) is the stored one. */
  readonly loadFailed = signal(false);

  private readonly keyed = computed(() => this.entries().map((entry) => ({ entry, key: searchKey(`${entry.name} ${entry.plusOneName ?? ''}`) })));

  start(eventId: string): void {
    this.eventId = eventId;
    const cached = this.storage.read<CachedList>(this.storageKey());
    if (cached) {
      this.entries.set(cached.entries);
      this.loadedAt.set(cached.loadedAt);
      this.unconfirmed = new Set(cached.unconfirmed ?? []);
    }
    this.reload();
  }

  reload(): void {
    this.loading.set(true);
    this.api.doorList(this.eventId).subscribe({
      next: (entries) => {
        this.loading.set(false);
        this.loadFailed.set(false);
        this.entries.set(this.keepLocalCheckIns(entries));
        this.loadedAt.set(new Date().toISOString());
        this.persist();
      },
      error: () => {
        this.loading.set(false);
        this.loadFailed.set(true);
      },
    });
  }

  find(invitationId: string): DoorListEntry | undefined {
    return this.entries().find((entry) => entry.invitationId === invitationId);
  }

  /** Everyone whose name (or plus-one's name) contains every word typed, by name. */
  search(query: string): DoorListEntry[] {
    const words = searchKey(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    return this.keyed()
      .filter(({ key }) => words.every((word) => key.includes(word)))
      .map(({ entry }) => entry)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  /** A check-in recorded on this phone (sent or still queued): the person shows as checked in. */
  markCheckedIn(invitationId: string, at: string): void {
    if (!this.find(invitationId)?.checkedInAt) this.unconfirmed.add(invitationId);
    this.update(invitationId, (entry) => (entry.checkedInAt ? entry : { ...entry, checkedInAt: at }));
  }

  /** What the server answered: its time (the first check-in's) replaces the phone's. */
  apply(result: CheckInResult): void {
    if (!result.invitationId) return;
    const { invitationId, checkedInAt } = result;
    const wasUnconfirmed = this.unconfirmed.delete(invitationId);
    if (!checkedInAt) {
      // Refused (e.g. cancelled, withdrawn): undo the mark this phone made.
      if (wasUnconfirmed) this.update(invitationId, (entry) => ({ ...entry, checkedInAt: null }));
      return;
    }
    if (!this.find(invitationId)) {
      // Someone added to the list after it was loaded: known now from the scan.
      if (!result.name || !result.status) return;
      const added: DoorListEntry = { invitationId, name: result.name, status: result.status, plusOne: result.plusOne, plusOneName: null, checkedInAt };
      this.entries.update((entries) => [...entries, added]);
      this.persist();
      return;
    }
    this.update(invitationId, (entry) => ({ ...entry, checkedInAt }));
  }

  private update(invitationId: string, change: (entry: DoorListEntry) => DoorListEntry): void {
    this.entries.update((entries) => entries.map((entry) => (entry.invitationId === invitationId ? change(entry) : entry)));
    this.persist();
  }

  // A fresh list from the server does not know yet of check-ins still waiting in this phone's queue.
  private keepLocalCheckIns(fresh: DoorListEntry[]): DoorListEntry[] {
    const local = new Map(this.entries().filter((e) => e.checkedInAt && this.unconfirmed.has(e.invitationId)).map((e) => [e.invitationId, e.checkedInAt]));
    return fresh.map((entry) => {
      if (entry.checkedInAt) this.unconfirmed.delete(entry.invitationId);
      return entry.checkedInAt || !local.has(entry.invitationId) ? entry : { ...entry, checkedInAt: local.get(entry.invitationId)! };
    });
  }

  private persist(): void {
    this.storage.write(this.storageKey(), { loadedAt: this.loadedAt() ?? new Date().toISOString(), entries: this.entries(), unconfirmed: [...this.unconfirmed] } satisfies CachedList);
  }

  private storageKey(): string {
    return `list.${this.eventId}`;
  }
}
