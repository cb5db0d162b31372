import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CARD_APPLICATION_STATUSES,
  type CardApplicationListItem,
  type CardApplicationListQuery,
  type CardApplicationSortField,
  type CardApplicationStatus,
} from '@miteinander/contracts';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { debouncedValue } from '../../../shared/lists/debounced-value';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { CardsStaffApi } from '../cards-staff-api';
import { CardsNav } from '../shared/cards-nav';
import { CardStatusChip } from '../shared/status-chip';

/** /cards/applications: every application for the honorary card, the oldest open first; flagged ones stand out. */
@Component({
  selector: 'app-card-applications-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
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
    DayPipe,
    CardsNav,
    CardStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applications-page.html',
  styleUrl: './applications-page.scss',
})
export class ApplicationsPage {
  private readonly api = inject(CardsStaffApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = CARD_APPLICATION_STATUSES;
  protected readonly columns = ['name', 'status', 'receivedAt', 'confirmations', 'card'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', status: '' as CardApplicationStatus | '' });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: CardApplicationSortField; direction: 'asc' | 'desc' }>({ active: 'receivedAt', direction: 'asc' });
  private readonly criteria = computed<Omit<CardApplicationListQuery, 'page' | 'pageSize'>>(() => ({
    q: this.filters().q.trim() || undefined,
    status: this.filters().status || undefined,
    sort: this.sort().active,
    direction: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.applications({ ...criteria, ...page }));

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as CardApplicationSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected open(item: CardApplicationListItem): void {
    void this.router.navigate(['/cards/applications', item.id]);
  }
}
