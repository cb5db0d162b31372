import { DOCUMENT, ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CardApplicationView, CardConfirmationView, CardSummary } from '@miteinander/contracts';
import { Subject, catchError, filter, finalize, map, merge, of, switchMap, tap, type Observable } from 'rxjs';
import { toApiProblem, type ApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { saveFile } from '../../../hours/data/save-file';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { HoursPipe } from '../../../hours/shared/hours.pipe';
import { CardsStaffApi } from '../cards-staff-api';
import { CardsNav } from '../shared/cards-nav';
import { EuroPipe } from '../shared/card-text';
import { ReasonDialog, type ReasonDialogData } from '../shared/reason-dialog';
import { CardStatusChip } from '../shared/status-chip';
import { EligibilityPanel } from './eligibility-panel';

const OPEN_STATUSES = new Set(['awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota']);

/** One application for the honorary card: both checks, the organisations' confirmations, the decision and the card. */
@Component({
  selector: 'app-card-application-page',
  imports: [
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    DayPipe,
    HoursPipe,
    EuroPipe,
    CardsNav,
    CardStatusChip,
    EligibilityPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss',
})
export class ApplicationPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CardsStaffApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly application = signal<CardApplicationView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly notice = signal<string | null>(
    inject(Router).currentNavigation()?.extras.state?.['created'] ? (this.translate.instant('cards.detail.created') as string) : null,
  );

  protected readonly isOpen = computed(() => OPEN_STATUSES.has(this.application()?.status ?? ''));
  protected readonly canDecide = computed(() => {
    const status = this.application()?.status;
    return status === 'ready_for_decision' || status === 'awaiting_confirmation';
  });
  protected readonly pendingConfirmations = computed(() => this.application()?.confirmations.filter((c) => c.status === 'pending').length ?? 0);

  private readonly reloads = new Subject<void>();

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.notFound.set(false);
        }),
        switchMap((id) =>
          this.api.application(id).pipe(
            map((application) => ({ application, error: null as unknown })),
            catchError((error: unknown) => of({ application: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ application, error }) => {
        this.loading.set(false);
        if (application) this.application.set(application);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.application.set(null);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected approve(): void {
    const a = this.application();
    if (!a) return;
    if (a.eligibilityNow.eligible) {
      // The check may have changed since the page was loaded: then the server asks for a reason, and so does the page.
      this.run(this.api.decide(a.id, { approve: true, reason: null }), 'cards.detail.approved', '#decision-heading', (problem) => {
        if (!problem.fieldErrors.some((f) => f.field === 'reason')) return false;
        this.actionError.set(null);
        this.override(a);
        return true;
      });
      return;
    }
    this.override(a);
  }

  private override(a: CardApplicationView): void {
    this.askReason<CardApplicationView>(
      {
        title: this.t('cards.decision.overrideTitle', { name: a.volunteer.name }),
        intro: this.t('cards.decision.overrideIntro'),
        warning: this.t('cards.decision.overrideWarning'),
        label: this.t('cards.decision.reason'),
        submit: this.t('cards.decision.approveAnyway'),
        required: true,
        send: (reason) => this.api.decide(a.id, { approve: true, reason }),
      },
      'cards.detail.approved',
    );
  }

  protected reject(): void {
    const a = this.application();
    if (!a) return;
    this.askReason<CardApplicationView>(
      {
        title: this.t('cards.decision.rejectTitle', { name: a.volunteer.name }),
        intro: this.t('cards.decision.rejectIntro'),
        label: this.t('cards.decision.reason'),
        submit: this.t('cards.decision.reject'),
        required: true,
        send: (reason) => this.api.decide(a.id, { approve: false, reason }),
      },
      'cards.detail.rejected',
    );
  }

  protected recordConfirmation(confirmation: CardConfirmationView, confirm: boolean): void {
    const a = this.application();
    if (!a) return;
    const params = { organisation: confirmation.organisation.name, name: a.volunteer.name };
    this.askReason<CardApplicationView>(
      {
        title: this.t(confirm ? 'cards.confirmations.confirmTitle' : 'cards.confirmations.refuseTitle', params),
        intro: this.t(confirm ? 'cards.confirmations.confirmIntro' : 'cards.confirmations.refuseIntro', params),
        label: this.t(confirm ? 'cards.confirmations.note' : 'cards.confirmations.refuseReason'),
        submit: this.t(confirm ? 'cards.confirmations.confirm' : 'cards.confirmations.refuse'),
        required: !confirm,
        send: (reason) => this.api.recordConfirmation(a.id, confirmation.id, { confirm, reason }),
      },
      confirm ? 'cards.confirmations.recordedConfirm' : 'cards.confirmations.recordedRefuse',
      '#confirmations-heading',
    );
  }

  protected issue(): void {
    const a = this.application();
    if (a) this.run(this.api.issue(a.id), 'cards.detail.issued', '#card-heading');
  }

  protected withdraw(): void {
    const a = this.application();
    if (!a) return;
    const data: ConfirmDialogData = {
      title: this.t('cards.withdraw.title', { name: a.volunteer.name }),
      text: this.t('cards.withdraw.text'),
      confirm: this.t('cards.withdraw.confirm'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.api.withdraw(a.id), 'cards.detail.withdrawn'));
  }

  protected revoke(card: CardSummary): void {
    const a = this.application();
    if (!a) return;
    this.notice.set(null);
    this.actionError.set(null);
    const data: ReasonDialogData<CardSummary> = {
      title: this.t('cards.revoke.title', { number: card.cardNumber }),
      intro: this.t('cards.revoke.intro', { name: a.volunteer.name }),
      label: this.t('cards.revoke.reason'),
      submit: this.t('cards.revoke.submit'),
      required: true,
      send: (reason) => this.api.revoke(card.id, { reason: reason ?? '' }),
    };
    this.dialog
      .open<ReasonDialog<CardSummary>, ReasonDialogData<CardSummary>, CardSummary>(ReasonDialog, { data, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((revoked) => {
        if (!revoked) return;
        this.application.update((current) => (current ? { ...current, card: revoked } : current));
        this.notice.set(this.t('cards.revoke.done', { number: revoked.cardNumber }));
        this.reloads.next();
        this.focus('#card-heading');
      });
  }

  protected downloadPdf(card: CardSummary): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .cardPdf(card.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (response) => saveFile(response, `Ehrenamtskarte-${card.cardNumber}.pdf`, this.document),
        error: (e: unknown) => this.actionError.set(toApiProblem(e, this.translate).message),
      });
  }

  private askReason<T extends CardApplicationView>(data: ReasonDialogData<T>, doneKey: string, focusTarget = '#decision-heading'): void {
    this.notice.set(null);
    this.actionError.set(null);
    this.dialog
      .open<ReasonDialog<T>, ReasonDialogData<T>, T>(ReasonDialog, { data, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.application.set(result);
        this.notice.set(this.done(doneKey, result));
        this.focus(focusTarget);
      });
  }

  private run(request: Observable<CardApplicationView>, doneKey: string, focusTarget = '#status-heading', handled?: (problem: ApiProblem) => boolean): void {
    this.busy.set(true);
    this.notice.set(null);
    this.actionError.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (result) => {
        this.application.set(result);
        this.notice.set(this.done(doneKey, result));
        this.focus(focusTarget);
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        if (handled?.(problem)) return;
        this.actionError.set([problem.message, ...problem.fieldErrors.map((f) => f.message)].join(' '));
        // The application may have moved on meanwhile (someone else decided, the quota changed): show it as it is.
        if (problem.status === 409) this.reloads.next();
      },
    });
  }

  /** What a step achieved; an approval says whether the card was issued or waits for the quota. */
  private done(key: string, result: CardApplicationView): string {
    if (key === 'cards.detail.approved' && result.card) key = 'cards.detail.approvedIssued';
    else if (key === 'cards.detail.approved' && result.status === 'waiting_for_quota') key = 'cards.detail.approvedWaiting';
    return this.t(key, { number: result.card?.cardNumber ?? '', position: result.queuePosition ?? '' });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }

  /** After a step the page changes under the keyboard: move focus to what changed. */
  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
