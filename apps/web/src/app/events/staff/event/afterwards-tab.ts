import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EventView } from '@miteinander/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { pagedList } from '../../../shared/lists/paged-list';
import { EventsApi } from '../../shared/events-api';
import { EventStatusChip } from '../shared/event-status-chip';

/** The "Danach" tab: the door (check-in), who came, the attendance list and Urkunden to download, and the thank-you mail. */
@Component({
  selector: 'app-event-afterwards-tab',
  imports: [RouterLink, MatAnchor, MatButton, MatCheckbox, MatIcon, MatProgressBar, MatTableModule, TranslatePipe, FormAlert, LocalDatePipe, ListPaginator, EventStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    @let lang = language.current();
    <section aria-labelledby="door-heading">
      <h2 id="door-heading">{{ 'eventsStaff.afterwards.doorHeading' | translate }}</h2>
      <p class="muted">{{ 'eventsStaff.afterwards.doorIntro' | translate }}</p>
      <a mat-flat-button [routerLink]="['/events', e.id, 'check-in']">
        <mat-icon aria-hidden="true">qr_code_scanner</mat-icon>
        {{ 'eventsStaff.afterwards.openDoor' | translate }}
      </a>
    </section>

    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{{ 'eventsStaff.afterwards.downloadsHeading' | translate }}</h2>
      <ul class="downloads">
        <li>
          <a mat-stroked-button [href]="api.attendanceXlsxUrl(e.id)" download>
            <mat-icon aria-hidden="true">table_view</mat-icon>
            {{ 'eventsStaff.afterwards.xlsx' | translate }}
          </a>
        </li>
        <li>
          <a mat-stroked-button [href]="api.certificatesUrl(e.id, 'winners')" download>
            <mat-icon aria-hidden="true">workspace_premium</mat-icon>
            {{ 'eventsStaff.afterwards.certificatesWinners' | translate }}
          </a>
        </li>
        <li>
          <a mat-stroked-button [href]="api.certificatesUrl(e.id, 'attendees')" download>
            <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
            {{ 'eventsStaff.afterwards.certificatesAttendees' | translate }}
          </a>
        </li>
      </ul>
    </section>

    <section aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">{{ 'eventsStaff.afterwards.thanksHeading' | translate }}</h2>
      <p class="muted">{{ (e.past ? 'eventsStaff.afterwards.thanksIntro' : 'eventsStaff.afterwards.thanksLater') | translate }}</p>
      <app-form-alert [message]="thanksError()" />
      <div class="progress-slot">
        @if (thanking()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <button mat-stroked-button type="button" [disabled]="!e.past || e.status === 'cancelled' || thanking()" (click)="thankYou()">
        <mat-icon aria-hidden="true">volunteer_activism</mat-icon>
        {{ 'eventsStaff.afterwards.thanks' | translate }}
      </button>
    </section>

    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{{ 'eventsStaff.afterwards.attendanceHeading' | translate }}</h2>
      <mat-checkbox [checked]="all()" (change)="all.set($event.checked)">{{ 'eventsStaff.afterwards.includeAccepted' | translate }}</mat-checkbox>
      <app-form-alert [message]="list.error()" />
      <div class="progress-slot">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <div class="table-scroll">
        <table mat-table [dataSource]="list.items()">
          <caption class="visually-hidden">{{ 'eventsStaff.afterwards.caption' | translate: { count: list.total() } }}</caption>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.name' | translate }}</th>
            <td mat-cell *matCellDef="let i">
              <div class="name">{{ i.name }}</div>
              <div class="small muted">{{ i.email }}</div>
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.status' | translate }}</th>
            <td mat-cell *matCellDef="let i"><app-event-status-chip [value]="i.status" [invitation]="true" /></td>
          </ng-container>
          <ng-container matColumnDef="plusOne">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsShared.fields.plusOne' | translate }}</th>
            <td mat-cell *matCellDef="let i">{{ i.plusOne ? i.plusOneName || ('common.yes' | translate) : '–' }}</td>
          </ng-container>
          <ng-container matColumnDef="photoConsent">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.photoConsent' | translate }}</th>
            <td mat-cell *matCellDef="let i">{{ i.photoConsent === null ? '–' : ((i.photoConsent ? 'common.yes' : 'common.no') | translate) }}</td>
          </ng-container>
          <ng-container matColumnDef="checkedInAt">
            <th mat-header-cell *matHeaderCellDef>{{ 'eventsStaff.columns.checkedInAt' | translate }}</th>
            <td mat-cell *matCellDef="let i" class="nowrap">{{ i.checkedInAt ? (i.checkedInAt | localDate: lang) : ('eventsStaff.afterwards.notCheckedIn' | translate) }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (!list.loading()) {
                {{ 'eventsStaff.afterwards.empty' | translate }}
              }
            </td>
          </tr>
        </table>
      </div>
      <app-list-paginator [list]="list" />
    </section>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      padding-block: 1rem;
    }
    h2 {
      margin-block-start: 0;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
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
  `,
})
export class AfterwardsTab {
  readonly event = input.required<EventView>();

  protected readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly columns = ['name', 'status', 'plusOne', 'photoConsent', 'checkedInAt'];
  /** Also those who said yes but were not checked in (e.g. to see who did not come). */
  protected readonly all = signal(false);
  private readonly criteria = computed(() => ({ id: this.event().id, all: this.all() }));
  protected readonly list = pagedList(this.criteria, ({ id, all }, page) => this.api.attendance(id, { ...page, all: all ? 1 : undefined }));
  protected readonly thanking = signal(false);
  protected readonly thanksError = signal<string | null>(null);

  protected thankYou(): void {
    const t = (key: string, params: Record<string, unknown> = {}) => this.translate.instant(key, params) as string;
    const data: ConfirmDialogData = {
      title: t('eventsStaff.afterwards.thanksTitle'),
      text: t('eventsStaff.afterwards.thanksText', { checkedIn: this.event().counts.checkedIn }),
      confirm: t('eventsStaff.send.confirm'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.thanking.set(true);
          this.thanksError.set(null);
          return this.api.thankYou(this.event().id).pipe(finalize(() => this.thanking.set(false)));
        }),
      )
      .subscribe({
        next: (result) => this.snackBar.open(t('eventsStaff.afterwards.thanked', { count: result.sent }), t('common.close'), { duration: 6000 }),
        error: (e: unknown) => this.thanksError.set(toApiProblem(e, this.translate).message),
      });
  }
}
