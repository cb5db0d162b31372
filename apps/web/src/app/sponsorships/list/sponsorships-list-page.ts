import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  SPONSORSHIP_KINDS,
  SPONSORSHIP_LIST_VIEWS,
  type PersonRef,
  type SponsorshipListItem,
  type SponsorshipListView,
  type SponsorshipSortField,
} from '@miteinander/contracts';
import { catchError, map, of, skip } from 'rxjs';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { DayPipe } from '../../hours/shared/day.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { pagedList } from '../../shared/lists/paged-list';
import { MunicipalitiesApi } from '../../shared/municipalities-api';
import { waitingKey } from '../shared/days';
import { NextCheckIn } from '../shared/next-check-in';
import { StateChip } from '../shared/state-chip';
import { SponsorshipsApi } from '../sponsorships-api';
import {
  DEFAULT_SORTS,
  NO_FILTERS,
  VIEW_STATES,
  filtersFromParams,
  sameFilters,
  sortFromParams,
  toParams,
  toQuery,
  viewFromParams,
  viewHasCheckIns,
  type SponsorshipSort,
} from './list-criteria';
import { SponsorshipListMemory } from './list-memory';

/** What each list shows; on a phone the name (with kind, state and place) and the one column that matters there. */
const WIDE_COLUMNS: Record<SponsorshipListView, string[]> = {
  waiting: ['name', 'state', 'municipality', 'requestedAt', 'coordinator'],
  running: ['name', 'state', 'volunteer', 'nextCheckIn', 'plannedEnd'],
  ending_soon: ['name', 'state', 'volunteer', 'nextCheckIn', 'plannedEnd'],
  closed: ['name', 'municipality', 'volunteer', 'endDate'],
  all: ['name', 'state', 'municipality', 'requestedAt', 'volunteer', 'nextCheckIn'],
};
const NARROW_COLUMNS: Record<SponsorshipListView, string[]> = {
  waiting: ['name', 'requestedAt'],
  running: ['name', 'nextCheckIn'],
  ending_soon: ['name', 'plannedEnd'],
  closed: ['name', 'endDate'],
  all: ['name', 'requestedAt'],
};

/** /sponsorships: the waiting list, the running, those ending soon and the closed ones; filtered, sorted and exported. */
@Component({
  selector: 'app-sponsorships-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatCheckbox,
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
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    LocalDatePipe,
    DayPipe,
    NextCheckIn,
    StateChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sponsorships-list-page.html',
  styleUrl: './sponsorships-list-page.scss',
})
export class SponsorshipsListPage {
  private readonly api = inject(SponsorshipsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly memory = inject(SponsorshipListMemory);
  protected readonly language = inject(LanguageStore);

  protected readonly views = SPONSORSHIP_LIST_VIEWS;
  protected readonly waitingKey = waitingKey;
  protected readonly kinds = SPONSORSHIP_KINDS;
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly coordinators = toSignal(this.api.coordinators().pipe(catchError(() => of([] as PersonRef[]))), { initialValue: [] as PersonRef[] });

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 700px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** On a phone the filters beyond the search fold away. */
  protected readonly filtersOpen = signal(false);

  protected readonly view = signal<SponsorshipListView>(viewFromParams(this.route.snapshot.queryParamMap));
  protected readonly filterForm = inject(NonNullableFormBuilder).group(filtersFromParams(this.route.snapshot.queryParamMap));
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<SponsorshipSort>(sortFromParams(this.route.snapshot.queryParamMap, this.view()));
  protected readonly states = computed(() => VIEW_STATES[this.view()]);
  protected readonly withCheckIns = computed(() => viewHasCheckIns(this.view()));
  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS)[this.view()]);
  protected readonly activeFilterCount = computed(() => {
    const f = this.filters();
    return [f.kind, f.state, f.municipalityId, f.coordinatorId, f.overdue].filter(Boolean).length;
  });

  private readonly criteria = computed(() => toQuery(this.view(), this.filters(), this.sort()));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));
  protected readonly csvUrl = computed(() => this.api.exportUrl('csv', this.criteria()));
  protected readonly xlsxUrl = computed(() => this.api.exportUrl('xlsx', this.criteria()));

  constructor() {
    // The address bar follows the list (bookmarkable) …
    const params = computed(() => toParams(this.view(), this.filters(), this.sort()));
    toObservable(params)
      .pipe(skip(1), takeUntilDestroyed())
      .subscribe((queryParams) => void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true }));
    effect(() => this.memory.params.set(params()));
    // … and the list follows the address bar (the tabs are links; the navigation link clears everything).
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const view = viewFromParams(params);
      if (view !== this.view()) this.view.set(view);
      const fromUrl = filtersFromParams(params);
      if (!sameFilters(fromUrl, this.filterForm.getRawValue())) this.filterForm.setValue(fromUrl);
      const sort = sortFromParams(params, view);
      if (sort.active !== this.sort().active || sort.direction !== this.sort().direction) this.sort.set(sort);
    });
  }

  /** A tab keeps the filters and takes that list's own sort order. */
  protected tabParams(view: SponsorshipListView): Params {
    return toParams(view, this.filters(), DEFAULT_SORTS[view]);
  }

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as SponsorshipSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected resetFilters(): void {
    this.filterForm.setValue({ ...NO_FILTERS, q: this.filterForm.controls.q.value });
  }

  protected open(item: SponsorshipListItem): void {
    void this.router.navigate([item.id], { relativeTo: this.route });
  }
}
