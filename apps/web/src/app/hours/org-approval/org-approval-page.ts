import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorCode, type DecideHoursResult, type HourEntryView, type OrganisationApprovalView } from '@miteinander/contracts';
import { filter, finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { OrgApprovalApi } from '../data/org-approval-api';
import { ActivityPipe } from '../shared/activity.pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { DayPipe } from '../shared/day.pipe';
import { decisionSummary } from '../shared/decision-summary';
import { HoursPipe, formatHours } from '../shared/hours.pipe';
import { RejectDialog, type RejectDialogData } from '../shared/reject-dialog';

type State = 'loading' | 'ready' | 'invalid' | 'failed';

/**
 * Opened from the email sent to an organisation's contact person, without an account: the token in
 * the link stands for that contact and one organisation. They confirm or reject the waiting hours.
 */
@Component({
  selector: 'app-org-approval-page',
  imports: [MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe, ActivityPipe, DayPipe, HoursPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-approval-page.html',
  styleUrl: './org-approval-page.scss',
})
export class OrgApprovalPage implements OnInit {
  /** From the link: `/approve-hours?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(OrgApprovalApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly state = signal<State>('loading');
  protected readonly view = signal<OrganisationApprovalView | null>(null);
  protected readonly entries = computed(() => this.view()?.entries ?? []);
  protected readonly totalMinutes = computed(() => this.entries().reduce((sum, entry) => sum + entry.minutes, 0));
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    if (!this.token()) {
      this.state.set('invalid');
      return;
    }
    this.load();
  }

  protected approve(entries: HourEntryView[]): void {
    this.decide(this.api.decide(this.token()!, { ids: entries.map((e) => e.id), decision: 'approve' }));
  }

  protected approveAll(): void {
    const entries = this.entries();
    const data: ConfirmDialogData = {
      title: this.translate.instant('hours.orgApproval.approveAllTitle', { count: entries.length }) as string,
      text: this.translate.instant('hours.orgApproval.approveAllText', {
        count: entries.length,
        hours: formatHours(this.translate, this.totalMinutes(), this.language.current()),
      }) as string,
      confirm: this.translate.instant('hours.orgApproval.approveAll', { count: entries.length }) as string,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.approve(entries));
  }

  protected reject(entries: HourEntryView[]): void {
    const ids = entries.map((e) => e.id);
    this.clearMessages();
    this.dialog
      .open<RejectDialog, RejectDialogData, DecideHoursResult>(RejectDialog, {
        data: { count: ids.length, reject: (reason) => this.api.decide(this.token()!, { ids, decision: 'reject', reason }) },
        width: '32rem',
        maxWidth: '96vw',
      })
      .afterClosed()
      .pipe(filter((result): result is DecideHoursResult => !!result))
      .subscribe((result) => this.decided(result));
  }

  private decide(request: Observable<DecideHoursResult>): void {
    this.clearMessages();
    this.pending.set(true);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (result) => this.decided(result),
      error: (e: unknown) => this.fail(e),
    });
  }

  private decided(result: DecideHoursResult): void {
    this.notice.set(decisionSummary(result, this.translate, 'hours.orgApproval.decided'));
    this.load();
  }

  private load(): void {
    this.pending.set(true);
    this.api
      .view(this.token()!)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => {
          this.view.set(view);
          this.state.set('ready');
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private fail(e: unknown): void {
    const problem = toApiProblem(e, this.translate);
    if (problem.code === ErrorCode.TokenInvalid || problem.status === 404 || problem.status === 410) {
      this.state.set('invalid');
      return;
    }
    this.error.set(problem.message);
    if (!this.view()) this.state.set('failed');
  }

  private clearMessages(): void {
    this.error.set(null);
    this.notice.set(null);
  }
}
