import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { SPONSORSHIP_KINDS, type MatchRoundRequest, type SponsorshipKind, type SponsorshipListItem } from '@miteinander/contracts';
import { catchError, finalize, of, startWith } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { MunicipalitiesApi } from '../../shared/municipalities-api';
import { MatchingApi } from '../matching-api';
import { MatchingNav } from '../shared/matching-nav';

/** /matching/rounds: which waiting requests take part (all, filtered, or ticked one by one), then run the round. */
@Component({
  selector: 'app-round-setup-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    MatchingNav,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-setup-page.html',
  styleUrl: './round-setup-page.scss',
})
export class RoundSetupPage {
  private readonly api = inject(MatchingApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly kinds = SPONSORSHIP_KINDS;
  protected readonly columns = ['select', 'name', 'kind', 'municipality', 'waiting'];
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly kind = new FormControl<SponsorshipKind | ''>('', { nonNullable: true });
  protected readonly municipalityId = new FormControl<string>('', { nonNullable: true });
  private readonly kindValue = toSignal(this.kind.valueChanges.pipe(startWith(this.kind.value)), { requireSync: true });
  private readonly municipalityValue = toSignal(this.municipalityId.valueChanges.pipe(startWith(this.municipalityId.value)), { requireSync: true });

  protected readonly requests = signal<SponsorshipListItem[]>([]);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = signal(true);
  protected readonly running = signal(false);
  protected readonly error = signal<string | null>(null);

  /** The requests the filters let through. */
  protected readonly shown = computed(() => {
    const kind = this.kindValue();
    const place = this.municipalityValue();
    return this.requests().filter((r) => (!kind || r.kind === kind) && (!place || String(r.municipalityId) === place));
  });
  protected readonly chosen = computed(() => this.shown().filter((r) => this.selected().has(r.id)));
  protected readonly allChosen = computed(() => this.shown().length > 0 && this.chosen().length === this.shown().length);
  protected readonly someChosen = computed(() => this.chosen().length > 0 && !this.allChosen());

  constructor() {
    this.api
      .readyToMatch()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (requests) => {
          this.requests.set(requests);
          // All of them take part unless the coordinator says otherwise.
          this.selected.set(new Set(requests.map((r) => r.id)));
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected toggle(id: string, on: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected toggleAll(on: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      for (const r of this.shown()) {
        if (on) next.add(r.id);
        else next.delete(r.id);
      }
      return next;
    });
  }

  protected run(): void {
    this.error.set(null);
    const chosen = this.chosen();
    if (!chosen.length) {
      this.error.set(this.translate.instant('matching.round.chooseFirst') as string);
      return;
    }
    // Everything the filters show: the server takes every such request (also beyond the first 100 listed here).
    const kind = this.kindValue();
    const place = this.municipalityValue();
    const request: MatchRoundRequest = this.allChosen()
      ? { ...(kind ? { kind } : {}), ...(place ? { municipalityId: Number(place) } : {}) }
      : { sponsorshipIds: chosen.map((r) => r.id) };
    this.running.set(true);
    this.api
      .runRound(request)
      .pipe(finalize(() => this.running.set(false)))
      .subscribe({
        next: (round) => void this.router.navigate(['/matching/rounds', round.id]),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
