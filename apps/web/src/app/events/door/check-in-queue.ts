import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { CheckInRequest, CheckInResult } from '@miteinander/contracts';
import { Subject, catchError, map, of, type Observable } from 'rxjs';
import { EventsApi } from '../shared/events-api';
import { DoorStorage } from './door-storage';
import { OnlineStatus } from './online-status';

/** A check-in recorded on this phone and not confirmed by the server yet. */
export interface QueuedCheckIn {
  clientRef: string;
  scannedAt: string;
  /** The normalised admission code, or the invitation picked in the name search. */
  code?: string;
  invitationId?: string;
}

/** What became of one check-in right away. */
export type CheckInAttempt =
  | { kind: 'sent'; result: CheckInResult }
  | { kind: 'queued'; entry: QueuedCheckIn }
  /** The same code or person is already waiting in the queue: scanned twice while offline. */
  | { kind: 'duplicate'; entry: QueuedCheckIn }
  /** The server refused the request itself (not a connection problem): nothing is kept. */
  | { kind: 'refused'; error: unknown };

const SYNC_EVERY_MS = 15_000;
/** The API takes up to 500 per batch; smaller batches finish sooner on a weak connection. */
const BATCH_SIZE = 100;

/** No answer for lack of a connection (or a server that is down or restarting, or a signed-out session): try again later. */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status === 401 || error.status === 403 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** The answer shown for a queued check-in the server refused outright: not taken, with the server's reason. */
function refusedResult(entry: QueuedCheckIn, error: unknown): CheckInResult {
  const message = error instanceof HttpErrorResponse ? ((error.error as { message?: string } | null)?.message ?? null) : null;
  return { ok: false, clientRef: entry.clientRef, invitationId: entry.invitationId ?? null, name: null, status: null, plusOne: false, checkedInAt: null, alreadyCheckedIn: false, message };
}

/**
 * The door's check-ins, also without a connection. Each one is written to the phone first (with its own clientRef, so
 * the server recognises a re-sent entry, and the time of the scan, so the attendance list shows when people came),
 * then sent. What could not be sent stays and goes in batches when the phone is back online and every 15 seconds.
 */
@Injectable()
export class CheckInQueue {
  private readonly api = inject(EventsApi);
  private readonly storage = inject(DoorStorage);
  private readonly network = inject(OnlineStatus);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly destroyRef = inject(DestroyRef);
  private eventId = '';
  private syncing = false;

  private readonly entries = signal<QueuedCheckIn[]>([]);
  readonly pending = this.entries.asReadonly();
  readonly pendingCount = computed(() => this.entries().length);
  /** Every answer to a queued check-in once it reached the server, for the door list and the counts. */
  readonly synced = new Subject<CheckInResult[]>();

  constructor() {
    // Back online: send at once rather than at the next tick.
    effect(() => {
      if (this.network.online()) untracked(() => this.sync());
    });
  }

  start(eventId: string): void {
    this.eventId = eventId;
    this.entries.set(this.storage.read<QueuedCheckIn[]>(this.storageKey()) ?? []);
    const timer = this.window?.setInterval(() => this.sync(), SYNC_EVERY_MS);
    this.destroyRef.onDestroy(() => this.window?.clearInterval(timer));
    this.sync();
  }

  /** The queued entry for this code or invitation, if it is already waiting. */
  waiting(request: { code?: string; invitationId?: string }): QueuedCheckIn | undefined {
    return this.entries().find((e) => (request.code && e.code === request.code) || (request.invitationId && e.invitationId === request.invitationId));
  }

  /** Records one check-in and sends it when possible. */
  checkIn(request: { code: string } | { invitationId: string }): Observable<CheckInAttempt> {
    const known = this.waiting(request);
    if (known) return of({ kind: 'duplicate', entry: known });
    const entry: QueuedCheckIn = { ...request, clientRef: crypto.randomUUID(), scannedAt: new Date().toISOString() };
    // Kept before sending: a reload or a dropped connection mid-request loses nothing.
    this.save([...this.entries(), entry]);
    if (!this.network.online()) return of({ kind: 'queued', entry });
    return this.api.checkIn(this.eventId, this.requestOf(entry)).pipe(
      map((result): CheckInAttempt => {
        this.network.reached();
        this.drop([entry.clientRef]);
        return { kind: 'sent', result };
      }),
      catchError((error: unknown) => {
        if (worthRetrying(error)) {
          if (error instanceof HttpErrorResponse && error.status === 0) this.network.lost();
          return of<CheckInAttempt>({ kind: 'queued', entry });
        }
        this.drop([entry.clientRef]);
        return of<CheckInAttempt>({ kind: 'refused', error });
      }),
    );
  }

  /** Sends what is waiting, oldest first, one batch at a time; tries even while the browser still reports offline. */
  sync(): void {
    if (this.syncing || !this.entries().length || !this.eventId) return;
    this.syncing = true;
    this.sendNextBatch();
  }

  private sendNextBatch(): void {
    const batch = this.entries().slice(0, BATCH_SIZE);
    if (!batch.length) {
      this.syncing = false;
      return;
    }
    this.api.checkInBatch(this.eventId, { items: batch.map((e) => this.requestOf(e)) }).subscribe({
      next: ({ results }) => {
        this.network.reached();
        this.drop(batch.map((e) => e.clientRef));
        this.synced.next(results);
        this.sendNextBatch();
      },
      error: (error: unknown) => {
        this.syncing = false;
        if (error instanceof HttpErrorResponse && error.status === 0) this.network.lost();
        // A batch the server refuses as a whole (400) would block the queue for good: its entries go one by one,
        // so only the one the server cannot take is given up (and shown as not taken), the others still count.
        else if (!worthRetrying(error)) this.sendSingly(batch);
      },
    });
  }

  private sendSingly(batch: QueuedCheckIn[]): void {
    const [entry, ...rest] = batch;
    if (!entry) return;
    this.api.checkIn(this.eventId, this.requestOf(entry)).subscribe({
      next: (result) => {
        this.drop([entry.clientRef]);
        this.synced.next([result]);
        this.sendSingly(rest);
      },
      error: (error: unknown) => {
        if (worthRetrying(error)) return;
        this.drop([entry.clientRef]);
        this.synced.next([refusedResult(entry, error)]);
        this.sendSingly(rest);
      },
    });
  }

  private requestOf(entry: QueuedCheckIn): CheckInRequest {
    const target = entry.code ? { code: entry.code } : { invitationId: entry.invitationId };
    return { ...target, scannedAt: entry.scannedAt, clientRef: entry.clientRef };
  }

  private drop(clientRefs: string[]): void {
    const gone = new Set(clientRefs);
    this.save(this.entries().filter((e) => !gone.has(e.clientRef)));
  }

  private save(entries: QueuedCheckIn[]): void {
    this.entries.set(entries);
    this.storage.write(this.storageKey(), entries);
  }

  private storageKey(): string {
    return `queue.${this.eventId}`;
  }
}
