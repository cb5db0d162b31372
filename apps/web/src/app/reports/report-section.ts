import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReportPeriod, ReportTable } from '@miteinander/contracts';
import { isChartable, type ChartSettings } from './chart-config';
import { ReportChart } from './report-chart';
import { csvFileName, toCsv } from './report-csv';
import { ReportDataTable } from './report-data-table';
import { tableLines } from './table-lines';

/** One table of a report: what it counts, the chart, the same figures as a table, and the table as CSV. */
@Component({
  selector: 'app-report-section',
  imports: [MatButton, MatIcon, TranslatePipe, ReportChart, ReportDataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()">{{ table().title }}</h3>
      @if (table().description) {
        <p class="description">{{ table().description }}</p>
      }
      @if (table().rows.length === 0) {
        <p class="muted">{{ 'reports.table.empty' | translate }}</p>
      } @else {
        @if (chartable()) {
          <app-report-chart [table]="table()" [settings]="settings()" />
        }
        <app-report-data-table [table]="table()" [rowHeader]="rowHeader()" [locale]="settings().locale" [words]="settings().words" />
        <button mat-stroked-button type="button" class="csv" (click)="downloadCsv()">
          <mat-icon aria-hidden="true">download</mat-icon>
          {{ 'reports.table.csv' | translate }}
          <span class="visually-hidden">: {{ table().title }}</span>
        </button>
      }
    </section>
  `,
  styles: `
    section {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      padding-block: 0.5rem 1.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .description {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .csv {
      align-self: flex-start;
    }
  `,
})
export class ReportSection {
  readonly table = input.required<ReportTable>();
  readonly period = input.required<ReportPeriod>();
  readonly settings = input.required<ChartSettings>();
  readonly rowHeader = input.required<string>();

  private readonly document = inject(DOCUMENT);
  protected readonly chartable = computed(() => isChartable(this.table()));
  protected readonly headingId = computed(() => `report-table-${this.table().key}`);

  /** Built here from the figures shown, so the file always matches the table on screen. */
  protected downloadCsv(): void {
    const { locale, words } = this.settings();
    const csv = toCsv(tableLines(this.table(), this.rowHeader(), locale, words));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = csvFileName(this.table().title, this.period().from, this.period().to);
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
