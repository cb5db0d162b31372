// The JavaScript a browser must fetch before the first page can render: the index.html's module scripts and
// modulepreloads plus everything they import statically (dynamic import() chunks are lazy and not counted).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { brotliCompressSync, constants } = require('node:zlib');

const STATIC_IMPORT = /(?:\bimport|\bexport[^"';]*?\bfrom|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g;

function initialFiles(browserDir) {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift().replace(/^\.?\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(browserDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1]);
  }
  return [...seen];
}

function brotliSize(data) {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;
}

/** Initial JavaScript of a built Angular app (its browser/ folder): the files, raw and brotli bytes. */
function measureInitial(browserDir) {
  const files = initialFiles(browserDir);
  let raw = 0;
  let brotli = 0;
  const perFile = files.map((file) => {
    const data = readFileSync(join(browserDir, file));
    const size = { file, raw: data.length, brotli: brotliSize(data) };
    raw += size.raw;
    brotli += size.brotli;
    return size;
  });
  return { files: perFile, raw, brotli };
}

module.exports = { measureInitial };

if (require.main === module) {
  const result = measureInitial(process.argv[2] ?? 'dist/apps/web/browser');
  for (const f of result.files.sort((a, b) => b.brotli - a.brotli)) console.log(`${f.file}\t${(f.raw / 1000).toFixed(1)} kB\t${(f.brotli / 1000).toFixed(1)} kB br`);
  console.log(`total ${result.files.length} files ${(result.raw / 1000).toFixed(1)} kB raw ${(result.brotli / 1000).toFixed(1)} kB brotli`);
}
