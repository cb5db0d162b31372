import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';
import { GrantBudgetBar } from '../shared/budget-bar';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantStatusChip } from '../shared/grant-status-chip';

/**
 * The "Rangliste" tab: applications in review and decided, best weighted average first, with what would be
 * left of the budget after funding each one and all above it in full. Rows that no longer fit stand out.
 */
@Component({
  selector: 'app-grant-call-ranking',
  imports: [RouterLink, MatIcon, MatProgressBar, MatTableModule, TranslatePipe, FormAlert, GrantBudgetBar, GrantEuroPipe, GrantStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <div class="progress-slot">
      @if (ranking.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    @if (ranking.hasValue()) {
      @let r = ranking.value();
      <h2>{{ 'grantsStaff.ranking.heading' | translate }}</h2>
      <p class="muted">{{ 'grantsStaff.ranking.intro' | translate }}</p>
      <div class="budget">
        <p>
          {{ 'grantsStaff.ranking.budgetLine' | translate: { total: (r.call.totalBudgetCents | grantEuro: lang), approved: (r.call.approvedCents | grantEuro: lang), open: (openRequested() | grantEuro: lang) } }}
        </p>
        <app-grant-budget-bar [total]="r.call.totalBudgetCents" [approved]="r.call.approvedCents" [extra]="openRequested()" [lang]="lang" />
        <p class="legend small muted" aria-hidden="true">
          <span class="swatch approved"></span>{{ 'grantsStaff.ranking.legendApproved' | translate }}
          <span class="swatch open"></span>{{ 'grantsStaff.ranking.legendOpen' | translate }}
        </p>
      </div>
      <div class="table-scroll">
        <table mat-table [dataSource]="r.rows">
          <caption class="visually-hidden">{{ 'grantsStaff.ranking.caption' | translate: { count: r.rows.length } }}</caption>
          <ng-container matColumnDef="rank">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.ranking.rank' | translate }}</th>
            <td mat-cell *matCellDef="let row; let i = index" class="num">{{ i + 1 }}</td>
          </ng-container>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.project' | translate }}</th>
            <td mat-cell *matCellDef="let row">
              <a class="name" [routerLink]="['/grants/applications', row.applicationId]">{{ row.title || ('grantsStaff.untitled' | translate) }}</a>
              @if (row.reference) {
                <div class="small muted">{{ row.reference }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="organisation">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.organisation' | translate }}</th>
            <td mat-cell *matCellDef="let row">{{ row.organisationName || '–' }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.status' | translate }}</th>
            <td mat-cell *matCellDef="let row"><app-grant-status-chip [value]="row.status" /></td>
          </ng-container>
          <ng-container matColumnDef="requested">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.requested' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.requestedCents | grantEuro: lang }}</td>
          </ng-container>
          <ng-container matColumnDef="approved">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.columns.approved' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.approvedCents | grantEuro: lang }}</td>
          </ng-container>
          <ng-container matColumnDef="average">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.ranking.average' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ points(row.weightedAverage) }}</td>
          </ng-container>
          <ng-container matColumnDef="spread">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.ranking.spread' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ points(row.spread) }}</td>
          </ng-container>
          <ng-container matColumnDef="reviews">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.ranking.reviews' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.reviewCount }}</td>
          </ng-container>
          <ng-container matColumnDef="remaining">
            <th mat-header-cell *matHeaderCellDef>{{ 'grantsStaff.ranking.remainingAfter' | translate }}</th>
            <td mat-cell *matCellDef="let row">
              <div class="num">{{ row.remainingAfterCents | grantEuro: lang }}</div>
              @if (row.remainingAfterCents < 0) {
                <div class="no-fit"><mat-icon aria-hidden="true">warning</mat-icon>{{ 'grantsStaff.ranking.noFit' | translate }}</div>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [class.is-over]="row.remainingAfterCents < 0"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">{{ 'grantsStaff.ranking.empty' | translate }}</td>
          </tr>
        </table>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      padding-block-start: 1rem;
    }
    h2 {
      margin-block-start: 0;
    }
    .budget {
      max-inline-size: 40rem;
      margin-block-end: 1rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border-radius: 2px;
      margin-inline-start: 0.5rem;
    }
    .swatch.approved {
      background: var(--mat-sys-primary);
    }
    .swatch.open {
      background: repeating-linear-gradient(45deg, var(--mat-sys-primary) 0 3px, var(--mat-sys-primary-container) 3px 6px);
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
    .no-fit {
      display: inline-flex;
      white-space: nowrap;
      gap: 0.25rem;
      align-items: center;
      margin-block-start: 0.25rem;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-label-medium);
      mat-icon {
        inline-size: 1rem;
        block-size: 1rem;
        font-size: 1rem;
      }
    }
    tr.is-over td:first-child {
      box-shadow: inset 4px 0 0 var(--mat-sys-error);
    }
    :host-context([dir='rtl']) tr.is-over td:first-child {
      box-shadow: inset -4px 0 0 var(--mat-sys-error);
    }
  `,
})
export class CallRanking {
  readonly callId = input.required<string>();

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly columns = ['rank', 'title', 'organisation', 'status', 'requested', 'approved', 'average', 'spread', 'reviews', 'remaining'];
  protected readonly ranking = rxResource({ params: () => this.callId(), stream: ({ params }) => this.api.ranking(params) });
  protected readonly error = computed(() => {
    const e = this.ranking.error();
    return e ? toApiProblem(e, this.translate).message : null;
  });
  /** What the rows still in review ask for: the lighter part of the bar. */
  protected readonly openRequested = computed(() =>
    this.ranking.hasValue() ? this.ranking.value().rows.filter((r) => r.status === 'in_review').reduce((sum, r) => sum + r.requestedCents, 0) : 0,
  );

  protected points(value: number | null): string {
    if (value === null) return '–';
    return new Intl.NumberFormat(this.language.current(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  }
}
