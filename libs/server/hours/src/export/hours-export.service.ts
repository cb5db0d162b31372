import { PassThrough, Readable, type Transform } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { formatHours, todayIn } from '@miteinander/domain-hours';
import { APP_CONFIG, READ_DATA_SOURCE, requestContext, type AppConfig } from '@miteinander/server-platform';
import { wallClock } from '@miteinander/domain-reminders';
import { docLang, formatDate, type DocLang } from '../format';
import { deciderLabel, type HourViewRow } from '../hour-view';
import type { HourListQueryDto } from '../dto/hours.dto';
import { CERTIFICATE_TEXTS } from '../certificate/certificate-texts';
import { EXPORT_TEXTS } from './export-texts';
import { hourRowsInOrder } from './hour-rows';

export interface ExportFile {
  stream: Readable;
  fileName: string;
  contentType: string;
}

/** The one-tap activities are stored as keys; people read them as the certificate prints them. Free text stays as written. */
function activityLabel(activity: string, lang: DocLang): string {
  return CERTIFICATE_TEXTS[lang].activityLabels[activity] ?? activity;
}

const COLUMN_KEYS = ['date', 'volunteer', 'organisation', 'activity', 'hours', 'minutes', 'status', 'note', 'decidedAt', 'decidedBy', 'reason'] as const;

/** The staff list as a file, with the same filters and order as GET /hours; streamed, so size does not matter. */
@Injectable()
export class HoursExportService {
  private readonly logger = new Logger('HoursExport');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** A list export reads the replica when there is one. */
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
  ) {}

  /** UTF-8 with BOM and `;` between fields, which German Excel opens correctly; cells that look like formulas are escaped. */
  csv(query: HourListQueryDto): ExportFile {
    const lang = this.lang();
    const texts = EXPORT_TEXTS[lang];
    const csv: Transform = stringify({
      delimiter: ';',
      bom: true,
      header: true,
      escape_formulas: true,
      columns: COLUMN_KEYS.map((key) => ({ key, header: texts.columns[key] })),
    });
    const rows = Readable.from(this.records(query, lang));
    rows.on('error', (e) => this.fail(csv, e));
    rows.pipe(csv);
    return { stream: csv, fileName: this.fileName(lang, 'csv'), contentType: 'text/csv; charset=utf-8' };
  }

  /** Written row by row with exceljs' streaming writer; hours are numbers and dates real dates, so Excel can sum and sort. */
  xlsx(query: HourListQueryDto): ExportFile {
    const lang = this.lang();
    const texts = EXPORT_TEXTS[lang];
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    const dateFormat = lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    sheet.columns = [
      { header: texts.columns.date, key: 'date', width: 12, style: { numFmt: dateFormat } },
      { header: texts.columns.volunteer, key: 'volunteer', width: 28 },
      { header: texts.columns.organisation, key: 'organisation', width: 28 },
      { header: texts.columns.activity, key: 'activity', width: 32 },
      { header: texts.columns.hours, key: 'hours', width: 9, style: { numFmt: '0.00' } },
      { header: texts.columns.minutes, key: 'minutes', width: 9 },
      { header: texts.columns.status, key: 'status', width: 14 },
      { header: texts.columns.note, key: 'note', width: 40 },
      { header: texts.columns.decidedAt, key: 'decidedAt', width: 18, style: { numFmt: `${dateFormat} hh:mm` } },
      { header: texts.columns.decidedBy, key: 'decidedBy', width: 28 },
      { header: texts.columns.reason, key: 'reason', width: 40 },
    ];
    sheet.getRow(1).font = { bold: true };
    void (async () => {
      for await (const batch of hourRowsInOrder(this.reads, query, query.sort, query.direction)) {
        for (const r of batch) {
          sheet
            .addRow({
              date: new Date(`${r.activity_date}T00:00:00Z`),
              volunteer: `${r.first_name} ${r.last_name}`,
              organisation: r.organisation_name ?? '',
              activity: activityLabel(r.activity, lang),
              hours: r.minutes / 60,
              minutes: r.minutes,
              status: texts.status[r.status],
              note: r.note ?? '',
              decidedAt: r.decided_at ? this.wallClockAsUtc(new Date(r.decided_at)) : null,
              decidedBy: deciderLabel(r.decided_by_user_name, r.decided_by_contact_name, lang) ?? '',
              reason: r.rejection_reason ?? '',
            })
            .commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    })().catch((e: unknown) => this.fail(out, e));
    return { stream: out, fileName: this.fileName(lang, 'xlsx'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }

  private async *records(query: HourListQueryDto, lang: DocLang): AsyncGenerator<Record<(typeof COLUMN_KEYS)[number], string>> {
    const texts = EXPORT_TEXTS[lang];
    const dateTime = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: this.config.reminders.timezone });
    for await (const batch of hourRowsInOrder(this.reads, query, query.sort, query.direction)) {
      for (const r of batch) yield this.record(r, lang, texts.status, dateTime);
    }
  }

  private record(r: HourViewRow, lang: DocLang, status: Record<string, string>, dateTime: Intl.DateTimeFormat): Record<(typeof COLUMN_KEYS)[number], string> {
    return {
      date: lang === 'de' ? formatDate(r.activity_date, lang) : r.activity_date,
      volunteer: `${r.first_name} ${r.last_name}`,
      organisation: r.organisation_name ?? '',
      activity: activityLabel(r.activity, lang),
      hours: formatHours(r.minutes, lang),
      minutes: String(r.minutes),
      status: status[r.status]!,
      note: r.note ?? '',
      decidedAt: r.decided_at ? dateTime.format(new Date(r.decided_at)) : '',
      decidedBy: deciderLabel(r.decided_by_user_name, r.decided_by_contact_name, lang) ?? '',
      reason: r.rejection_reason ?? '',
    };
  }

  /** Excel has no time zones: a decision at 14:03 in Berlin is written as 14:03. */
  private wallClockAsUtc(instant: Date): Date {
    const w = wallClock(instant, this.config.reminders.timezone);
    return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
  }

  private lang(): DocLang {
    return docLang(requestContext.current()?.locale);
  }

  private fileName(lang: DocLang, extension: string): string {
    return `${EXPORT_TEXTS[lang].fileStem}-${todayIn(new Date(), this.config.reminders.timezone)}.${extension}`;
  }

  /** Headers are already sent when a later batch fails: the download is cut short and the cause logged. */
  private fail(stream: Readable | Transform, error: unknown): void {
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
