import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CHECK_IN_STATES, type CreateSponsorshipRequest, type SponsorshipView } from '@miteinander/contracts';
import { Subject, catchError, map, merge, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { SponsorshipListMemory } from '../list/list-memory';
import { RequestForm } from '../request/request-form';
import { waitingKey } from '../shared/days';
import { NextCheckIn } from '../shared/next-check-in';
import { StateChip } from '../shared/state-chip';
import { SponsorshipsApi } from '../sponsorships-api';
import { CheckInDialog } from './check-in-dialog';
import { CheckInList } from './check-in-list';
import { NextStepPanel } from './next-step-panel';
import { RequestDetails } from './request-details';
import { StepDialog, type StepDialogData } from './step-dialog';
import type { Step } from './steps';
import { TransitionTimeline } from './transition-timeline';

/** One sponsorship for coordinators: the request (editable), the next step, who is involved, the talks and the history. */
@Component({
  selector: 'app-sponsorship-detail-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    CheckInList,
    NextCheckIn,
    NextStepPanel,
    RequestDetails,
    RequestForm,
    StateChip,
    TransitionTimeline,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sponsorship-detail-page.html',
  styleUrl: './sponsorship-detail-page.scss',
})
export class SponsorshipDetailPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(SponsorshipsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);
  /** Back to the list as it was. */
  protected readonly listParams = inject(SponsorshipListMemory).params;

  protected readonly waitingKey = waitingKey;
  protected readonly sponsorship = signal<SponsorshipView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal(false);
  protected readonly canRecordCheckIn = computed(() => {
    const s = this.sponsorship();
    return !!s && CHECK_IN_STATES.includes(s.state);
  });

  private readonly reloads = new Subject<void>();
  protected readonly update = (changes: CreateSponsorshipRequest) => {
    const { kind: _kind, ...rest } = changes;
    return this.api.update(this.id(), rest);
  };

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.notFound.set(false);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            map((sponsorship) => ({ sponsorship, error: null as unknown })),
            catchError((error: unknown) => of({ sponsorship: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ sponsorship, error }) => {
        this.loading.set(false);
        if (sponsorship) {
          if (sponsorship.id !== this.sponsorship()?.id) this.editing.set(false);
          this.sponsorship.set(sponsorship);
        }
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.sponsorship.set(null);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected onEdited(sponsorship: SponsorshipView): void {
    this.sponsorship.set(sponsorship);
    this.editing.set(false);
    this.notice.set(this.translate.instant('sponsorships.detail.saved') as string);
    this.focus('#request-heading');
  }

  protected openStep(step: Step): void {
    const sponsorship = this.sponsorship();
    if (!sponsorship) return;
    this.notice.set(null);
    const data: StepDialogData = { sponsorship, step, stale: () => this.reloads.next() };
    this.dialog
      .open<StepDialog, StepDialogData, SponsorshipView>(StepDialog, { data, width: '34rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (step.kind === 'rematch') {
          void this.router.navigate(['/sponsorships', result.id]);
          this.notice.set(this.translate.instant('sponsorships.detail.rematched') as string);
          return;
        }
        this.sponsorship.set(result);
        const state = this.translate.instant(`sponsorships.states.${result.state}`) as string;
        this.notice.set(this.translate.instant('sponsorships.detail.moved', { state }) as string);
        this.focus('#next-step-heading');
      });
  }

  protected recordCheckIn(): void {
    const sponsorship = this.sponsorship();
    if (!sponsorship) return;
    this.notice.set(null);
    this.dialog
      .open<CheckInDialog, SponsorshipView, SponsorshipView>(CheckInDialog, { data: sponsorship, width: '34rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.sponsorship.set(result);
        this.notice.set(this.translate.instant('sponsorships.checkIns.recorded') as string);
        this.focus('#check-ins-heading');
      });
  }

  /** The button that opened a dialog may be gone afterwards (the steps changed): keyboard users continue at the card's heading. */
  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
