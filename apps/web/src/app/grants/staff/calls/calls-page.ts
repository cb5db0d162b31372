import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { GRANT_CALL_STATUSES, type GrantCallView } from '@miteinander/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { GrantsApi } from '../../shared/grants-api';
import { GrantBudgetBar } from '../shared/budget-bar';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantStatusChip } from '../shared/grant-status-chip';

/** /grants: every funding call, newest year first, with how much of each budget is already approved. */
@Component({
  selector: 'app-grant-calls-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    DayPipe,
    GrantBudgetBar,
    GrantEuroPipe,
    GrantStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calls-page.html',
  styleUrl: './calls-page.scss',
})
export class CallsPage {
  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  protected readonly notice = signal<string | null>((this.router.currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);

  protected readonly statuses = GRANT_CALL_STATUSES;
  protected readonly columns = ['year', 'title', 'status', 'totalBudgetCents', 'approvedCents', 'remainingCents', 'deadline', 'applicationCount'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', status: '' });

  private readonly result = toSignal(
    this.api.calls().pipe(
      map((calls) => ({ calls, error: null as string | null })),
      catchError((e: unknown) => of({ calls: [] as GrantCallView[], error: toApiProblem(e, this.translate).message })),
      startWith(null),
    ),
    { initialValue: null },
  );
  protected readonly loading = computed(() => this.result() === null);
  protected readonly error = computed(() => this.result()?.error ?? null);
  protected readonly dataSource = new MatTableDataSource<GrantCallView>([]);
  private readonly filters = toSignal(this.filterForm.valueChanges, { initialValue: this.filterForm.getRawValue() });
  private readonly sortRef = viewChild(MatSort);
  private readonly paginatorRef = viewChild(MatPaginator);

  constructor() {
    this.dataSource.filterPredicate = (call, filter) => {
      const { q, status } = JSON.parse(filter) as { q: string; status: string };
      const text = `${call.year} ${call.title}`.toLowerCase();
      return (!status || call.status === status) && (!q || text.includes(q.toLowerCase()));
    };
    effect(() => {
      this.dataSource.data = [...(this.result()?.calls ?? [])].sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt));
    });
    effect(() => {
      const { q = '', status = '' } = this.filters();
      this.dataSource.filter = JSON.stringify({ q: q.trim(), status });
    });
    effect(() => {
      this.dataSource.sort = this.sortRef() ?? null;
      this.dataSource.paginator = this.paginatorRef() ?? null;
    });
  }

  protected open(call: GrantCallView): void {
    void this.router.navigate(['/grants/calls', call.id]);
  }
}
