import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MATCH_EXCLUSION_REASONS, type MatchCandidate, type MatchExclusionView, type MatchSuggestions, type SponsorshipView } from '@miteinander/contracts';
import { Subject, catchError, finalize, forkJoin, map, merge, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { pluralKey } from '../../sponsorships/shared/days';
import { StateChip } from '../../sponsorships/shared/state-chip';
import { MatchingApi } from '../matching-api';
import { CandidateCard } from './candidate-card';
import { ExcludeDialog, type ExcludeDialogData } from './exclude-dialog';

interface Loaded {
  sponsorship: SponsorshipView | null;
  suggestions: MatchSuggestions | null;
  error: unknown;
}

/** /matching/requests/:id: the best volunteers for one waiting request, why, and "propose" or "exclude". */
@Component({
  selector: 'app-suggestions-page',
  imports: [RouterLink, MatButton, MatIcon, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe, StateChip, CandidateCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suggestions-page.html',
  styleUrl: './suggestions-page.scss',
})
export class SuggestionsPage {
  /** Route parameter: the sponsorship (request). */
  readonly id = input.required<string>();

  private readonly api = inject(MatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly sponsorship = signal<SponsorshipView | null>(null);
  protected readonly suggestions = signal<MatchSuggestions | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notReady = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** After a proposal the request no longer waits: the page says so instead of listing candidates. */
  protected readonly proposed = signal(false);

  protected readonly countKey = computed(() => pluralKey('matching.suggestions.count', this.suggestions()?.candidates.length ?? 0));
  protected readonly constraintCounts = computed(() => {
    const counts = this.suggestions()?.excludedCounts ?? {};
    return MATCH_EXCLUSION_REASONS.filter((reason) => (counts[reason] ?? 0) > 0).map((reason) => ({ reason, count: counts[reason] ?? 0 }));
  });

  private readonly reloads = new Subject<void>();

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
        }),
        switchMap((id) =>
          forkJoin({
            sponsorship: this.api.sponsorship(id).pipe(catchError(() => of(null))),
            suggestions: this.api.suggestions(id),
          }).pipe(
            map(({ sponsorship, suggestions }): Loaded => ({ sponsorship, suggestions, error: null })),
            catchError((error: unknown) => this.api.sponsorship(id).pipe(
              map((sponsorship): Loaded => ({ sponsorship, suggestions: null, error })),
              catchError(() => of<Loaded>({ sponsorship: null, suggestions: null, error })),
            )),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ sponsorship, suggestions, error }) => {
        this.loading.set(false);
        this.sponsorship.set(sponsorship);
        this.suggestions.set(suggestions);
        this.notReady.set(null);
        this.notFound.set(false);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          if (problem.status === 409) this.notReady.set(problem.message);
          else if (problem.status === 404) this.notFound.set(true);
          else this.loadError.set(problem.message);
        }
      });
  }

  protected propose(candidate: MatchCandidate): void {
    this.notice.set(null);
    this.error.set(null);
    this.busy.set(true);
    this.api
      .propose(this.id(), candidate.volunteer.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (sponsorship) => {
          this.sponsorship.set(sponsorship);
          this.proposed.set(true);
          this.notice.set(this.translate.instant('matching.suggestions.proposed', { name: candidate.volunteer.name }) as string);
          this.focus('h1');
        },
        error: (e: unknown) => {
          this.error.set(toApiProblem(e, this.translate).message);
          this.reloads.next();
        },
      });
  }

  protected exclude(candidate: MatchCandidate): void {
    this.notice.set(null);
    this.error.set(null);
    const data: ExcludeDialogData = { sponsorshipId: this.id(), volunteer: { id: candidate.volunteer.id, name: candidate.volunteer.name } };
    this.dialog
      .open<ExcludeDialog, ExcludeDialogData, MatchExclusionView>(ExcludeDialog, { data, width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((exclusion) => {
        if (!exclusion) return;
        this.notice.set(this.translate.instant('matching.suggestions.excluded', { name: candidate.volunteer.name }) as string);
        this.reloads.next();
        this.focus('#candidates-heading');
      });
  }

  protected lift(exclusion: MatchExclusionView): void {
    this.notice.set(null);
    this.error.set(null);
    this.busy.set(true);
    this.api
      .removeExclusion(exclusion.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.notice.set(this.translate.instant('matching.suggestions.lifted', { name: exclusion.volunteer.name }) as string);
          this.reloads.next();
          this.focus('#exclusions-heading');
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  /** The button that was used may be gone afterwards: keyboard users continue at the section's heading. */
  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
