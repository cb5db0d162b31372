import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  AVAILABILITY_SLOTS,
  POLICE_CERTIFICATE_STATES,
  SKILLS,
  VOLUNTEER_STATUSES,
  type LanguageSkill,
  type VolunteerListItem,
  type VolunteerSortField,
  type VolunteerView,
} from '@miteinander/contracts';
import { catchError, map, of, skip } from 'rxjs';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { pagedList } from '../../shared/lists/paged-list';
import { languageName, languageOptions } from '../shared/language-codes';
import { MunicipalitiesApi } from '../../shared/municipalities-api';
import { OrganisationOptionsApi } from '../shared/organisation-options-api';
import { PoliceCertificateChip } from '../shared/police-certificate-chip';
import { VolunteersApi } from '../volunteers-api';
import {
  NO_FILTERS,
  filtersFromParams,
  sameFilters,
  sortFromParams,
  toParams,
  toQuery,
  type VolunteerSort,
} from './list-criteria';
import { VolunteerListMemory } from './list-memory';
import { QuickAddDialog, type QuickAddResult } from './quick-add-dialog';

const WIDE_COLUMNS = ['lastName', 'municipality', 'languages', 'status', 'policeCertificate', 'createdAt'];
/** On a phone the table keeps what tells people apart; the place moves under the name. */
const NARROW_COLUMNS = ['lastName', 'status', 'policeCertificate'];

@Component({
  selector: 'app-volunteers-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
    LocalDatePipe,
    PoliceCertificateChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteers-list-page.html',
  styleUrl: './volunteers-list-page.scss',
})
export class VolunteersListPage {
  private readonly api = inject(VolunteersApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly memory = inject(VolunteerListMemory);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = VOLUNTEER_STATUSES;
  protected readonly skills = SKILLS;
  protected readonly slots = AVAILABILITY_SLOTS;
  protected readonly certificateStates = POLICE_CERTIFICATE_STATES;
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly organisations = toSignal(inject(OrganisationOptionsApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly languages = computed(() => languageOptions(this.language.current()));

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 700px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.narrow() ? NARROW_COLUMNS : WIDE_COLUMNS));
  /** On a phone the filters beyond the search fold away. */
  protected readonly filtersOpen = signal(false);

  protected readonly filterForm = inject(NonNullableFormBuilder).group(filtersFromParams(this.route.snapshot.queryParamMap));
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly activeFilterCount = computed(() => Object.entries(this.filters()).filter(([key, value]) => key !== 'q' && value !== '').length);
  protected readonly sort = signal<VolunteerSort>(sortFromParams(this.route.snapshot.queryParamMap));
  private readonly criteria = computed(() => toQuery(this.filters(), this.sort()));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));

  protected readonly notice = signal<VolunteerView | null>(null);

  constructor() {
    // The address bar follows the filters (bookmarkable) …
    const params = computed(() => toParams(this.filters(), this.sort()));
    toObservable(params)
      .pipe(skip(1), takeUntilDestroyed())
      .subscribe((queryParams) => void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true }));
    effect(() => this.memory.params.set(params()));
    // … and the filters follow the address bar (e.g. the navigation link, which clears them).
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const fromUrl = filtersFromParams(params);
      if (!sameFilters(fromUrl, this.filterForm.getRawValue())) this.filterForm.setValue(fromUrl);
      const sort = sortFromParams(params);
      if (sort.active !== this.sort().active || sort.direction !== this.sort().direction) this.sort.set(sort);
    });
  }

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as VolunteerSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected resetFilters(): void {
    this.filterForm.setValue(NO_FILTERS);
  }

  protected fullName(volunteer: VolunteerListItem): string {
    return `${volunteer.firstName} ${volunteer.lastName}`;
  }

  /** "Arabisch (Muttersprache), Deutsch B1" */
  protected languagesText(languages: readonly LanguageSkill[]): string {
    const locale = this.language.current();
    return languages
      .map((skill) => {
        const level = skill.level === 'native' ? `(${this.translate.instant('volunteers.levels.native') as string})` : skill.level;
        return `${languageName(skill.code, locale)} ${level}`;
      })
      .join(', ');
  }

  protected slotLabel(slot: string): string {
    const [day, part] = slot.split('-');
    return this.translate.instant('volunteers.availability.slot', {
      day: this.translate.instant(`volunteers.weekdays.${day}`) as string,
      part: this.translate.instant(`volunteers.dayParts.${part}`) as string,
    }) as string;
  }

  protected open(volunteer: VolunteerListItem): void {
    void this.router.navigate([volunteer.id], { relativeTo: this.route });
  }

  protected quickAdd(): void {
    this.dialog
      .open(QuickAddDialog, { width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((result: QuickAddResult | undefined) => {
        if (!result) return;
        if (result.open) {
          void this.router.navigate([result.volunteer.id], { relativeTo: this.route });
          return;
        }
        this.notice.set(result.volunteer);
        this.list.reload();
      });
  }
}
