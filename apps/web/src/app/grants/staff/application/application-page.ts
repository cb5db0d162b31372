import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView } from '@miteinander/contracts';
import { Subject, catchError, filter, finalize, map, merge, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { GrantsApi } from '../../shared/grants-api';
import { GrantApplicationSections } from '../shared/application-sections';
import { fieldLabel } from '../shared/field-label';
import { GrantStatusChip } from '../shared/grant-status-chip';
import { grantProblemText } from '../shared/problem-text';
import { GrantDecisionPanel } from './decision-panel';
import { GrantPaymentsPanel } from './payments-panel';
import { GrantReportPanel } from './report-panel';
import { RevisionDialog, type RevisionDialogData } from './revision-dialog';
import { GrantScoresPanel } from './scores-panel';
import { GrantVersionHistory } from './version-history';

/** States in which reviewers may have scored: the score sheet is worth showing. */
const SCORED_STATES = new Set(['in_review', 'approved', 'rejected', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed']);
const FUNDED_STATES = new Set(['approved', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed']);

/** /grants/applications/:id: an application read-only, its history, and the coordinator's steps its `can` flags allow. */
@Component({
  selector: 'app-grant-staff-application-page',
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
    GrantApplicationSections,
    GrantDecisionPanel,
    GrantPaymentsPanel,
    GrantReportPanel,
    GrantScoresPanel,
    GrantStatusChip,
    GrantVersionHistory,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss',
})
export class StaffApplicationPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly api = inject(GrantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly application = signal<GrantApplicationView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** Bumped after every change, so the score sheet and the history load again. */
  protected readonly changes = signal(0);

  protected readonly showScores = computed(() => SCORED_STATES.has(this.application()?.status ?? ''));
  protected readonly funded = computed(() => FUNDED_STATES.has(this.application()?.status ?? ''));
  protected readonly attachmentUrl = computed(() => {
    const id = this.id();
    return (attachmentId: string) => this.api.attachmentUrl(id, attachmentId);
  });
  protected readonly revisionComments = computed(() =>
    Object.entries(this.application()?.revision?.comments ?? {}).map(([field, text]) => ({ field, label: fieldLabel(field, this.translate), text })),
  );

  private readonly reloads = new Subject<void>();

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
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
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected accept(a: GrantApplicationView): void {
    this.clearMessages();
    const data: ConfirmDialogData = {
      title: this.t('grantsStaff.precheck.acceptTitle'),
      text: this.t('grantsStaff.precheck.acceptText'),
      confirm: this.t('grantsStaff.precheck.accept'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.busy.set(true);
        this.api
          .precheck(a.id, { decision: 'accept' })
          .pipe(finalize(() => this.busy.set(false)))
          .subscribe({
            next: (result) => this.updated(result, 'grantsStaff.precheck.accepted', '#status-heading'),
            error: (e: unknown) => {
              const problem = toApiProblem(e, this.translate);
              this.actionError.set(grantProblemText(problem));
              if (problem.status === 409) this.reloads.next();
            },
          });
      });
  }

  protected revise(a: GrantApplicationView): void {
    this.clearMessages();
    this.dialog
      .open<RevisionDialog, RevisionDialogData, GrantApplicationView>(RevisionDialog, { data: { application: a }, width: '40rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (result) this.updated(result, 'grantsStaff.precheck.revised', '#status-heading');
      });
  }

  protected updated(result: GrantApplicationView, doneKey: string, focusTarget: string): void {
    this.application.set(result);
    this.changes.update((n) => n + 1);
    this.notice.set(this.t(doneKey));
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(focusTarget)?.focus(), { injector: this.injector });
  }

  private clearMessages(): void {
    this.notice.set(null);
    this.actionError.set(null);
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }
}
