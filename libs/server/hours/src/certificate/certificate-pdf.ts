import { startPdf } from '@miteinander/server-platform';
import { formatHours } from '@miteinander/domain-hours';
import { formatDate, type DocLang } from '../format';
import { CERTIFICATE_TEXTS, fill } from './certificate-texts';

/** What the certificate states: approved hours only. */
export interface CertificateData {
  volunteerName: string;
  dateOfBirth: string | null;
  /** First and last approved activity in the covered period. */
  from: string | null;
  to: string | null;
  organisations: string[];
  /** Distinct activity descriptions, most frequent first (keys of the common activities are translated). */
  activities: string[];
  byYear: { year: number; minutes: number }[];
  totalMinutes: number;
  trainings: { title: string; date: string }[];
  competences: string[];
  countyName: string;
  /** yyyy-mm-dd, the day it is issued. */
  issuedOn: string;
}

const BLUE = '#00478f';
const GREY = '#44474e';

/** Renders the Ehrenamtsnachweis as an A4 PDF (German or English) with embedded DejaVu fonts. */
export function renderCertificate(data: CertificateData, lang: DocLang): Promise<Buffer> {
  const t = CERTIFICATE_TEXTS[lang];
  const { doc, done } = startPdf({ size: 'A4', margins: { top: 64, bottom: 56, left: 64, right: 64 }, lang, info: { Title: `${t.title} – ${data.volunteerName}`, Author: `Miteinander · ${data.countyName}` } });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const heading = (text: string) => doc.moveDown(1).font('bold').fontSize(12).fillColor(BLUE).text(text).moveDown(0.3).font('regular').fontSize(11).fillColor('black');
  const list = (items: string[]) => doc.list(items, { bulletRadius: 2, textIndent: 12, bulletIndent: 4 });

  doc.font('regular').fontSize(9).fillColor(GREY).text(`Miteinander · ${data.countyName} · ${t.issuer}`);
  doc.moveDown(2).font('bold').fontSize(22).fillColor(BLUE).text(t.title);
  doc.font('regular').fontSize(12).fillColor(GREY).text(t.subtitle);

  doc.moveDown(1.5).font('bold').fontSize(14).fillColor('black').text(data.volunteerName);
  if (data.dateOfBirth) doc.font('regular').fontSize(10).fillColor(GREY).text(fill(t.bornOn, { date: formatDate(data.dateOfBirth, lang) }));
  const intro = data.from && data.to
    ? fill(t.intro, { name: data.volunteerName, from: formatDate(data.from, lang), to: formatDate(data.to, lang) })
    : fill(t.introNoHours, { name: data.volunteerName });
  doc.moveDown(0.8).font('regular').fontSize(11).fillColor('black').text(intro, { width });

  if (data.organisations.length) {
    heading(t.organisations);
    list(data.organisations);
  }
  if (data.activities.length) {
    heading(t.activities);
    list(data.activities);
  }

  heading(t.hours);
  if (data.totalMinutes === 0) {
    doc.text(t.noHours);
  } else {
    const x = doc.page.margins.left;
    for (const y of data.byYear) {
      const top = doc.y;
      doc.text(String(y.year), x, top, { width: 120 });
      doc.text(`${formatHours(y.minutes, lang, true)} ${t.hoursUnit}`, x + 120, top, { width: 160, align: 'right' });
    }
    const top = doc.y + 4;
    doc.moveTo(x, top).lineTo(x + 280, top).strokeColor(GREY).lineWidth(0.5).stroke();
    doc.font('bold').text(t.total, x, top + 6, { width: 120 });
    doc.text(`${formatHours(data.totalMinutes, lang, true)} ${t.hoursUnit}`, x + 120, top + 6, { width: 160, align: 'right' });
    doc.font('regular');
    doc.x = x;
  }

  if (data.trainings.length) {
    heading(t.trainings);
    list(data.trainings.map((tr) => `${tr.title} (${formatDate(tr.date, lang)})`));
  }
  if (data.competences.length) {
    heading(t.competences);
    list(data.competences);
  }

  // Place, date and a line to sign, kept together at the bottom of the last page.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 110) doc.addPage();
  const x = doc.page.margins.left;
  doc.moveDown(3).font('regular').fontSize(11).fillColor('black').text(fill(t.placeDate, { place: data.countyName, date: formatDate(data.issuedOn, lang) }), x);
  const lineY = doc.y + 36;
  doc.moveTo(x, lineY).lineTo(x + 240, lineY).strokeColor('black').lineWidth(0.7).stroke();
  doc.fontSize(9).fillColor(GREY).text(t.signature, x, lineY + 4);

  doc.end();
  return done;
}
