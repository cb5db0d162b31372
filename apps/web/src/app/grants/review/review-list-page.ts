import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
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
import type { GrantReviewListItem } from '@miteinander/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { GrantsApi } from '../shared/grants-api';
import { GrantEuroPipe } from '../staff/shared/euro.pipe';

/** /reviews: the applications in review this reviewer may score (not those with a declared conflict), open ones first. */
@Component({
  selector: 'app-grant-review-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
    GrantEuroPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <div class="page-wide">
      <h1>{{ 'grantsReview.list.heading' | translate }}</h1>
      <p class="muted">{{ 'grantsReview.list.intro' | translate }}</p>
      <app-form-alert kind="success" [message]="notice()" />
      <form class="filters" role="search" [attr.aria-label]="'grantsReview.list.filters' | translate" [formGroup]="filterForm">
        <mat-form-field class="search">
          <mat-label>{{ 'grantsReview.list.search' | translate }}</mat-label>
          <mat-icon matPrefix aria-hidden="true">search</mat-icon>
          <input matInput type="search" formControlName="q" autocomplete="off" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'grantsReview.list.scoredFilter' | translate }}</mat-label>
          <mat-select formControlName="scored">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            <mat-option value="open">{{ 'grantsReview.list.onlyOpen' | translate }}</mat-option>
            <mat-option value="done">{{ 'grantsReview.list.onlyDone' | translate }}</mat-option>
          </mat-select>
        </mat-form-field>
      </form>
      <app-form-alert [message]="error()" />
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <div class="table-scroll">
        <table mat-table [dataSource]="dataSource" matSort matSortDisableClear>
          <caption class="visually-hidden">{{ 'grantsReview.list.caption' | translate: { count: dataSource.filteredData.length } }}</caption>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsReview.columns.title' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              <a class="name" [routerLink]="['/reviews', r.applicationId]" (click)="$event.stopPropagation()">{{ r.title || ('grantsReview.untitled' | translate) }}</a>
              @if (r.reference) {
                <div class="small muted">{{ r.reference }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="callTitle">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsReview.columns.call' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.callTitle }}</td>
          </ng-container>
          <ng-container matColumnDef="fieldOfAction">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsReview.columns.field' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.fieldOfAction ? ('grantsShared.fieldOfAction.' + r.fieldOfAction | translate) : '–' }}</td>
          </ng-container>
          <ng-container matColumnDef="requestedCents">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsReview.columns.requested' | translate }}</th>
            <td mat-cell *matCellDef="let r" class="num">{{ r.requestedCents | grantEuro: lang }}</td>
          </ng-container>
          <ng-container matColumnDef="scored">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'grantsReview.columns.scored' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              <span class="state" [class.done]="r.scored">
                <mat-icon aria-hidden="true">{{ r.scored ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
                {{ (r.scored ? 'grantsReview.list.scored' : 'grantsReview.list.notScored') | translate }}
              </span>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" class="clickable" (click)="open(row)"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (!loading()) {
                {{ 'grantsReview.list.empty' | translate }}
              }
            </td>
          </tr>
        </table>
      </div>
      <mat-paginator [pageSize]="25" [pageSizeOptions]="[10, 25, 50, 100]" />
    </div>
  `,
  styles: `
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
    .small {
      font: var(--mat-sys-body-small);
    }
    .state {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      white-space: nowrap;
    }
    .state.done mat-icon {
      color: var(--mat-sys-primary);
    }
  `,
})
export class ReviewListPage {
  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  /** Set when the reviewer comes back after declaring a conflict. */
  protected readonly notice = signal<string | null>((this.router.currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);

  protected readonly columns = ['title', 'callTitle', 'fieldOfAction', 'requestedCents', 'scored'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', scored: '' });
  private readonly result = toSignal(
    this.api.reviews().pipe(
      map((items) => ({ items, error: null as string | null })),
      catchError((e: unknown) => of({ items: [] as GrantReviewListItem[], error: toApiProblem(e, this.translate).message })),
      startWith(null),
    ),
    { initialValue: null },
  );
  protected readonly loading = computed(() => this.result() === null);
  protected readonly error = computed(() => this.result()?.error ?? null);
  protected readonly dataSource = new MatTableDataSource<GrantReviewListItem>([]);
  private readonly filters = toSignal(this.filterForm.valueChanges, { initialValue: this.filterForm.getRawValue() });
  private readonly sortRef = viewChild(MatSort);
  private readonly paginatorRef = viewChild(MatPaginator);

  constructor() {
    this.dataSource.filterPredicate = (item, filter) => {
      const { q, scored } = JSON.parse(filter) as { q: string; scored: string };
      const text = `${item.title ?? ''} ${item.reference ?? ''} ${item.callTitle}`.toLowerCase();
      const state = !scored || (scored === 'done' ? item.scored : !item.scored);
      return state && (!q || text.includes(q.toLowerCase()));
    };
    effect(() => {
      // The ones still to score first.
      this.dataSource.data = [...(this.result()?.items ?? [])].sort((a, b) => Number(a.scored) - Number(b.scored));
    });
    effect(() => {
      const { q = '', scored = '' } = this.filters();
      this.dataSource.filter = JSON.stringify({ q: q.trim(), scored });
    });
    effect(() => {
      this.dataSource.sort = this.sortRef() ?? null;
      this.dataSource.paginator = this.paginatorRef() ?? null;
    });
  }

  protected open(item: GrantReviewListItem): void {
    void this.router.navigate(['/reviews', item.applicationId]);
  }
}
