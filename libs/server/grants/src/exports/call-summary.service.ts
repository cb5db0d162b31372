import '../review/messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FieldOfAction, GrantApplicationStatus } from '@miteinander/contracts';
import { GrantsConfig } from '../grants-config';
import { GrantRankingService } from '../review/ranking.service';
import { FIELD_DE, STATUS_DE } from './call-exports.service';
import { startPdf } from '@miteinander/server-platform';

const eur = (cents: number | null) => (cents === null ? '–' : new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100));
const day = (iso: string) => iso.split('-').reverse().join('.');
const num = (x: number | null) => (x === null ? '–' : x.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** One table row: texts at fixed column offsets (points from the left margin); a new page when the page is full. */
function row(doc: PDFKit.PDFDocument, cells: string[], widths: number[], bold = false): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
  const y = doc.y;
  let x = doc.page.margins.left;
  let bottom = y;
  doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
  cells.forEach((cell, i) => {
    doc.text(cell, x, y, { width: widths[i]! - 6 });
    bottom = Math.max(bottom, doc.y);
    x += widths[i]!;
  });
  doc.x = doc.page.margins.left;
  doc.y = bottom + 3;
}

/** The call summary for the county's files (German): settings, budget, counts per status and field, the ranked list with decisions. */
@Injectable()
export class CallSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ranking: GrantRankingService,
    private readonly config: GrantsConfig,
  ) {}

  async summary(callId: string): Promise<{ body: Buffer; fileName: string }> {
    const { call, rows } = await this.ranking.ranking(callId);
    const statuses: { status: GrantApplicationStatus; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM grant_applications WHERE call_id = $1 AND status <> 'draft' GROUP BY status ORDER BY status`,
      [callId],
    );
    const fields: { field: FieldOfAction | null; n: number; requested: string; approved: string }[] = await this.dataSource.query(
      `SELECT data->>'fieldOfAction' AS field, count(*)::int AS n, COALESCE(sum(requested_cents), 0) AS requested,
              COALESCE(sum(approved_cents) FILTER (WHERE status NOT IN ('rejected', 'withdrawn')), 0) AS approved
         FROM grant_applications WHERE call_id = $1 AND status <> 'draft' GROUP BY 1 ORDER BY 1`,
      [callId],
    );

    const { doc, done } = startPdf({ size: 'A4', margins: { top: 48, bottom: 48, left: 48, right: 48 }, lang: 'de', info: { Title: `Förderaufruf ${call.title}: Übersicht`, Author: this.config.countyName } });
    const heading = (text: string) => doc.moveDown(0.8).font('bold').fontSize(11.5).fillColor('#00478f').text(text).fillColor('black').moveDown(0.3);

    doc.font('bold').fontSize(15).text(call.title);
    doc.font('regular').fontSize(9).text(`Förderaufruf ${call.year} · ${this.config.countyName} · Stand ${day(this.config.today())}`);

    heading('Einstellungen');
    doc.font('regular').fontSize(9.5);
    doc.text(`Status: ${{ draft: 'Entwurf', open: 'Offen', paused: 'Pausiert', closed: 'Geschlossen' }[call.status]}${call.pauseReason ? ` (${call.pauseReason})` : ''}`);
    doc.text(`Einsendeschluss: ${day(call.deadline)} · Vorlauf bis Projektbeginn: ${call.minLeadDays} Tage · Verwendungsnachweis: ${call.reportMonths} Monate nach Projektende`);
    doc.text(`Höchstbetrag je Projekt: ${eur(call.maxPerProjectCents)} · je Sprachkurs: ${eur(call.maxPerLanguageCourseCents)}`);
    doc.text(`Handlungsfelder: ${call.fieldsOfAction.map((f) => FIELD_DE[f]).join(', ')}`);
    doc.text(`Kriterien: ${call.criteria.map((c) => `${c.label} (Gewicht ${c.weight})`).join(', ')}`);

    heading('Budget');
    row(doc, ['Gesamt', 'Bewilligt', 'Frei'], [160, 160, 160], true);
    row(doc, [eur(call.totalBudgetCents), eur(call.approvedCents), eur(call.remainingCents)], [160, 160, 160]);

    heading('Anträge nach Stand');
    for (const s of statuses) row(doc, [STATUS_DE[s.status], String(s.n)], [200, 80]);
    if (!statuses.length) doc.font('regular').fontSize(9).text('Noch keine Anträge.');

    heading('Nach Handlungsfeld');
    row(doc, ['Handlungsfeld', 'Anträge', 'Beantragt', 'Bewilligt'], [200, 70, 110, 110], true);
    for (const f of fields) row(doc, [f.field ? FIELD_DE[f.field] : '–', String(f.n), eur(Number(f.requested)), eur(Number(f.approved))], [200, 70, 110, 110]);

    heading('Rangliste');
    const widths = [20, 76, 120, 58, 58, 32, 56, 80];
    row(doc, ['#', 'Aktenzeichen', 'Projekt', 'Beantragt', 'Bewilligt', 'Ø', 'Streuung', 'Stand'], widths, true);
    rows.forEach((r, i) =>
      row(doc, [String(i + 1), r.reference ?? '–', r.title ?? '–', eur(r.requestedCents), r.status === 'rejected' ? '–' : eur(r.approvedCents), num(r.weightedAverage), num(r.spread), STATUS_DE[r.status]], widths),
    );
    if (!rows.length) doc.font('regular').fontSize(9).text('Noch keine Anträge in der Begutachtung.');
    doc.end();
    return { body: await done, fileName: `Foerderaufruf-${call.year}-Uebersicht.pdf` };
  }
}
