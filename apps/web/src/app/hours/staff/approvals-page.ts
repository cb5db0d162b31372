import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DecideHoursResult, HourEntryView, HourSortField } from '@miteinander/contracts';
import { catchError, filter, finalize, of } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { pagedList } from '../../shared/lists/paged-list';
import { HourLookupsApi } from '../data/hour-lookups-api';
import { HoursApi } from '../data/hours-api';
import { ActivityPipe } from '../shared/activity.pipe';
import { DayPipe } from '../shared/day.pipe';
import { decisionSummary } from '../shared/decision-summary';
import { HoursPipe } from '../shared/hours.pipe';
import { RejectDialog, type RejectDialogData } from '../shared/reject-dialog';
import { ApprovalLinkForm } from './approval-link-form';
import { HourFilters, filterQuery, hourFilterForm } from './hour-filters';
import { volunteerFromUrl } from './volunteer-from-url';

/** The coordinators' queue: entries waiting for a decision, approved or rejected one by one or in bulk. */
@Component({
  selector: 'app-approvals-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatCheckbox,
    MatIcon,
    MatIconButton,
    MatProgressBar,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MatTooltip,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    LocalDatePipe,
    ActivityPipe,
    DayPipe,
    HoursPipe,
    ApprovalLinkForm,
    HourFilters,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approvals-page.html',
  styleUrl: './approvals-page.scss',
})
export class ApprovalsPage {
  /** From the URL (`/hours/approvals?volunteerId=…`), e.g. linked from the start page. */
  readonly volunteerId = input<string>();

  private readonly api = inject(HoursApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly columns = ['select', 'activityDate', 'volunteer', 'minutes', 'activity', 'organisation', 'createdAt', 'actions'];
  protected readonly organisations = toSignal(inject(HourLookupsApi).organisationOptions().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly filterForm = hourFilterForm();
  protected readonly volunteer = volunteerFromUrl(this.volunteerId, () => this.list.items());
  private readonly filters = debouncedValue(this.filterForm);
  /** Oldest first: what waits longest is decided first. */
  protected readonly sort = signal<{ active: HourSortField; direction: 'asc' | 'desc' }>({ active: 'activityDate', direction: 'asc' });
  private readonly criteria = computed(() => ({
    ...filterQuery(this.filters(), this.volunteer()),
    status: 'submitted' as const,
    sort: this.sort().active,
    direction: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));

  /** Only rows on the current page count: nobody decides on entries they cannot see. */
  private readonly selection = signal<ReadonlySet<string>>(new Set());
  protected readonly selected = computed(() => this.list.items().filter((entry) => this.selection().has(entry.id)));
  protected readonly allSelected = computed(() => this.list.items().length > 0 && this.selected().length === this.list.items().length);
  protected readonly deciding = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as HourSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected isSelected(entry: HourEntryView): boolean {
    return this.selection().has(entry.id);
  }

  protected toggle(entry: HourEntryView, checked: boolean): void {
    this.selection.update((current) => {
      const next = new Set(current);
      if (checked) next.add(entry.id);
      else next.delete(entry.id);
      return next;
    });
  }

  protected toggleAll(checked: boolean): void {
    this.selection.set(new Set(checked ? this.list.items().map((entry) => entry.id) : []));
  }

  protected approve(entries: HourEntryView[]): void {
    if (!entries.length) return;
    this.deciding.set(true);
    this.actionError.set(null);
    this.api
      .decide({ ids: entries.map((e) => e.id), decision: 'approve' })
      .pipe(finalize(() => this.deciding.set(false)))
      .subscribe({
        next: (result) => this.done(result),
        error: (e: unknown) => this.failed(e),
      });
  }

  protected reject(entries: HourEntryView[]): void {
    if (!entries.length) return;
    this.actionError.set(null);
    const ids = entries.map((e) => e.id);
    this.dialog
      .open<RejectDialog, RejectDialogData, DecideHoursResult>(RejectDialog, {
        data: { count: ids.length, reject: (reason) => this.api.decide({ ids, decision: 'reject', reason }) },
        width: '32rem',
        maxWidth: '96vw',
      })
      .afterClosed()
      .pipe(filter((result): result is DecideHoursResult => !!result))
      .subscribe((result) => this.done(result));
  }

  private done(result: DecideHoursResult): void {
    this.snackBar.open(decisionSummary(result, this.translate), this.translate.instant('common.close') as string, { duration: 6000 });
    this.selection.set(new Set());
    this.list.reload();
  }

  private failed(e: unknown): void {
    this.actionError.set(toApiProblem(e, this.translate).message);
    this.list.reload();
  }
}
