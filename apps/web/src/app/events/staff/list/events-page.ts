import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { EventListItem, EventSortField } from '@miteinander/contracts';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { debouncedValue } from '../../../shared/lists/debounced-value';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { EventsApi } from '../../shared/events-api';
import { EventStatusChip } from '../shared/event-status-chip';
import { EventWhenPipe } from '../shared/event-when';

type When = 'upcoming' | 'past' | 'all';

/** /events: the recognition events, soonest first, searched, filtered and paged by the server. */
@Component({
  selector: 'app-events-page',
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
    EventStatusChip,
    EventWhenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <div class="page-wide">
      <div class="page-head">
        <h1>{{ 'eventsStaff.list.heading' | translate }}</h1>
        <button mat-flat-button type="button" (click)="create()">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'eventsStaff.list.new' | translate }}
        </button>
      </div>
      <p class="muted">{{ 'eventsStaff.list.intro' | translate }}</p>
      <app-form-alert kind="success" [message]="notice()" />

      <form class="filters" role="search" [attr.aria-label]="'eventsStaff.list.filters' | translate" [formGroup]="filterForm">
        <mat-form-field class="search">
          <mat-label>{{ 'eventsStaff.list.search' | translate }}</mat-label>
          <mat-icon matPrefix aria-hidden="true">search</mat-icon>
          <input matInput type="search" formControlName="q" autocomplete="off" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'eventsStaff.list.when' | translate }}</mat-label>
          <mat-select formControlName="when">
            @for (w of whens; track w) {
              <mat-option [value]="w">{{ 'eventsStaff.list.whenOption.' + w | translate }}</mat-option>
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
          <caption class="visually-hidden">{{ 'eventsStaff.list.caption' | translate: { count: list.total() } }}</caption>
          <ng-container matColumnDef="kind">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.kind' | translate }}</th>
            <td mat-cell *matCellDef="let e">{{ 'eventsShared.kind.' + e.kind | translate }}</td>
          </ng-container>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'eventsStaff.columns.title' | translate }}</th>
            <td mat-cell *matCellDef="let e">
              <a class="name" [routerLink]="['/events', e.id]" (click)="$event.stopPropagation()">{{ e.title }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="startsAt">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'eventsStaff.columns.startsAt' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="nowrap">{{ e.startsAt | eventWhen: lang }}</td>
          </ng-container>
          <ng-container matColumnDef="venue">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.venue' | translate }}</th>
            <td mat-cell *matCellDef="let e">{{ e.venueName }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.status' | translate }}</th>
            <td mat-cell *matCellDef="let e">
              <app-event-status-chip [value]="e.status" />
              @if (e.past) {
                <div class="small muted">{{ 'eventsStaff.list.past' | translate }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="seats">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.seats' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="num">
              {{ 'eventsStaff.list.seats' | translate: { taken: e.counts.seatsTaken, capacity: e.capacity } }}
            </td>
          </ng-container>
          <ng-container matColumnDef="answers">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.answers' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="num">
              {{ 'eventsStaff.list.answers' | translate: { accepted: e.counts.accepted, waitlisted: e.counts.waitlisted } }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" class="clickable" (click)="open(row)"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (!list.loading()) {
                {{ 'eventsStaff.list.empty' | translate }}
              }
            </td>
          </tr>
        </table>
      </div>
      <div class="sort-created">
        <button mat-button type="button" (click)="sortByCreated()">
          <mat-icon aria-hidden="true">schedule</mat-icon>
          {{ 'eventsStaff.list.sortCreated' | translate }}
        </button>
      </div>
      <app-list-paginator [list]="list" />
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
    .nowrap {
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .sort-created {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class EventsPage {
  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore);
  protected readonly notice = signal<string | null>((this.router.currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);

  protected readonly whens: When[] = ['upcoming', 'past', 'all'];
  protected readonly columns = ['kind', 'title', 'startsAt', 'venue', 'status', 'seats', 'answers'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', when: 'upcoming' as When });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: EventSortField; direction: 'asc' | 'desc' }>({ active: 'startsAt', direction: 'asc' });
  private readonly criteria = computed(() => ({
    q: this.filters().q.trim() || undefined,
    when: this.filters().when,
    sort: this.sort().active,
    dir: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as EventSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  /** Newest first: to find the event someone just created, whenever it takes place. */
  protected sortByCreated(): void {
    this.sort.set({ active: 'createdAt', direction: 'desc' });
  }

  protected create(): void {
    void this.router.navigate(['/events/new']);
  }

  protected open(item: EventListItem): void {
    void this.router.navigate(['/events', item.id]);
  }
}
