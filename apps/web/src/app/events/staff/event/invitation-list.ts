import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { INVITATION_STATUSES, type InvitationItem, type InvitationSortField, type InvitationStatus } from '@miteinander/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { debouncedValue } from '../../../shared/lists/debounced-value';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { EventsApi } from '../../shared/events-api';
import { EventStatusChip } from '../shared/event-status-chip';

/** Who is on the list and how they answered: searched, filtered, sorted and paged by the server; remove or send again per row. */
@Component({
  selector: 'app-event-invitation-list',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MatTooltip,
    TranslatePipe,
    FormAlert,
    ListPaginator,
    LocalDatePipe,
    EventStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <form class="filters" role="search" [attr.aria-label]="'eventsStaff.invitationList.filters' | translate" [formGroup]="filterForm">
      <mat-form-field class="search">
        <mat-label>{{ 'eventsStaff.invitationList.search' | translate }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" formControlName="q" autocomplete="off" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'eventsStaff.columns.status' | translate }}</mat-label>
        <mat-select formControlName="status">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ 'eventsShared.invitationStatus.' + s | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
    <app-form-alert [message]="list.error() ?? actionError()" />
    <div class="progress-slot">
      @if (list.loading() || busy()) {
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
        <caption class="visually-hidden">{{ 'eventsStaff.invitationList.caption' | translate: { count: list.total() } }}</caption>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'eventsStaff.columns.name' | translate }}</th>
          <td mat-cell *matCellDef="let i">
            <div class="name">{{ i.name }}</div>
            <div class="small muted">{{ i.email }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'eventsStaff.columns.status' | translate }}</th>
          <td mat-cell *matCellDef="let i">
            <app-event-status-chip [value]="i.status" [invitation]="true" />
            @if (i.waitlistPosition) {
              <div class="small muted">{{ 'eventsShared.waitlistPosition' | translate: { position: i.waitlistPosition } }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="sources">
          <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.sources' | translate }}</th>
          <td mat-cell *matCellDef="let i" class="small">
            @for (s of i.sources; track s; let last = $last) {
              {{ 'eventsShared.source.' + s | translate }}{{ last ? '' : ', ' }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="plusOne">
          <th mat-header-cell *matHeaderCellDef>{{ 'eventsShared.fields.plusOne' | translate }}</th>
          <td mat-cell *matCellDef="let i">{{ i.plusOne ? i.plusOneName || ('common.yes' | translate) : '–' }}</td>
        </ng-container>
        <ng-container matColumnDef="needs">
          <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.needs' | translate }}</th>
          <td mat-cell *matCellDef="let i" class="small needs">
            {{ [i.accessibilityNeeds, i.dietaryNeeds].filter(isText).join(' · ') || '–' }}
          </td>
        </ng-container>
        <ng-container matColumnDef="answeredAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'eventsStaff.columns.answeredAt' | translate }}</th>
          <td mat-cell *matCellDef="let i" class="nowrap">{{ i.answeredAt | localDate: lang }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'eventsStaff.columns.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let i" class="nowrap">
            @if (i.status !== 'listed' && i.status !== 'removed') {
              <button
                mat-icon-button
                type="button"
                [disabled]="busy() || closed()"
                [attr.aria-label]="'eventsStaff.invitationList.resend' | translate: { name: i.name }"
                [matTooltip]="'eventsStaff.invitationList.resend' | translate: { name: i.name }"
                (click)="resend(i)"
              >
                <mat-icon aria-hidden="true">forward_to_inbox</mat-icon>
              </button>
            }
            @if (i.status !== 'removed') {
              <button
                mat-icon-button
                type="button"
                [disabled]="busy()"
                [attr.aria-label]="'eventsStaff.invitationList.remove' | translate: { name: i.name }"
                [matTooltip]="'eventsStaff.invitationList.remove' | translate: { name: i.name }"
                (click)="remove(i)"
              >
                <mat-icon aria-hidden="true">person_remove</mat-icon>
              </button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-mdc-row" *matNoDataRow>
          <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
            @if (!list.loading()) {
              {{ 'eventsStaff.invitationList.empty' | translate }}
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
    }
    .filters .search {
      flex: 2 1 20rem;
    }
    .name {
      font-weight: 500;
    }
    .nowrap {
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .needs {
      max-inline-size: 16rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class InvitationList {
  readonly eventId = input.required<string>();
  /** Bumped by the tab when people were added or invited: load again from the first page. */
  readonly refresh = input(0);
  /** The event is past or cancelled: nothing is sent any more. */
  readonly closed = input(false);
  /** Someone was removed or sent the invitation again. */
  readonly changed = output<void>();

  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = INVITATION_STATUSES;
  protected readonly columns = ['name', 'status', 'sources', 'plusOne', 'needs', 'answeredAt', 'actions'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', status: '' as InvitationStatus | '' });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: InvitationSortField; direction: 'asc' | 'desc' }>({ active: 'name', direction: 'asc' });
  private readonly criteria = computed(() => ({
    eventId: this.eventId(),
    refresh: this.refresh(),
    q: this.filters().q.trim() || undefined,
    status: this.filters().status || undefined,
    sort: this.sort().active,
    dir: this.sort().direction,
  }));
  protected readonly list = pagedList(this.criteria, ({ eventId, q, status, sort, dir }, page) =>
    this.api.invitations(eventId, { q, status, sort, dir, ...page }),
  );
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly isText = (v: string | null): v is string => !!v;

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as InvitationSortField, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }

  protected remove(item: InvitationItem): void {
    const data: ConfirmDialogData = {
      title: this.t('eventsStaff.invitationList.removeTitle', { name: item.name }),
      text: this.t(item.status === 'listed' ? 'eventsStaff.invitationList.removeTextListed' : 'eventsStaff.invitationList.removeText'),
      confirm: this.t('eventsStaff.invitationList.removeConfirm'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.remove(this.eventId(), item.id).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => this.done(this.t('eventsStaff.invitationList.removed', { name: item.name })),
        error: (e: unknown) => this.actionError.set(toApiProblem(e, this.translate).message),
      });
  }

  protected resend(item: InvitationItem): void {
    this.start();
    this.api
      .resend(this.eventId(), item.id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => this.done(this.t('eventsStaff.invitationList.resent', { name: item.name, email: item.email })),
        error: (e: unknown) => this.actionError.set(toApiProblem(e, this.translate).message),
      });
  }

  private start(): void {
    this.busy.set(true);
    this.actionError.set(null);
  }

  private done(message: string): void {
    this.snackBar.open(message, this.t('common.close'), { duration: 5000 });
    this.list.reload();
    this.changed.emit();
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }
}
