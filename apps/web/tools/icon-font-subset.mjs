// Builds a Material Icons font holding only the icons the app names (in <mat-icon> text or a quoted icon name
// anywhere in apps/web/src), instead of the 129 kB font with all ~2,000. The ligatures stay (templates write
// <mat-icon>arrow_back</mat-icon>); it fails when a used name would no longer turn into its icon.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = dirname(require.resolve('material-icons/iconfont/material-icons.woff2'));
const outDir = join(web, 'src/generated');

/** name → codepoint, from the package's own list. */
function codepoints() {
  const scss = readFileSync(join(iconsDir, '../css/_codepoints.scss'), 'utf8');
  return new Map([...scss.matchAll(/"([a-z0-9_]+)":\s*([0-9a-f]+)/g)].map(([, name, hex]) => [name, parseInt(hex, 16)]));
}

function sources(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (/\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name)) found.push(readFileSync(path, 'utf8'));
  }
  return found;
}

/** Every word in <mat-icon> text and every quoted string that is an icon name (icon: 'add', cond ? 'lock' : 'lock_open'). */
function usedIcons(known) {
  const used = new Set();
  for (const text of sources(join(web, 'src/app'))) {
    for (const [, word] of text.matchAll(/<mat-icon[^>]*>\s*([a-z0-9_]+)\s*<\/mat-icon>/g)) used.add(word);
    for (const [, word] of text.matchAll(/['"`]([a-z0-9_]+)['"`]/g)) if (known.has(word)) used.add(word);
  }
  const unknown = [...used].filter((name) => !known.has(name));
  if (unknown.length) throw new Error(`not Material Icons names: ${unknown.join(', ')}`);
  return [...used].sort();
}

const known = codepoints();
const icons = usedIcons(known);
const full = readFileSync(join(iconsDir, 'material-icons.woff2'));
// The letters the ligatures are spelled with, plus each used icon's own glyph (reached through its codepoint);
// no layout closure, so ligatures to icons left out are dropped with them.
const text = 'abcdefghijklmnopqrstuvwxyz0123456789_' + icons.map((name) => String.fromCodePoint(known.get(name))).join('');
const subset = await subsetFont(full, text, { targetFormat: 'woff2', noLayoutClosure: true });

const check = fontkit.create(Buffer.from(await subsetFont(subset, text, { targetFormat: 'truetype', noLayoutClosure: true })));
const broken = icons.filter((name) => {
  const glyphs = check.layout(name).glyphs;
  return glyphs.length !== 1 || glyphs[0].id !== check.glyphForCodePoint(known.get(name)).id;
});
if (broken.length) throw new Error(`icons that no longer render from their name: ${broken.join(', ')}`);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'material-icons.woff2'), subset);
// The package's class rules, pointed at the subset; block: an icon's name never shows as text while the font loads.
const css = readFileSync(join(iconsDir, 'filled.css'), 'utf8').replace(/src:[^;]+;/, 'src: url("./material-icons.woff2") format("woff2");');
if (!css.includes('./material-icons.woff2')) throw new Error('material-icons/iconfont/filled.css changed its @font-face');
writeFileSync(join(outDir, 'material-icons.css'), css);
console.log(`icon font: ${icons.length} icons, ${full.length} → ${subset.length} bytes`);
