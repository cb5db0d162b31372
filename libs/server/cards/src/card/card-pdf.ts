import QRCode from 'qrcode';
import { CARD_TEXTS, type CardLang } from './card-texts';
import { startPdf } from '@miteinander/server-platform';

export interface PrintableCard {
  holderName: string;
  cardNumber: string;
  validFrom: string;
  validUntil: string | null;
  revoked: boolean;
  countyName: string;
  /** The public verification URL the QR code holds. */
  verifyUrl: string;
}

const BLUE = '#00478f';
const MM = 72 / 25.4;

const date = (d: string, lang: CardLang) => new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${d}T00:00:00Z`));

/** An A4 letter with the card (credit-card size, 85.6 × 54 mm, with a QR code to verify it) to cut out at the top. */
export async function renderCardPdf(card: PrintableCard, lang: CardLang): Promise<Buffer> {
  const t = CARD_TEXTS[lang];
  const qr = await QRCode.toBuffer(card.verifyUrl, { type: 'png', margin: 1, width: 360, errorCorrectionLevel: 'M' });
  const { doc, done } = startPdf({ size: 'A4', margins: { top: 48, bottom: 48, left: 56, right: 56 }, lang, info: { Title: `${t.title} ${card.cardNumber}`, Author: `Miteinander · ${card.countyName}` } });

  const x = doc.page.margins.left;
  const y = doc.page.margins.top;
  const w = 85.6 * MM;
  const h = 54 * MM;
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#888').roundedRect(x - 4, y - 4, w + 8, h + 8, 10).stroke().restore();
  doc.font('regular').fontSize(7).fillColor('#666').text(`✂ ${t.cutHere}`, x + w + 12, y - 4);
  doc.save().roundedRect(x, y, w, h, 8).fill(BLUE).restore();
  doc.fillColor('white').font('bold').fontSize(13).text(t.title, x + 12, y + 10, { width: w - 24 });
  doc.font('regular').fontSize(7.5).text(card.countyName, x + 12, y + 27, { width: w - 100 });
  doc.font('bold').fontSize(11).text(card.holderName, x + 12, y + 62, { width: w - 100 });
  doc.font('regular').fontSize(7.5).text(`${t.number}: ${card.cardNumber}`, x + 12, y + 90, { width: w - 100 });
  doc.text(`${t.validFrom} ${date(card.validFrom, lang)}`, x + 12, y + 102, { width: w - 100 });
  doc.font('bold').text(`${t.validUntil} ${card.validUntil ? date(card.validUntil, lang) : t.lifetime}`, x + 12, y + 114, { width: w - 100 });
  const qrSize = 74;
  doc.save().rect(x + w - qrSize - 14, y + h - qrSize - 14, qrSize + 6, qrSize + 6).fill('white').restore();
  doc.image(qr, x + w - qrSize - 11, y + h - qrSize - 11, { width: qrSize, height: qrSize });
  if (card.revoked) doc.save().rotate(-18, { origin: [x + w / 2, y + h / 2] }).font('bold').fontSize(26).fillColor('#b00020').text(t.revoked, x, y + h / 2 - 16, { width: w, align: 'center' }).restore();

  const body = y + h + 48;
  doc.fillColor('black').font('regular').fontSize(11);
  doc.text(t.letterGreeting(card.holderName), x, body);
  doc.moveDown(0.6).text(t.letterBody(card.countyName), { width: doc.page.width - 2 * x, align: 'left' });
  doc.moveDown(0.6).text(t.letterUse, { width: doc.page.width - 2 * x });
  doc.moveDown(0.6).fillColor('#444').text(`${t.verify}: ${card.verifyUrl}`, { width: doc.page.width - 2 * x });
  doc.moveDown(1.2).fillColor('black').text(t.letterClosing);
  doc.end();
  return done;
}
