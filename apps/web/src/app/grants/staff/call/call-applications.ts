import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { GRANT_APPLICATION_STATUSES, type GrantApplicationListItem, type GrantApplicationStatus } from '@miteinander/contracts';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../../shared/lists/debounced-value';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { GrantsApi } from '../../shared/grants-api';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantStatusChip } from '../shared/grant-status-chip';

type SortField = 'submittedAt' | 'title' | 'requestedCents' | 'status' | 'reportDue';

/** The "Anträge" tab: a call's applications past draft, filtered, searched, sorted and paged by the server. */
@Component({
  selector: 'app-grant-call-applications',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
    GrantEuroPipe,
    GrantStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <form class="filters" role="search" [attr.aria-label]="'grantsStaff.applications.filters' | translate" [formGroup]="filterForm">
      <mat-form-field class="search">
        <mat-label>{{ 'grantsStaff.applications.search' | translate }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" formControlName="q" autocomplete="off" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'grantsStaff.columns.status' | translate }}</mat-label>
        <mat-select formControlName="status">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'grantsShared.status.' + status | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
    <app-form-alert [message]="list.error()" />
    <div class="progress-slot">
      @if (list.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <div class="table-scroll">
      <table
        mat-table
        [dataSource]="list.items()"
        matSort
        matSortDisableClear
        [matSortActive]="sort().active"
        [matSortDirection]="sort().direction"
        (matSortChange)="onSort($event)"
      >
        <caption class="visually-hidden">{{ 'grantsStaff.applications.caption' | translate: { count: list.total() } }}</caption>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsStaff.columns.project' | translate }}</th>
          <td mat-cell *matCellDef="let a">
            <a class="name" [routerLink]="['/grants/applications', a.id]" (click)="$event.stopPropagation()">{{ a.title || ('grantsStaff.untitled' | translate) }}</a>
            @if (a.reference) {
              <div class="small muted">{{ a.reference }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="applicant">
          <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.applicant' | translate }}</th>
          <td mat-cell *matCellDef="let a">
            <div>{{ a.organisationName || a.applicant.name }}</div>
            @if (a.organisationName) {
              <div class="small muted">{{ a.applicant.name }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="field">
          <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.field' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ a.fieldOfAction ? ('grantsShared.fieldOfAction.' + a.fieldOfAction | translate) : '–' }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsStaff.columns.status' | translate }}</th>
          <td mat-cell *matCellDef="let a"><app-grant-status-chip [value]="a.status" /></td>
        </ng-container>
        <ng-container matColumnDef="requestedCents">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsStaff.columns.requested' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="num">{{ a.requestedCents | grantEuro: lang }}</td>
        </ng-container>
        <ng-container matColumnDef="approvedCents">
          <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.approved' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="num">{{ a.approvedCents | grantEuro: lang }}</td>
        </ng-container>
        <ng-container matColumnDef="submittedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsStaff.columns.submittedAt' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="nowrap">{{ a.submittedAt | localDate: lang : 'date' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" class="clickable" (click)="open(row)"></tr>
        <tr class="mat-mdc-row" *matNoDataRow>
          <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
            @if (!list.loading()) {
              {{ 'grantsStaff.applications.empty' | translate }}
            }
          </td>
        </tr>
      </table>
    </div>
    <app-list-paginator [list]="list" />
  `,
  styles: `
    :host {
      display: block;
      padding-block-start: 1rem;
    }
    .filters .search {
      flex: 2 1 20rem;
    }
    .name {
      font-weight: 500;
    }
    .num {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .nowrap {
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CallApplications {
  readonly callId = input.required<string>();

  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = GRANT_APPLICATION_STATUSES.filter((s) => s !== 'draft');
  protected readonly columns = ['title', 'applicant', 'field', 'status', 'requestedCents', 'approvedCents', 'submittedAt'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', status: '' as GrantApplicationStatus | '' });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: SortField; direction: 'asc' | 'desc' }>({ active: 'submittedAt', direction: 'asc' });
  private readonly criteria = computed(() => ({
    callId: this.callId(),
    q: this.filters().q.trim() || undefined,
    status: this.filters().status || undefined,
    sort: this.sort().active,
    dir: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.applications({ ...criteria, ...page }));

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as SortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected open(item: GrantApplicationListItem): void {
    void this.router.navigate(['/grants/applications', item.id]);
  }
}
