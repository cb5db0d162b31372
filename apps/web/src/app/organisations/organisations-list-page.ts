import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ORGANISATION_KINDS, type OrganisationKind, type OrganisationSortField, type OrganisationView } from '@miteinander/contracts';
import { catchError, of } from 'rxjs';
import { FormAlert } from '../core/forms/form-alert';
import { LanguageStore } from '../core/i18n/language-store';
import { LocalDatePipe } from '../core/i18n/local-date.pipe';
import { debouncedValue } from '../shared/lists/debounced-value';
import { ListPaginator } from '../shared/lists/list-paginator';
import { pagedList } from '../shared/lists/paged-list';
import { MunicipalitiesApi } from '../shared/municipalities-api';
import { OrganisationsApi } from './organisations-api';

@Component({
  selector: 'app-organisations-list-page',
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisations-list-page.html',
  styles: `
    .number { text-align: end; }
    .nowrap { white-space: nowrap; }
    .name { font-weight: 500; }
    .contacts { overflow-wrap: anywhere; }
  `,
})
export class OrganisationsListPage {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore);

  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly columns = ['name', 'kind', 'municipality', 'contacts', 'volunteerCount', 'createdAt'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    q: '',
    kind: '' as OrganisationKind | '',
    municipalityId: '',
  });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: OrganisationSortField; direction: 'asc' | 'desc' }>({ active: 'name', direction: 'asc' });
  private readonly criteria = computed(() => ({ ...this.filters(), q: this.filters().q.trim(), sort: this.sort().active, direction: this.sort().direction }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as OrganisationSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected contactNames(organisation: OrganisationView): string {
    return organisation.contacts.map((contact) => contact.name).join(', ');
  }

  protected open(organisation: OrganisationView): void {
    void this.router.navigate([organisation.id], { relativeTo: this.route });
  }
}
