import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantCallStatusRequest, GrantCallView } from '@miteinander/contracts';
import { Subject, catchError, filter, finalize, map, merge, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { ReasonDialog, type ReasonDialogData } from '../../../cards/staff/shared/reason-dialog';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { grantProblemText } from '../shared/problem-text';
import { GrantsApi, type GrantExportKind } from '../../shared/grants-api';
import { GrantBudgetBar } from '../shared/budget-bar';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantStatusChip } from '../shared/grant-status-chip';
import { CallApplications } from './call-applications';
import { CallRanking } from './call-ranking';

/** /grants/calls/:id: one call, its budget, its applications, the ranking and the exports. */
@Component({
  selector: 'app-grant-call-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    MatTab,
    MatTabContent,
    MatTabGroup,
    TranslatePipe,
    FormAlert,
    DayPipe,
    GrantBudgetBar,
    GrantEuroPipe,
    GrantStatusChip,
    CallApplications,
    CallRanking,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-page.html',
  styleUrl: './call-page.scss',
})
export class CallPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly api = inject(GrantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly call = signal<GrantCallView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal<string | null>((inject(Router).currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);
  protected readonly exports: GrantExportKind[] = ['applications', 'decisions', 'payments'];

  private readonly reloads = new Subject<void>();

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
        }),
        switchMap((id) =>
          this.api.call(id).pipe(
            map((call) => ({ call, error: null as unknown })),
            catchError((error: unknown) => of({ call: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ call, error }) => {
        this.loading.set(false);
        if (call) this.call.set(call);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected open(): void {
    this.setStatus({ status: 'open' }, 'grantsStaff.call.opened');
  }

  protected pause(c: GrantCallView): void {
    this.clearMessages();
    const data: ReasonDialogData<GrantCallView> = {
      title: this.t('grantsStaff.call.pauseTitle', { title: c.title }),
      intro: this.t('grantsStaff.call.pauseIntro'),
      label: this.t('grantsStaff.call.pauseReason'),
      submit: this.t('grantsStaff.call.pause'),
      required: true,
      send: (reason) => this.api.setCallStatus(c.id, { status: 'paused', reason: reason ?? '' }),
    };
    this.dialog
      .open<ReasonDialog<GrantCallView>, ReasonDialogData<GrantCallView>, GrantCallView>(ReasonDialog, { data, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.call.set(result);
        this.notice.set(this.t('grantsStaff.call.paused'));
        this.focusStatus();
      });
  }

  protected close(c: GrantCallView): void {
    this.clearMessages();
    const data: ConfirmDialogData = {
      title: this.t('grantsStaff.call.closeTitle', { title: c.title }),
      text: this.t('grantsStaff.call.closeText'),
      confirm: this.t('grantsStaff.call.close'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.setStatus({ status: 'closed' }, 'grantsStaff.call.closed'));
  }

  private setStatus(request: GrantCallStatusRequest, doneKey: string): void {
    const c = this.call();
    if (!c) return;
    this.clearMessages();
    this.busy.set(true);
    this.api
      .setCallStatus(c.id, request)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (result) => {
          this.call.set(result);
          this.notice.set(this.t(doneKey));
          this.focusStatus();
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          this.actionError.set(grantProblemText(problem));
          if (problem.status === 409) this.reloads.next();
        },
      });
  }

  private clearMessages(): void {
    this.notice.set(null);
    this.actionError.set(null);
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }

  private focusStatus(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#call-status-heading')?.focus(), { injector: this.injector });
  }
}
