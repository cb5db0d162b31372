import type { GrantAttachmentView } from '@miteinander/contracts';

export type AttachmentContentType = GrantAttachmentView['contentType'];

/** Magic numbers at the start of the file; how many bytes the longest needs. */
const SIGNATURES: { type: AttachmentContentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export const SNIFF_BYTES = 8;

/**
 * The file's type from its first bytes, or null when it is none of the accepted ones. The file name's extension
 * and the browser's content type are ignored: an executable renamed to antrag.pdf starts with "MZ" and is refused.
 */
export function sniffContentType(head: Buffer): AttachmentContentType | null {
  const match = SIGNATURES.find((s) => head.length >= s.bytes.length && s.bytes.every((b, i) => head[i] === b));
  return match?.type ?? null;
}
