import '../review/messages';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type FieldOfAction, type GrantApplicationStatus } from '@miteinander/contracts';
import { AppError, READ_DATA_SOURCE, tableXlsx, type TableColumn } from '@miteinander/server-platform';
import { CALL_EXPORT_KINDS, type CallExportKind } from '../dto/decisions.dto';
import { GrantsConfig } from '../grants-config';
import { grantProblemsError } from '../problems';

export const STATUS_DE: Record<GrantApplicationStatus, string> = {
  draft: 'Entwurf',
  submitted: 'Eingereicht',
  revision_requested: 'Überarbeitung erbeten',
  in_review: 'In Begutachtung',
  approved: 'Bewilligt',
  rejected: 'Abgelehnt',
  payment_requested: 'Mittel abgefordert',
  paid: 'Ausgezahlt',
  report_submitted: 'Nachweis eingereicht',
  report_corrections: 'Nachweis: Korrektur erbeten',
  closed: 'Abgeschlossen',
  withdrawn: 'Zurückgezogen',
};

export const FIELD_DE: Record<FieldOfAction, string> = { language: 'Sprache', education: 'Bildung', work: 'Arbeit', cohesion: 'Gesellschaftlicher Zusammenhalt' };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EUR = '#,##0.00 "€"';
const DATE = 'dd.mm.yyyy';
const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const asDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

interface Row {
  reference: string | null;
  title: string | null;
  organisation: string | null;
  municipality: string | null;
  field: FieldOfAction | null;
  status: GrantApplicationStatus;
  requested_cents: number | null;
  approved_cents: number | null;
  conditions: string | null;
  decision_reason: string | null;
  submitted_on: string | null;
  decided_on: string | null;
  report_due: string | null;
  payment_requested_on: string | null;
  payment_cents: number | null;
  paid_on: string | null;
}

const APPLICATIONS: TableColumn<Row>[] = [
  { header: 'Aktenzeichen', value: (r) => r.reference, width: 16 },
  { header: 'Projekt', value: (r) => r.title, width: 36 },
  { header: 'Träger', value: (r) => r.organisation, width: 28 },
  { header: 'Ort', value: (r) => r.municipality, width: 18 },
  { header: 'Handlungsfeld', value: (r) => (r.field ? FIELD_DE[r.field] : null), width: 22 },
  { header: 'Stand', value: (r) => STATUS_DE[r.status], width: 20 },
  { header: 'Beantragt', value: (r) => euros(r.requested_cents), numFmt: EUR, width: 14 },
  { header: 'Eingereicht am', value: (r) => asDate(r.submitted_on), numFmt: DATE, width: 14 },
];

const DECISIONS: TableColumn<Row>[] = [
  { header: 'Aktenzeichen', value: (r) => r.reference, width: 16 },
  { header: 'Projekt', value: (r) => r.title, width: 36 },
  { header: 'Entscheidung', value: (r) => (r.status === 'rejected' ? 'Abgelehnt' : 'Bewilligt'), width: 14 },
  { header: 'Bewilligt', value: (r) => euros(r.approved_cents), numFmt: EUR, width: 14 },
  { header: 'Auflagen / Gründe', value: (r) => (r.status === 'rejected' ? r.decision_reason : r.conditions), width: 48 },
  { header: 'Entschieden am', value: (r) => asDate(r.decided_on), numFmt: DATE, width: 14 },
  { header: 'Nachweis fällig', value: (r) => asDate(r.report_due), numFmt: DATE, width: 14 },
];

const PAYMENTS: TableColumn<Row>[] = [
  { header: 'Aktenzeichen', value: (r) => r.reference, width: 16 },
  { header: 'Projekt', value: (r) => r.title, width: 36 },
  { header: 'Angefordert am', value: (r) => asDate(r.payment_requested_on), numFmt: DATE, width: 14 },
  { header: 'Betrag', value: (r) => euros(r.payment_cents), numFmt: EUR, width: 14 },
  { header: 'Ausgezahlt am', value: (r) => asDate(r.paid_on), numFmt: DATE, width: 14 },
];

const SHEETS: Record<CallExportKind, { sheet: string; file: string; columns: TableColumn<Row>[] }> = {
  applications: { sheet: 'Anträge', file: 'Antraege', columns: APPLICATIONS },
  decisions: { sheet: 'Entscheidungen', file: 'Entscheidungen', columns: DECISIONS },
  payments: { sheet: 'Auszahlungen', file: 'Auszahlungen', columns: PAYMENTS },
};

/** Which rows each list holds: applications past draft, decided ones, payment requests. */
const FROM: Record<CallExportKind, string> = {
  applications: `FROM grant_applications a LEFT JOIN grant_payments p ON false WHERE a.call_id = $1 AND a.status <> 'draft'`,
  decisions: `FROM grant_applications a LEFT JOIN grant_payments p ON false WHERE a.call_id = $1 AND a.decided_at IS NOT NULL
                 AND a.status IN ('approved', 'rejected', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed')`,
  payments: `FROM grant_applications a JOIN grant_payments p ON p.application_id = a.id WHERE a.call_id = $1`,
};

const ORDER: Record<CallExportKind, string> = {
  applications: 'a.submitted_at, a.reference',
  decisions: 'a.decided_at, a.reference',
  payments: 'p.requested_at, a.reference',
};

/** A call's applications, decisions or payments as XLSX: German headers, euros and dates as real values Excel can sum and sort. */
@Injectable()
export class CallExportsService {
  constructor(
    /** Read from the replica when there is one. */
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
    private readonly config: GrantsConfig,
  ) {}

  async export(callId: string, kind: string): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    if (!(CALL_EXPORT_KINDS as readonly string[]).includes(kind)) throw grantProblemsError([{ field: 'kind', rule: 'exportKind' }]);
    const k = kind as CallExportKind;
    const [call]: { year: number }[] = await this.reads.query(`SELECT year FROM grant_calls WHERE id = $1`, [callId]);
    if (!call) throw new AppError(404, ErrorCode.NotFound);
    const berlin = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD')`;
    // FROM and ORDER come from the fixed tables above, never from the request.
    const rows: Row[] = await this.reads.query(
      `SELECT a.reference, a.data->>'title' AS title, a.data->>'organisationName' AS organisation,
              (SELECT m.name FROM municipalities m WHERE m.id::text = a.data->>'municipalityId') AS municipality,
              a.data->>'fieldOfAction' AS field, a.status, a.requested_cents, a.approved_cents, a.conditions, a.decision_reason,
              ${berlin('a.submitted_at')} AS submitted_on, ${berlin('a.decided_at')} AS decided_on, to_char(a.report_due, 'YYYY-MM-DD') AS report_due,
              ${berlin('p.requested_at')} AS payment_requested_on, p.amount_cents AS payment_cents, to_char(p.paid_on, 'YYYY-MM-DD') AS paid_on
         ${FROM[k]} ORDER BY ${ORDER[k]}`,
      [callId],
    );
    const s = SHEETS[k];
    return { body: await tableXlsx(s.sheet, s.columns, rows), fileName: `${s.file}-${call.year}-${this.config.today()}.xlsx`, contentType: XLSX };
  }
}
