import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PRIVACY_REQUEST_STATUSES, type ErasureResult, type PrivacyRequestStatus, type PrivacyRequestView } from '@miteinander/contracts';
import { filter, map, switchMap } from 'rxjs';
import { FormAlert } from '../core/forms/form-alert';
import { LanguageStore } from '../core/i18n/language-store';
import { LocalDatePipe } from '../core/i18n/local-date.pipe';
import { ListPaginator } from '../shared/lists/list-paginator';
import { pagedList } from '../shared/lists/paged-list';
import { VolunteersApi } from '../volunteers/volunteers-api';
import { CloseRequestDialog } from './close-dialog';
import { CreateRequestDialog, type CreateRequestData } from './create-request-dialog';
import { DayPipe } from './day.pipe';
import { DueCountdown } from './due-countdown';
import { EraseDialog } from './erase-dialog';
import { PrivacyApi } from './privacy-api';
import { formatDay, todayInBerlin } from './privacy-dates';

type StatusFilter = PrivacyRequestStatus | 'all';

/** /privacy: access and erasure requests, open ones first and the oldest deadline on top (the server sorts). */
@Component({
  selector: 'app-privacy-requests-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatLabel,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    TranslatePipe,
    DayPipe,
    DueCountdown,
    LocalDatePipe,
    FormAlert,
    ListPaginator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <div class="page-wide">
      <div class="page-head">
        <h1 #heading tabindex="-1">{{ 'privacy.title' | translate }}</h1>
        <button mat-flat-button type="button" (click)="create()">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'privacy.list.new' | translate }}
        </button>
      </div>
      <p class="muted">{{ 'privacy.list.intro' | translate }}</p>
      <app-form-alert kind="success" [message]="notice()" />

      <form class="filters" [attr.aria-label]="'privacy.list.filters' | translate" [formGroup]="filterForm">
        <mat-form-field>
          <mat-label>{{ 'privacy.list.status' | translate }}</mat-label>
          <mat-select formControlName="status">
            @for (s of statusFilters; track s) {
              <mat-option [value]="s">{{ 'privacy.list.statusFilter.' + s | translate }}</mat-option>
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
        <table mat-table [dataSource]="list.items()" [trackBy]="trackById">
          <caption class="visually-hidden">{{ 'privacy.list.caption' | translate: { count: list.total() } }}</caption>
          <ng-container matColumnDef="kind">
            <th mat-header-cell *matHeaderCellDef>{{ 'privacy.columns.kind' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ 'privacy.kind.' + r.kind | translate }}</td>
          </ng-container>
          <ng-container matColumnDef="person">
            <th mat-header-cell *matHeaderCellDef>{{ 'privacy.columns.person' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              <span class="name">{{ r.subjectLabel }}</span>
              <div class="small muted">
                {{ 'privacy.subjectType.' + r.subjectType | translate }}
                @if (r.loggedBy === 'self') {
                  · {{ 'privacy.list.self' | translate }}
                }
              </div>
            </td>
          </ng-container>
          <ng-container matColumnDef="receivedOn">
            <th mat-header-cell *matHeaderCellDef>{{ 'privacy.columns.receivedOn' | translate }}</th>
            <td mat-cell *matCellDef="let r" class="nowrap">{{ r.receivedOn | day: lang }}</td>
          </ng-container>
          <ng-container matColumnDef="dueOn">
            <th mat-header-cell *matHeaderCellDef>{{ 'privacy.columns.dueOn' | translate }}</th>
            <td mat-cell *matCellDef="let r" class="nowrap">
              {{ r.dueOn | day: lang }}
              @if (r.status === 'open') {
                <div><app-due-countdown [dueOn]="r.dueOn" /></div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'privacy.columns.status' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              {{ 'privacy.status.' + r.status | translate }}
              @if (r.doneAt) {
                <div class="small muted">{{ r.doneAt | localDate: lang : 'date' }}</div>
              }
              @if (r.outcome) {
                <div class="small muted outcome">{{ r.outcome }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'privacy.columns.actions' | translate }}</span></th>
            <td mat-cell *matCellDef="let r" class="actions">
              <button
                mat-icon-button
                type="button"
                #trigger="matMenuTrigger"
                [matMenuTriggerFor]="menu"
                [attr.aria-label]="'privacy.actions.menu' | translate: { name: r.subjectLabel }"
              >
                <mat-icon aria-hidden="true">more_vert</mat-icon>
              </button>
              <mat-menu #menu="matMenu">
                @if (r.subjectId) {
                  <a mat-menu-item [href]="api.exportUrl(r.id, 'json')" [attr.download]="'privacy.actions.jsonFileName' | translate: { name: r.subjectLabel, date: today }">
                    <mat-icon aria-hidden="true">data_object</mat-icon>
                    {{ 'privacy.actions.exportJson' | translate }}
                  </a>
                  <a mat-menu-item [href]="api.exportUrl(r.id, 'pdf')" download>
                    <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
                    {{ 'privacy.actions.exportPdf' | translate }}
                  </a>
                }
                @if (r.status === 'open') {
                  @if (r.kind === 'erasure' && r.subjectId) {
                    <button mat-menu-item type="button" (click)="erase(r, trigger)">
                      <mat-icon aria-hidden="true">delete_forever</mat-icon>
                      {{ 'privacy.actions.erase' | translate }}
                    </button>
                  }
                  <button mat-menu-item type="button" (click)="close(r, trigger)">
                    <mat-icon aria-hidden="true">task_alt</mat-icon>
                    {{ 'privacy.actions.close' | translate }}
                  </button>
                } @else if (!r.subjectId) {
                  <button mat-menu-item type="button" disabled>{{ 'privacy.actions.none' | translate }}</button>
                }
              </mat-menu>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [class.is-overdue]="row.status === 'open' && row.dueOn < today"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (!list.loading()) {
                {{ 'privacy.list.empty' | translate }}
              }
            </td>
          </tr>
        </table>
      </div>
      <app-list-paginator [list]="list" />
    </div>
  `,
  styles: `
    .name {
      font-weight: 500;
    }
    .nowrap {
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .outcome {
      max-inline-size: 20rem;
      overflow-wrap: anywhere;
    }
    .actions {
      text-align: end;
    }
    .is-overdue {
      background: color-mix(in srgb, var(--mat-sys-error-container) 35%, transparent);
    }
  `,
})
export class PrivacyRequestsPage {
  protected readonly api = inject(PrivacyApi);
  private readonly volunteers = inject(VolunteersApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore);

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  protected readonly notice = signal<string | null>(null);
  protected readonly statusFilters: StatusFilter[] = [...PRIVACY_REQUEST_STATUSES, 'all'];
  protected readonly columns = ['kind', 'person', 'receivedOn', 'dueOn', 'status', 'actions'];
  protected readonly today = todayInBerlin();
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ status: 'open' as StatusFilter });
  private readonly status = toSignal(this.filterForm.controls.status.valueChanges, { initialValue: this.filterForm.controls.status.value });
  private readonly criteria = computed(() => ({ status: this.status() === 'all' ? undefined : (this.status() as PrivacyRequestStatus) }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));
  protected readonly trackById = (_: number, r: PrivacyRequestView) => r.id;

  constructor() {
    // From a volunteer's profile (?volunteer=<id>): log a request about them. Only the id travels in the address, never the name.
    this.route.queryParamMap
      .pipe(
        map((params) => params.get('volunteer')),
        filter((id): id is string => !!id),
        switchMap((id) => this.volunteers.get(id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (v) => {
          void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
          this.create({ volunteer: { id: v.id, firstName: v.firstName, lastName: v.lastName } }, true);
        },
        error: () => this.create({}, true),
      });
  }

  /** `fromLink`: opened on arrival, so there is no button to go back to; focus goes to the heading instead. */
  protected create(data: CreateRequestData = {}, fromLink = false): void {
    this.dialog
      .open<CreateRequestDialog, CreateRequestData, PrivacyRequestView>(CreateRequestDialog, { data, width: '36rem', maxWidth: '95vw', restoreFocus: !fromLink })
      .afterClosed()
      .subscribe((created) => {
        if (fromLink) this.heading()?.nativeElement.focus();
        if (!created) return;
        this.notice.set(this.t('privacy.list.created', { name: created.subjectLabel, due: formatDay(created.dueOn, this.language.current()) }));
        this.list.reload();
      });
  }

  protected erase(request: PrivacyRequestView, trigger: MatMenuTrigger): void {
    this.dialog
      .open<EraseDialog, PrivacyRequestView, ErasureResult>(EraseDialog, { data: request, width: '36rem', maxWidth: '95vw', restoreFocus: false })
      .afterClosed()
      .subscribe((result) => {
        if (result) this.notice.set(this.t('privacy.list.erased', { name: request.subjectLabel }));
        this.list.reload();
        this.focusAfter(!!result, trigger);
      });
  }

  protected close(request: PrivacyRequestView, trigger: MatMenuTrigger): void {
    this.dialog
      .open<CloseRequestDialog, PrivacyRequestView, PrivacyRequestView>(CloseRequestDialog, { data: request, width: '32rem', maxWidth: '95vw', restoreFocus: false })
      .afterClosed()
      .subscribe((closed) => {
        if (closed) {
          this.notice.set(this.t(closed.status === 'rejected' ? 'privacy.list.rejected' : 'privacy.list.closed', { name: closed.subjectLabel }));
          this.list.reload();
        }
        this.focusAfter(!!closed, trigger);
      });
  }

  /** Cancelled: back to the row's menu button. Done: the row may leave the "open" view, so to the heading above the notice. */
  private focusAfter(changed: boolean, trigger: MatMenuTrigger): void {
    if (changed) this.heading()?.nativeElement.focus();
    else trigger.focus();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.translate.instant(key, params) as string;
  }
}
