import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { HourSortField } from '@miteinander/contracts';
import { catchError, of } from 'rxjs';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { pagedList } from '../../shared/lists/paged-list';
import { MunicipalitiesApi } from '../../shared/municipalities-api';
import { HourLookupsApi, type VolunteerChoice } from '../data/hour-lookups-api';
import { HoursApi } from '../data/hours-api';
import { ActivityPipe } from '../shared/activity.pipe';
import { DayPipe } from '../shared/day.pipe';
import { HoursPipe } from '../shared/hours.pipe';
import { StatusBadge } from '../shared/status-badge';
import { HourFilters, filterQuery, hourFilterForm } from './hour-filters';
import { PeriodLock } from './period-lock';
import { volunteerFromUrl } from './volunteer-from-url';

/** Every entry for the staff: filter, sort, export what is shown as CSV or Excel, and close past periods. */
@Component({
  selector: 'app-all-hours-page',
  imports: [
    MatAnchor,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    MatSort,
    MatSortHeader,
    MatTableModule,
    RouterLink,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    LocalDatePipe,
    ActivityPipe,
    DayPipe,
    HoursPipe,
    StatusBadge,
    HourFilters,
    PeriodLock,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './all-hours-page.html',
  styleUrl: './all-hours-page.scss',
})
export class AllHoursPage {
  /** From the URL (`/hours/all?volunteerId=…`), e.g. linked from a volunteer's profile. */
  readonly volunteerId = input<string>();

  private readonly api = inject(HoursApi);
  private readonly lookups = inject(HourLookupsApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore);

  protected readonly columns = ['activityDate', 'volunteer', 'minutes', 'activity', 'organisation', 'status', 'decided'];
  protected readonly organisations = toSignal(this.lookups.organisationOptions().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly filterForm = hourFilterForm();
  protected readonly volunteer = volunteerFromUrl(this.volunteerId, () => this.list.items());
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: HourSortField; direction: 'asc' | 'desc' }>({ active: 'activityDate', direction: 'desc' });
  private readonly criteria = computed(() => ({
    ...filterQuery(this.filters(), this.volunteer()),
    sort: this.sort().active,
    direction: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));
  protected readonly csvUrl = computed(() => this.api.exportUrl('csv', this.criteria()));
  protected readonly xlsxUrl = computed(() => this.api.exportUrl('xlsx', this.criteria()));

  /** The URL keeps the volunteer filter, so the view can be bookmarked or reloaded. */
  protected chooseVolunteer(choice: VolunteerChoice | null): void {
    this.volunteer.set(choice);
    void this.router.navigate([], { queryParams: { volunteerId: choice?.id ?? null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as HourSortField, direction: sort.direction === 'asc' ? 'asc' : 'desc' });
  }
}
