import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatHours } from '@miteinander/domain-hours';
import { READ_DATA_SOURCE, requestContext, tableCsv, tableXlsx, type TableColumn } from '@miteinander/server-platform';
import { CardsConfig } from '../cards-config';
import type { CardReportExportDto } from '../dto/cards.dto';
import { REPORT_TEXTS } from './report-texts';
import { EligibilityReportService, type ReportRow } from './report.service';

const asDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The eligibility report as CSV or XLSX with the same filters and order; no contact details. */
@Injectable()
export class EligibilityExportService {
  constructor(
    private readonly report: EligibilityReportService,
    private readonly config: CardsConfig,
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
  ) {}

  async export(query: CardReportExportDto): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    const lang = requestContext.current()?.locale === 'en' ? 'en' : 'de';
    const t = REPORT_TEXTS[lang];
    const { rows } = await this.report.filtered(query, this.reads);
    const dateFmt = lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    // Excel sums real numbers; a German CSV reader expects "199,75".
    const hours = (minutes: number | null) => (minutes === null ? null : query.format === 'csv' ? formatHours(minutes, lang) : Math.round((minutes / 60) * 100) / 100);
    const columns: TableColumn<ReportRow>[] = [
      { header: t.columns['name']!, value: (r) => r.volunteer.name, width: 28 },
      { header: t.columns['municipality']!, value: (r) => r.municipalityName, width: 20 },
      { header: t.columns['group']!, value: (r) => t.groups[r.group], width: 22 },
      { header: t.columns['reason']!, value: (r) => (r.mainReason ? t.reason(r.mainReason) : null), width: 34 },
      { header: t.columns['counted']!, value: (r) => hours(r.countedMinutes), width: 12 },
      { header: t.columns['required']!, value: (r) => hours(r.requiredMinutes), width: 12 },
      { header: t.columns['activeSince']!, value: (r) => asDate(r.activeSince), numFmt: dateFmt, width: 13 },
      { header: t.columns['projected']!, value: (r) => asDate(r.projectedEligibleOn), numFmt: dateFmt, width: 14 },
      { header: t.columns['card']!, value: (r) => (r.hasCard ? t.yes : t.no), width: 10 },
      { header: t.columns['application']!, value: (r) => (r.hasOpenApplication ? t.yes : t.no), width: 10 },
    ];
    const stem = `${t.fileStem}-${this.config.today()}`;
    if (query.format === 'xlsx') {
      return { body: await tableXlsx(t.sheet, columns, rows), fileName: `${stem}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    }
    const formatDate = (d: Date) => (lang === 'de' ? d.toISOString().slice(0, 10).split('-').reverse().join('.') : d.toISOString().slice(0, 10));
    return { body: tableCsv(columns, rows, formatDate), fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8' };
  }
}
