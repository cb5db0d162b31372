import { startPdf } from '@miteinander/server-platform';

export type LetterLang = 'de' | 'en';

export interface DecisionLetter {
  countyName: string;
  /** yyyy-mm-dd: the letter's date. */
  date: string;
  applicantName: string;
  organisationName: string | null;
  reference: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  requestedCents: number;
  approved: boolean;
  approvedCents: number | null;
  conditions: string | null;
  reason: string | null;
  reportDue: string | null;
  decidedBy: string | null;
}

const dateText = (d: string, lang: LetterLang) =>
  new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${d}T00:00:00Z`));
export const eurosText = (cents: number, lang: LetterLang) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

const TEXTS = {
  de: {
    title: 'Bescheid',
    heading: 'Bescheid über Ihren Antrag auf Förderung eines Mikroprojekts',
    reference: 'Aktenzeichen',
    project: 'Projekt',
    period: 'Zeitraum',
    date: 'Datum',
    greeting: (name: string) => `Guten Tag ${name},`,
    approved: (amount: string, requested: string) => `wir bewilligen für das oben genannte Projekt eine Zuwendung in Höhe von ${amount} (beantragt: ${requested}).`,
    conditions: 'Auflagen',
    rejected: 'wir können Ihren Antrag leider nicht bewilligen.',
    reasons: 'Gründe',
    reportDue: (due: string) => `Bitte reichen Sie den Verwendungsnachweis (Sachbericht, tatsächliche Kosten je Position, Belegliste, Teilnehmende) bis zum ${due} in der App ein. Bewahren Sie die Belege 5 Jahre auf.`,
    payment:
      'Auszahlung: Fordern Sie das Geld in der App an (Mittelabforderung unter „Meine Mikroprojekte“). Sie können es auch in Teilbeträgen anfordern. Wir überweisen auf das Konto, das Sie im Antrag angegeben haben. Geld, das Sie nicht für das Projekt ausgeben, zahlen Sie zurück.',
    rejectedNext: 'Sie können sich in einem späteren Förderaufruf gern wieder bewerben. Bei Fragen helfen wir Ihnen gern.',
    closing: 'Mit freundlichen Grüßen',
    onBehalf: 'Im Auftrag',
    signature: 'Unterschrift',
  },
  en: {
    title: 'Decision letter',
    heading: 'Decision on your application for micro-project funding',
    reference: 'Reference',
    project: 'Project',
    period: 'Period',
    date: 'Date',
    greeting: (name: string) => `Dear ${name},`,
    approved: (amount: string, requested: string) => `we grant funding of ${amount} for the project named above (requested: ${requested}).`,
    conditions: 'Conditions',
    rejected: 'unfortunately we cannot approve your application.',
    reasons: 'Reasons',
    reportDue: (due: string) => `Please file the final report (narrative report, actual costs per line, list of receipts, participants) in the app by ${due}. Keep the receipts for 5 years.`,
    payment:
      'Payment: request the money in the app ("My micro-projects", payment request). You may request it in parts. We transfer it to the account given in your application. Money not spent on the project is paid back.',
    rejectedNext: 'You are welcome to apply again in a later call. We are happy to help if you have questions.',
    closing: 'Kind regards',
    onBehalf: 'On behalf of',
    signature: 'Signature',
  },
} as const;

/** The decision letter (Bescheid) as an A4 PDF; the reference is also in the document's title for search and filing. */
export function renderDecisionLetter(l: DecisionLetter, lang: LetterLang): Promise<Buffer> {
  const t = TEXTS[lang];
  const { doc, done } = startPdf({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, lang, info: { Title: `${t.title} ${l.reference}`, Author: l.countyName, Subject: l.title } });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const x = doc.page.margins.left;

  doc.font('bold').fontSize(13).fillColor('#00478f').text(l.countyName, x, doc.page.margins.top, { width });
  doc.font('regular').fontSize(10).fillColor('black').text(`${t.date}: ${dateText(l.date, lang)}`, { width, align: 'right' });
  doc.moveDown(1.5).fontSize(11).text(l.applicantName);
  if (l.organisationName) doc.text(l.organisationName);
  doc.moveDown(1.5).font('bold').fontSize(14).text(t.heading, { width });
  doc.moveDown(0.6).font('regular').fontSize(11);
  doc.text(`${t.reference}: ${l.reference}`);
  doc.text(`${t.project}: ${l.title}`, { width });
  if (l.startDate && l.endDate) doc.text(`${t.period}: ${dateText(l.startDate, lang)} – ${dateText(l.endDate, lang)}`);
  doc.moveDown(1).text(t.greeting(l.applicantName));
  doc.moveDown(0.6);
  if (l.approved && l.approvedCents !== null) {
    doc.text(t.approved(eurosText(l.approvedCents, lang), eurosText(l.requestedCents, lang)), { width });
    if (l.conditions) doc.moveDown(0.6).font('bold').text(`${t.conditions}:`).font('regular').text(l.conditions, { width });
    if (l.reportDue) doc.moveDown(0.6).text(t.reportDue(dateText(l.reportDue, lang)), { width });
    doc.moveDown(0.6).text(t.payment, { width });
  } else {
    doc.text(t.rejected, { width });
    if (l.reason) doc.moveDown(0.6).font('bold').text(`${t.reasons}:`).font('regular').text(l.reason, { width });
    doc.moveDown(0.6).text(t.rejectedNext, { width });
  }
  doc.moveDown(1.5).text(t.closing);
  doc.text(`${t.onBehalf} ${l.countyName}`);
  doc.moveDown(2.5);
  const y = doc.y;
  doc.save().lineWidth(0.5).moveTo(x, y).lineTo(x + 200, y).stroke().restore();
  doc.fontSize(9).fillColor('#444').text(l.decidedBy ?? t.signature, x, y + 4);
  doc.end();
  return done;
}
