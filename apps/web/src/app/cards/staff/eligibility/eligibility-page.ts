import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CARD_INELIGIBILITY_REASONS,
  CARD_REPORT_GROUPS,
  type CardApplicationView,
  type CardIneligibilityReason,
  type CardReport,
  type CardReportGroup,
  type CardReportQuery,
  type CardReportRow,
  type CardReportSortField,
} from '@miteinander/contracts';
import { catchError, of, tap } from 'rxjs';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { HoursPipe } from '../../../hours/shared/hours.pipe';
import { debouncedValue } from '../../../shared/lists/debounced-value';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { MunicipalitiesApi } from '../../../shared/municipalities-api';
import { CardsStaffApi } from '../cards-staff-api';
import { CardsNav } from '../shared/cards-nav';
import { CardReasonPipe, reasonSentence } from '../shared/card-text';
import { CardGroupChart } from './group-chart';
import { CreateApplicationDialog, type CreateApplicationDialogData } from './create-application-dialog';

interface ReportFilters {
  q: string;
  group: CardReportGroup | '';
  reason: CardIneligibilityReason | '';
  municipalityId: string;
}

/** /cards/eligibility: who can have the card now, soon or not, and why not; exported, and applied for on someone's behalf. */
@Component({
  selector: 'app-card-eligibility-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    DayPipe,
    HoursPipe,
    CardReasonPipe,
    CardsNav,
    CardGroupChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './eligibility-page.html',
  styleUrl: './eligibility-page.scss',
})
export class EligibilityPage {
  private readonly api = inject(CardsStaffApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly groups = CARD_REPORT_GROUPS;
  protected readonly reasons = CARD_INELIGIBILITY_REASONS;
  protected readonly columns = ['name', 'municipality', 'group', 'reason', 'countedMinutes', 'activeSince', 'projectedEligibleOn', 'actions'];
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly filterForm = inject(NonNullableFormBuilder).group<ReportFilters>({ q: '', group: '', reason: '', municipalityId: '' });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: CardReportSortField; direction: 'asc' | 'desc' }>({ active: 'name', direction: 'asc' });
  private readonly criteria = computed<Omit<CardReportQuery, 'page' | 'pageSize'>>(() => {
    const f = this.filters();
    return {
      q: f.q.trim() || undefined,
      group: f.group || undefined,
      reason: f.reason || undefined,
      municipalityId: f.municipalityId ? Number(f.municipalityId) : undefined,
      sort: this.sort().active,
      direction: this.sort().direction,
    };
  });
  /** The whole report of the latest page: the counts for the chart and the rule set it was checked against. */
  protected readonly report = signal<CardReport | null>(null);
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.eligibilityReport({ ...criteria, ...page }).pipe(tap((r) => this.report.set(r))));
  protected readonly csvUrl = computed(() => this.api.eligibilityExportUrl('csv', this.criteria()));
  protected readonly xlsxUrl = computed(() => this.api.eligibilityExportUrl('xlsx', this.criteria()));
  protected readonly activeFilterCount = computed(() => {
    const f = this.filters();
    return [f.group, f.reason, f.municipalityId].filter(Boolean).length;
  });
  protected readonly selectedGroup = computed(() => this.filters().group);

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as CardReportSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected filterGroup(group: CardReportGroup | ''): void {
    this.filterForm.controls.group.setValue(group);
  }

  protected resetFilters(): void {
    this.filterForm.setValue({ q: this.filterForm.controls.q.value, group: '', reason: '', municipalityId: '' });
  }

  protected createApplication(row: CardReportRow): void {
    const data: CreateApplicationDialogData = {
      volunteer: row.volunteer,
      eligible: row.group === 'eligible',
      mainReason: row.mainReason ? reasonSentence(this.translate, row.mainReason, this.language.current()) : null,
    };
    this.dialog
      .open<CreateApplicationDialog, CreateApplicationDialogData, CardApplicationView>(CreateApplicationDialog, {
        data,
        width: '34rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((application) => {
        if (application) void this.router.navigate(['/cards/applications', application.id], { state: { created: true } });
      });
  }
}
