import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MatchPair, MatchRoundProposal, MatchRoundView } from '@miteinander/contracts';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { pluralKey } from '../../sponsorships/shared/days';
import { MatchingApi } from '../matching-api';
import { FactorList } from '../shared/factor-list';
import { MatchingNav } from '../shared/matching-nav';
import { ScoreBar } from '../shared/score-bar';
import { UnservedList } from './unserved-list';

type RowStatus = { kind: 'accepted' } | { kind: 'failed'; message: string };

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** /matching/rounds/:id: the round's proposals to accept, keep or rule out for the next calculation, and who got none. */
@Component({
  selector: 'app-round-result-page',
  imports: [
    RouterLink,
    MatButton,
    MatCheckbox,
    MatIcon,
    MatProgressBar,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    FactorList,
    MatchingNav,
    ScoreBar,
    UnservedList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-result-page.html',
  styleUrl: './round-result-page.scss',
})
export class RoundResultPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(MatchingApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly columns = ['select', 'request', 'volunteer', 'score', 'factors', 'lock', 'excludePair', 'status'];
  protected readonly round = signal<MatchRoundView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** Sponsorship ids: proposals ticked for accepting, kept for the next calculation, or whose pair is left out of it. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly locked = signal<ReadonlySet<string>>(new Set());
  protected readonly excluded = signal<ReadonlySet<string>>(new Set());
  protected readonly statuses = signal<ReadonlyMap<string, RowStatus>>(new Map());

  protected readonly open = computed(() => (this.round()?.proposals ?? []).filter((p) => !this.isAccepted(p)));
  protected readonly chosen = computed(() => this.open().filter((p) => this.selected().has(p.sponsorship.id)));
  protected readonly allChosen = computed(() => this.open().length > 0 && this.chosen().length === this.open().length);
  protected readonly someChosen = computed(() => this.chosen().length > 0 && !this.allChosen());
  protected readonly lockCount = computed(() => this.open().filter((p) => this.locked().has(p.sponsorship.id)).length);
  protected readonly excludeCount = computed(() => this.open().filter((p) => this.excluded().has(p.sponsorship.id)).length);

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.notFound.set(false);
          this.statuses.set(new Map());
        }),
        switchMap((id) =>
          this.api.round(id).pipe(
            map((round) => ({ round, error: null as unknown })),
            catchError((error: unknown) => of({ round: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ round, error }) => {
        this.loading.set(false);
        this.show(round);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.notFound.set(problem.status === 404);
          if (problem.status !== 404) this.error.set(problem.message);
        }
      });
  }

  protected readonly pluralKey = pluralKey;

  protected isAccepted(p: MatchRoundProposal): boolean {
    return p.acceptedAt !== null || this.statuses().get(p.sponsorship.id)?.kind === 'accepted';
  }

  protected statusOf(p: MatchRoundProposal): RowStatus | null {
    if (p.acceptedAt !== null) return { kind: 'accepted' };
    return this.statuses().get(p.sponsorship.id) ?? null;
  }

  protected toggleSelected(id: string, on: boolean): void {
    this.selected.update((set) => toggled(set, id, on));
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(on ? new Set(this.open().map((p) => p.sponsorship.id)) : new Set());
  }

  /** Keeping a proposal and leaving its pair out contradict each other: one clears the other. */
  protected toggleLock(id: string, on: boolean): void {
    this.locked.update((set) => toggled(set, id, on));
    if (on) this.excluded.update((set) => toggled(set, id, false));
  }

  protected toggleExcluded(id: string, on: boolean): void {
    this.excluded.update((set) => toggled(set, id, on));
    if (on) this.locked.update((set) => toggled(set, id, false));
  }

  protected accept(): void {
    const round = this.round();
    this.error.set(null);
    this.notice.set(null);
    const ids = this.chosen().map((p) => p.sponsorship.id);
    if (!round || !ids.length) {
      this.error.set(this.translate.instant('matching.result.acceptChooseFirst') as string);
      return;
    }
    this.busy.set(true);
    this.api
      .accept(round.id, ids)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (result) => {
          const statuses = new Map(this.statuses());
          for (const id of result.accepted) statuses.set(id, { kind: 'accepted' });
          for (const failure of result.failed) statuses.set(failure.sponsorshipId, { kind: 'failed', message: failure.message });
          this.statuses.set(statuses);
          this.selected.set(new Set());
          const parts = [];
          const count = (key: string, n: number) => this.translate.instant(pluralKey(key, n), { count: n }) as string;
          if (result.accepted.length) parts.push(count('matching.result.acceptedNotice', result.accepted.length));
          if (result.failed.length) this.error.set(count('matching.result.failedNotice', result.failed.length));
          this.notice.set(parts.length ? parts.join(' ') : null);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  /** The same requests (those not accepted yet) again, with the kept proposals and without the excluded pairs. */
  protected rerun(): void {
    const round = this.round();
    if (!round) return;
    this.error.set(null);
    this.notice.set(null);
    const open = this.open();
    const pair = (p: MatchRoundProposal): MatchPair => ({ sponsorshipId: p.sponsorship.id, volunteerId: p.volunteer.id });
    const sponsorshipIds = [...open.map((p) => p.sponsorship.id), ...round.unserved.map((u) => u.sponsorship.id)];
    if (!sponsorshipIds.length) return;
    this.busy.set(true);
    this.api
      .runRound({
        sponsorshipIds,
        locks: open.filter((p) => this.locked().has(p.sponsorship.id)).map(pair),
        excludedPairs: open.filter((p) => this.excluded().has(p.sponsorship.id)).map(pair),
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (next) => {
          // Locks carry over by request; the new round's proposals say which of them it kept.
          void this.router.navigate(['/matching/rounds', next.id]);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  private show(round: MatchRoundView | null): void {
    this.round.set(round);
    this.selected.set(new Set());
    this.excluded.set(new Set());
    this.locked.set(new Set((round?.proposals ?? []).filter((p) => p.locked).map((p) => p.sponsorship.id)));
  }
}
