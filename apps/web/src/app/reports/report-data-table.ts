import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SUPPRESSED, type ReportTable } from '@miteinander/contracts';
import { formatFigure, type UnitWords } from './figure-format';

/** The figures of a report table as a real table: caption, column and row headers, the total row in the footer. */
@Component({
  selector: 'app-report-data-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'reports.table.caption' | translate: { title: table().title }">
      <table>
        <caption>{{ 'reports.table.caption' | translate: { title: table().title } }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ rowHeader() }}</th>
            @for (column of table().columns; track column.key) {
              <th scope="col" class="number">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of cells().rows; track row.key) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track $index) {
                <td class="number">
                  @if (cell === suppressed) {
                    <abbr [title]="'reports.table.suppressed' | translate"
                      ><span aria-hidden="true">{{ suppressed }}</span
                      ><span class="visually-hidden">{{ 'reports.table.suppressed' | translate }}</span></abbr
                    >
                  } @else {
                    {{ cell }}
                  }
                </td>
              }
            </tr>
          }
        </tbody>
        @if (cells().total; as total) {
          <tfoot>
            <tr>
              <th scope="row">{{ total.label }}</th>
              @for (cell of total.cells; track $index) {
                <td class="number">
                  @if (cell === suppressed) {
                    <abbr [title]="'reports.table.suppressed' | translate"
                      ><span aria-hidden="true">{{ suppressed }}</span
                      ><span class="visually-hidden">{{ 'reports.table.suppressed' | translate }}</span></abbr
                    >
                  } @else {
                    {{ cell }}
                  }
                </td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styles: `
    .table-scroll:focus-visible {
      outline-offset: 0;
    }
    table {
      border-collapse: collapse;
      min-inline-size: min(100%, 24rem);
      font: var(--mat-sys-body-medium);
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 0.5rem;
    }
    th,
    td {
      padding-block: 0.375rem;
      padding-inline: 0.75rem;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    thead th {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 400;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    tfoot th,
    tfoot td {
      font-weight: 500;
      border-block-start: 2px solid var(--mat-sys-outline);
      border-block-end: 0;
    }
    abbr {
      text-decoration: underline dotted;
      cursor: help;
    }
  `,
})
export class ReportDataTable {
  readonly table = input.required<ReportTable>();
  readonly rowHeader = input.required<string>();
  readonly locale = input.required<string>();
  readonly words = input.required<UnitWords>();

  protected readonly suppressed = SUPPRESSED;
  /** Every figure formatted once per table and language, not on each change detection. */
  protected readonly cells = computed(() => {
    const { columns, rows, total } = this.table();
    const format = (cells: ReportTable['rows'][number]['cells']): string[] =>
      columns.map((c) => formatFigure(cells[c.key], c.unit, this.locale(), this.words()));
    return {
      rows: rows.map((row) => ({ key: row.key, label: row.label, cells: format(row.cells) })),
      total: total ? { label: total.label, cells: format(total.cells) } : null,
    };
  });
}
