import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, ElementRef, computed, inject, input, signal, viewChild, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CheckInCounts, CheckInResult, DoorListEntry } from '@miteinander/contracts';
import { normalizeAdmissionCode } from '@miteinander/domain-events';
import { toApiProblem } from '../../core/api/api-problem';
import { LanguageStore } from '../../core/i18n/language-store';
import { EventsApi } from '../shared/events-api';
import { EventWhenPipe } from '../public/event-when';
import { CheckInQueue, type CheckInAttempt } from './check-in-queue';
import { duplicateOutcome, notACodeOutcome, offlineOutcomeOf, outcomeOf, queuedOutcome, refusedOutcome, type CheckInOutcome } from './check-in-outcome';
import { CheckInResultPanel, clockTime } from './check-in-result';
import { countsFromList, withArrival, withQueued } from './door-counts';
import { DoorListStore } from './door-list-store';
import { DoorStorage } from './door-storage';
import { OnlineStatus } from './online-status';
import { QrScanner } from './qr-scanner';

const POLL_EVERY_MS = 10_000;
/** More hits than fit on a phone screen help nobody: type more of the name. */
const MAX_HITS = 15;

interface EventHeader {
  title: string;
  startsAt: string;
  endsAt: string | null;
}

/** A check-in that reached the server after being queued, but was not accepted (unknown code, withdrawn invitation …). */
interface SyncProblem {
  clientRef: string | null;
  name: string | null;
  message: string;
}

/**
 * /events/:id/check-in — the page coordinators hold at the door: live counts on top, then the answer to the last
 * scan, the camera, a code field (also for hardware scanners that type and press Enter) and the name search.
 * Works without a connection: the door list and the check-ins are kept on the phone and sent when it is back.
 */
