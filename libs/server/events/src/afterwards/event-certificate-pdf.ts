import { startPdf } from '@miteinander/server-platform';

/** One Urkunde: who, and for winners the award (and, if given, why). */
export interface CertificatePerson {
  name: string;
  /** Winners only: the award category. */
  category?: string | null;
  /** Winners only: the reason of the nomination, printed small under the category. */
  reason?: string | null;
}

export interface CertificateEvent {
  countyName: string;
  title: string;
  /** Already formatted, e.g. "11.12.2026". */
  date: string;
}

const BLUE = '#00478f';
const GREY = '#44474e';
/** Long reasons are cut so that everything stays on one page. */
const REASON_CHARS = 600;

const shorten = (s: string): string => (s.length > REASON_CHARS ? `${s.slice(0, REASON_CHARS - 1).trimEnd()}…` : s);

/** All certificates in one PDF, one A4 page each, centred, with a line for the Landrätin's or Landrat's signature. */
export function renderEventCertificates(event: CertificateEvent, people: readonly CertificatePerson[]): Promise<Buffer> {
  const { doc, done } = startPdf({
    size: 'A4',
    margins: { top: 72, bottom: 64, left: 72, right: 72 },
    lang: 'de',
    autoFirstPage: false,
    info: { Title: `Urkunden – ${event.title}`, Author: `Miteinander · ${event.countyName}` },
  });
  for (const person of people) {
    doc.addPage();
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const left = doc.page.margins.left;
    const centred = { width, align: 'center' as const };
    doc.rect(36, 36, doc.page.width - 72, doc.page.height - 72).lineWidth(2).strokeColor(BLUE).stroke();
    doc.x = left;
    doc.y = 96;
    doc.font('regular').fontSize(13).fillColor(GREY).text(event.countyName, left, doc.y, centred);
    doc.moveDown(3).font('bold').fontSize(44).fillColor(BLUE).text('Urkunde', centred);
    doc.moveDown(1.2).font('regular').fontSize(14).fillColor('black').text(person.category ? 'verliehen an' : 'für die Teilnahme von', centred);
    doc.moveDown(0.8).font('bold').fontSize(26).fillColor('black').text(person.name, centred);
    if (person.category) {
      doc.moveDown(0.8).font('regular').fontSize(16).text(`für ${person.category}`, centred);
      if (person.reason?.trim()) doc.moveDown(0.8).fontSize(11).fillColor(GREY).text(shorten(person.reason.trim()), centred);
    }
    doc.moveDown(2).font('regular').fontSize(13).fillColor('black').text(event.title, centred);
    doc.text(`am ${event.date}`, centred);

    // The signature line sits at the foot of every page, wherever the text above ended.
    const lineY = doc.page.height - 170;
    const lineWidth = 220;
    const lineX = left + (width - lineWidth) / 2;
    doc.moveTo(lineX, lineY).lineTo(lineX + lineWidth, lineY).lineWidth(0.8).strokeColor(GREY).stroke();
    doc.font('regular').fontSize(11).fillColor(GREY).text('Landrätin / Landrat', lineX, lineY + 6, { width: lineWidth, align: 'center' });
    doc.text(event.countyName, lineX, doc.y, { width: lineWidth, align: 'center' });
  }
  doc.end();
  return done;
}
