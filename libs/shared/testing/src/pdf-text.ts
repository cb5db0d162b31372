import { inflateSync } from 'node:zlib';

/**
 * The text a PDF reader would show, for tests (unit, integration and end-to-end): reads every object, inflates its stream if compressed,
 * maps each font's glyph codes back to Unicode through its ToUnicode CMap, and concatenates the text of
 * the content streams (one line per text object). Enough for PDFs written by pdfkit with embedded fonts;
 * no trust in pdfkit internals beyond the PDF format itself.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  // A stream is read by its /Length, not up to the next "endobj": compressed bytes (an embedded font) can contain
  // those letters by chance, which cut the stream short now and then.
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const from = header.lastIndex;
    const endObject = raw.indexOf('endobj', from);
    const streamAt = raw.indexOf('stream', from);
    if (streamAt < 0 || (endObject >= 0 && endObject < streamAt)) {
      objects.set(m[1]!, { dict: raw.slice(from, endObject < 0 ? undefined : endObject), stream: null });
      header.lastIndex = endObject < 0 ? raw.length : endObject + 'endobj'.length;
      continue;
    }
    const dict = raw.slice(from, streamAt);
    const start = streamAt + 'stream'.length + (raw[streamAt + 6] === '\r' ? 2 : 1);
    // `/Length 345` directly; `/Length 12 0 R` (a reference) falls back to the keyword.
    const length = /\/Length (\d+)\s*(\d+\s+R)?/.exec(dict);
    const end = length && !length[2] ? start + Number(length[1]) : raw.indexOf('endstream', start);
    const slice = raw.slice(start, end);
    const bytes = Buffer.from(length && !length[2] ? slice : slice.replace(/\r?\n$/, ''), 'latin1');
    const stream = dict.includes('/FlateDecode') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
    objects.set(m[1]!, { dict, stream });
    const after = raw.indexOf('endobj', end);
    header.lastIndex = after < 0 ? raw.length : after + 'endobj'.length;
  }

  const cmapOf = (fontObject: string): Map<number, string> => {
    const map = new Map<number, string>();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject)?.dict ?? '');
    const cmap = ref ? objects.get(ref[1]!)?.stream : null;
    if (!cmap) return map;
    const hexText = (hex: string) => String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
      for (const r of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
        const from = parseInt(r[1]!, 16);
        const to = parseInt(r[2]!, 16);
        if (r[3]!.startsWith('[')) {
          [...r[3]!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((d, i) => map.set(from + i, hexText(d[1]!)));
        } else {
          const first = parseInt(r[3]!.slice(1, -1), 16);
          for (let c = from; c <= to; c++) map.set(c, String.fromCharCode(first + c - from));
        }
      }
    }
    for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
      for (const r of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(r[1]!, 16), hexText(r[2]!));
    }
    return map;
  };

  // Font resource names (F1, F2, …) of every page, each with its glyph-to-text map.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    const resources = /\/Font\s*<<([^>]*)>>/.exec(dict);
    if (!resources) continue;
    for (const f of resources[1]!.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) if (!fonts.has(f[1]!)) fonts.set(f[1]!, cmapOf(f[2]!));
  }

  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
    for (const block of stream.match(/BT[\s\S]*?ET/g) ?? []) {
      let font = new Map<number, string>();
      let line = '';
      for (const op of block.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|(\[[^\]]*\])\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (op[1]) font = fonts.get(op[1]) ?? new Map();
        const hexes = op[2] ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : op[3] !== undefined ? [op[3]] : [];
        for (const hex of hexes) for (const code of hex.match(/.{4}/g) ?? []) line += font.get(parseInt(code, 16)) ?? '';
      }
      if (line) lines.push(line);
    }
  }
  return lines.join('\n');
}
