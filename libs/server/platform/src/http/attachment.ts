import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';

/** `attachment` with an ASCII fallback name and the real (UTF-8) name per RFC 6266/5987, e.g. for "Jürgen Özdemir". */
export function attachment(body: Buffer | Readable, fileName: string, type: string): StreamableFile {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  const options = { type, disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}` };
  return Buffer.isBuffer(body) ? new StreamableFile(body, options) : new StreamableFile(body, options);
}