@Component({
  selector: 'app-check-in-page',
  imports: [
    FormsModule,
    MatAnchor,
    MatButton,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressBar,
    RouterLink,
    TranslatePipe,
    EventWhenPipe,
    CheckInResultPanel,
    QrScanner,
  ],
  providers: [DoorListStore, CheckInQueue],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
})
export class CheckInPage implements OnInit {
  /** From the route: /events/:id/check-in. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly storage = inject(DoorStorage);
  private readonly translate = inject(TranslateService);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore);
  protected readonly list = inject(DoorListStore);
  protected readonly queue = inject(CheckInQueue);
  private readonly network = inject(OnlineStatus);
  protected readonly online = this.network.online;

  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');
  private readonly searchInput = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');

  protected readonly event = signal<EventHeader | null>(null);
  protected readonly eventMissing = signal(false);
  protected readonly outcome = signal<CheckInOutcome | null>(null);
  protected readonly busy = signal(false);
  protected readonly syncProblems = signal<SyncProblem[]>([]);
  protected readonly lastSynced = signal(0);
  protected code = '';
  protected readonly query = signal('');

  private readonly serverCounts = signal<CheckInCounts | null>(null);
  protected readonly counts = computed(() => {
    const queued = this.queue.pending();
    const server = this.serverCounts();
    if (server) return withQueued(server, queued, (id) => this.list.find(id));
    // Never reached the server: the door list already shows the queued name-search check-ins, codes come on top.
    return withQueued(countsFromList(this.list.entries()), queued.filter((q) => q.code), () => undefined);
  });

  protected readonly hits = computed(() => (this.query().trim().length < 2 ? null : this.list.search(this.query())));
  protected readonly shownHits = computed(() => this.hits()?.slice(0, MAX_HITS) ?? []);

  ngOnInit(): void {
    const id = this.id();
    this.loadEvent(id);
    this.serverCounts.set(this.storage.read<CheckInCounts>(`counts.${id}`));
    this.list.start(id);
    this.queue.start(id);
    this.queue.synced.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((results) => this.onSynced(results));
    this.pollCounts();
    const timer = this.window?.setInterval(() => this.pollCounts(), POLL_EVERY_MS);
    this.destroyRef.onDestroy(() => this.window?.clearInterval(timer));
  }

  protected onScan(text: string): void {
    this.checkInCode(text);
  }

  protected submitCode(): void {
    const text = this.code.trim();
    if (!text) return;
    this.code = '';
    this.checkInCode(text);
    // Ready for the next code (a hardware scanner types straight on).
    this.codeInput().nativeElement.focus();
  }

  protected checkInPerson(entry: DoorListEntry): void {
    const waiting = this.queue.waiting({ invitationId: entry.invitationId });
    if (waiting) this.show(duplicateOutcome(entry.name));
    else if (entry.checkedInAt) this.show(offlineOutcomeOf(entry));
    else this.send({ invitationId: entry.invitationId }, entry);
    // The row's button is gone now; the search is where the next name goes.
    this.searchInput().nativeElement.focus();
    this.searchInput().nativeElement.select();
  }

  protected checkedInTime(instant: string): string {
    return clockTime(instant, this.language.current());
  }

  protected dismissProblems(): void {
    this.syncProblems.set([]);
  }

  private checkInCode(text: string): void {
    const code = normalizeAdmissionCode(text);
    if (!code) {
      this.show(notACodeOutcome());
      return;
    }
    this.send({ code }, null);
  }

  private send(request: { code: string } | { invitationId: string }, entry: DoorListEntry | null): void {
    this.busy.set(true);
    this.queue.checkIn(request).subscribe((attempt) => {
      this.busy.set(false);
      this.show(this.outcomeOfAttempt(attempt, entry));
    });
  }

  private outcomeOfAttempt(attempt: CheckInAttempt, entry: DoorListEntry | null): CheckInOutcome {
    switch (attempt.kind) {
      case 'sent':
        this.arrived(attempt.result);
        return outcomeOf(attempt.result);
      case 'queued':
        if (!entry) return queuedOutcome();
        this.list.markCheckedIn(entry.invitationId, attempt.entry.scannedAt);
        return offlineOutcomeOf(entry);
      case 'duplicate':
        return duplicateOutcome(entry?.name ?? null);
      case 'refused':
        return refusedOutcome(toApiProblem(attempt.error, this.translate).message);
    }
  }

  private onSynced(results: CheckInResult[]): void {
    results.forEach((result) => this.arrived(result));
    this.lastSynced.set(results.length);
    const problems = results.filter((r) => !r.ok).map((r) => ({ clientRef: r.clientRef, name: r.name, message: r.message ?? (this.translate.instant('eventsDoor.result.unknownCode') as string) }));
    if (problems.length) this.syncProblems.update((known) => [...known, ...problems]);
  }

  /** The server's answer: the door list and the counts show it before the next poll. */
  private arrived(result: CheckInResult): void {
    this.list.apply(result);
    const counts = this.serverCounts();
    if (counts) this.serverCounts.set(withArrival(counts, result));
  }

  private show(outcome: CheckInOutcome): void {
    this.outcome.set(outcome);
  }

  // Also tried while offline: a cheap request is how the page notices the connection is back.
  private pollCounts(): void {
    const id = this.id();
    this.api.counts(id).subscribe({
      next: (counts) => {
        this.network.reached();
        this.serverCounts.set(counts);
        this.storage.write(`counts.${id}`, counts);
      },
      // Offline or a hiccup: the last counts stay, the next poll tries again.
      error: (e: unknown) => {
        if (e instanceof HttpErrorResponse && e.status === 0) this.network.lost();
      },
    });
  }

  private loadEvent(id: string): void {
    const key = `event.${id}`;
    this.event.set(this.storage.read<EventHeader>(key));
    this.api.get(id).subscribe({
      next: (view) => {
        const header: EventHeader = { title: view.title, startsAt: view.startsAt, endsAt: view.endsAt ?? null };
        this.event.set(header);
        this.storage.write(key, header);
      },
      error: (e: unknown) => {
        if (e instanceof HttpErrorResponse && e.status === 404) this.eventMissing.set(true);
      },
    });
  }
}
