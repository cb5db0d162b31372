import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READ_DATA_SOURCE, requestContext, tableCsv, tableXlsx, type TableColumn } from '@miteinander/server-platform';
import type { ExportQueryDto } from '../dto/list.query';
import { SponsorshipConfig } from '../sponsorship-config';
import type { ListRow } from '../views/list-row';
import { EXPORT_TEXTS } from './export-texts';
import { SponsorshipListService } from './sponsorship-list.service';

/** A county has hundreds, a state tens of thousands of sponsorships: read in slices, capped well above that. */
const SLICE = 1000;
const MAX_ROWS = 100_000;

export interface ExportedFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

const asDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The list as CSV or XLSX with the same filters and order; contact details and notes are never exported. */
@Injectable()
export class SponsorshipExportService {
  constructor(
    private readonly list: SponsorshipListService,
    private readonly config: SponsorshipConfig,
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
  ) {}

  async export(query: ExportQueryDto): Promise<ExportedFile> {
    const lang = requestContext.current()?.locale === 'en' ? 'en' : 'de';
    const t = EXPORT_TEXTS[lang];
    const rows: ListRow[] = [];
    for (let offset = 0; offset < MAX_ROWS; offset += SLICE) {
      const slice = await this.list.rows(query, SLICE, offset, this.reads);
      rows.push(...slice);
      if (slice.length < SLICE) break;
    }
    const dateFmt = lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    const columns: TableColumn<ListRow>[] = [
      { header: t.columns.name, value: (r) => r.name, width: 28 },
      { header: t.columns.kind, value: (r) => t.kinds[r.kind], width: 22 },
      { header: t.columns.state, value: (r) => t.states[r.state], width: 22 },
      { header: t.columns.municipality, value: (r) => r.municipality_name, width: 20 },
      { header: t.columns.languages, value: (r) => r.languages.map((l) => l.code).join(', '), width: 14 },
      { header: t.columns.germanLevel, value: (r) => r.german_level, width: 9 },
      { header: t.columns.volunteer, value: (r) => (r.volunteer_id ? `${r.volunteer_first_name} ${r.volunteer_last_name}` : null), width: 26 },
      { header: t.columns.coordinator, value: (r) => r.coordinator_name, width: 22 },
      { header: t.columns.requestedAt, value: (r) => asDate(r.requested_on), numFmt: dateFmt, width: 13 },
      { header: t.columns.waitingDays, value: (r) => r.waiting_days, width: 10 },
      { header: t.columns.trialStart, value: (r) => asDate(r.trial_start), numFmt: dateFmt, width: 13 },
      { header: t.columns.plannedEnd, value: (r) => asDate(r.planned_end), numFmt: dateFmt, width: 13 },
      { header: t.columns.nextCheckInDue, value: (r) => asDate(r.next_check_in_due), numFmt: dateFmt, width: 13 },
      { header: t.columns.overdue, value: (r) => (r.check_in_overdue ? t.yes : t.no), width: 10 },
      { header: t.columns.endDate, value: (r) => asDate(r.end_date), numFmt: dateFmt, width: 13 },
      { header: t.columns.endReason, value: (r) => (r.end_reason ? t.endReasons[r.end_reason] : null), width: 22 },
    ];
    const stem = `${t.fileStem}-${this.config.today()}`;
    if (query.format === 'xlsx') {
      return { body: await tableXlsx(t.sheet, columns, rows), fileName: `${stem}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    }
    const formatDate = (d: Date) => (lang === 'de' ? d.toISOString().slice(0, 10).split('-').reverse().join('.') : d.toISOString().slice(0, 10));
    return { body: tableCsv(columns, rows, formatDate), fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8' };
  }
}
