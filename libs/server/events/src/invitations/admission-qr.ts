import QRCode from 'qrcode';
import { ADMISSION_QR_PREFIX } from '@miteinander/domain-events';
import type { MailAttachment } from '@miteinander/server-platform';

/** The admission code as a QR image (PNG) for the phone or a printout; the door page scans it. */
export async function admissionQr(code: string): Promise<MailAttachment> {
  const png = await QRCode.toBuffer(`${ADMISSION_QR_PREFIX}${code}`, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  return { filename: 'einlass-qr-code.png', contentType: 'image/png', contentBase64: png.toString('base64') };
}
