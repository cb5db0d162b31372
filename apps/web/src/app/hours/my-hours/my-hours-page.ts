import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { HOUR_ENTRY_STATUSES, type HourEntryStatus, type HourEntryView, type HourTotals, type OrganisationRef } from '@miteinander/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { pagedList } from '../../shared/lists/paged-list';
import { HourLookupsApi } from '../data/hour-lookups-api';
import { HoursApi } from '../data/hours-api';
import { ActivityPipe } from '../shared/activity.pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { DayPipe, formatDay } from '../shared/day.pipe';
import { HoursPipe, formatHours } from '../shared/hours.pipe';
import { StatusBadge } from '../shared/status-badge';
import { CertificateDownload } from './certificate-download';
import { EditEntryDialog, type EditEntryDialogData } from './edit-entry-dialog';
import { HourEntryForm } from './hour-entry-form';
import { HourTotalsView } from './hour-totals';

/** The volunteer's hours: log new ones (phone first), see and change their entries, totals and the certificate. */
@Component({
  selector: 'app-my-hours-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    LocalDatePipe,
    ActivityPipe,
    DayPipe,
    HoursPipe,
    StatusBadge,
    CertificateDownload,
    HourEntryForm,
    HourTotalsView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-hours-page.html',
  styleUrl: './my-hours-page.scss',
})
export class MyHoursPage {
  private readonly api = inject(HoursApi);
  private readonly lookups = inject(HourLookupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = HOUR_ENTRY_STATUSES;
  protected readonly statusFilter = signal<HourEntryStatus | ''>('');
  private readonly criteria = computed(() => ({ status: this.statusFilter() }));
  protected readonly entries = pagedList(this.criteria, (criteria, page) => this.api.mine({ ...criteria, ...page }));

  protected readonly organisations = signal<OrganisationRef[]>([]);
  protected readonly organisationsLoading = signal(true);
  protected readonly totals = signal<HourTotals | null>(null);
  protected readonly totalsLoading = signal(true);
  protected readonly totalsError = signal<string | null>(null);
  protected readonly yearsWithHours = computed(() => (this.totals()?.byYear ?? []).filter((y) => y.minutes > 0).map((y) => y.year));

  /** After logging: what was saved, next to the form. */
  protected readonly logged = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    this.lookups
      .organisationOptions()
      .pipe(finalize(() => this.organisationsLoading.set(false)))
      .subscribe({
        next: (options) => this.organisations.set(options),
        // Logging works without an organisation; the form simply does not offer one.
        error: () => this.organisations.set([]),
      });
    this.loadTotals();
  }

  protected onLogged(entry: HourEntryView): void {
    const lang = this.language.current();
    this.logged.set(
      this.translate.instant('hours.mine.logged', {
        hours: formatHours(this.translate, entry.minutes, lang, 'clock'),
        date: formatDay(entry.activityDate, lang, 'long'),
      }) as string,
    );
    this.refresh();
  }

  protected edit(entry: HourEntryView): void {
    this.clearMessages();
    this.dialog
      .open<EditEntryDialog, EditEntryDialogData, HourEntryView>(EditEntryDialog, {
        data: { entry, organisations: this.organisations() },
        width: '36rem',
        maxWidth: '96vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((saved): saved is HourEntryView => !!saved))
      .subscribe(() => {
        this.notice.set(this.translate.instant('hours.mine.updated') as string);
        this.refresh();
      });
  }

  protected withdraw(entry: HourEntryView): void {
    this.clearMessages();
    const lang = this.language.current();
    const data: ConfirmDialogData = {
      title: this.translate.instant('hours.mine.withdrawTitle') as string,
      text: this.translate.instant('hours.mine.withdrawText', {
        hours: formatHours(this.translate, entry.minutes, lang, 'clock'),
        date: formatDay(entry.activityDate, lang, 'long'),
      }) as string,
      confirm: this.translate.instant('hours.mine.withdraw') as string,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.withdraw(entry.id)),
      )
      .subscribe({
        next: () => {
          this.notice.set(this.translate.instant('hours.mine.withdrawn') as string);
          this.refresh();
        },
        error: (e: unknown) => {
          this.actionError.set(toApiProblem(e, this.translate).message);
          this.entries.reload();
        },
      });
  }

  private refresh(): void {
    this.entries.reload();
    this.loadTotals();
  }

  private loadTotals(): void {
    this.totalsLoading.set(true);
    this.api
      .myTotals()
      .pipe(finalize(() => this.totalsLoading.set(false)))
      .subscribe({
        next: (totals) => {
          this.totals.set(totals);
          this.totalsError.set(null);
        },
        error: (e: unknown) => this.totalsError.set(toApiProblem(e, this.translate).message),
      });
  }

  private clearMessages(): void {
    this.logged.set(null);
    this.notice.set(null);
    this.actionError.set(null);
  }
}
