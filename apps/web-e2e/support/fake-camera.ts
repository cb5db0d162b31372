import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
/** Chromium plays the file in a loop: a few identical frames are enough for the scanner to see the code. */
const FRAMES = 5;
/** Light modules around the code, as the QR standard asks for, so a scanner finds its edges. */
const QUIET_ZONE = 4;

const WHITE = 255;
const BLACK = 0;
/** Colourless chroma: the picture is grey-scale. */
const NEUTRAL = 128;

/** What Playwright's config starts Chromium with (playwright.config.ts), for a browser launched by hand. */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Writes a video file (YUV4MPEG2, 4:2:0, 640 × 480) to `file` that shows `text` as a QR code, black on white, centred:
 * Chromium's fake camera plays it to the page, so the door page's scanner reads a real picture without a camera.
 * Give it a path in the test's output folder (`test.info().outputPath(…)`), which Playwright clears on each run.
 */
export function qrVideo(text: string, file: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) * 0.85) / (size + 2 * QUIET_ZONE));
  const side = size * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, WHITE);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) luma.fill(BLACK, (top + row * scale + y) * WIDTH + left + col * scale, (top + row * scale + y) * WIDTH + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, NEUTRAL);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
  return file;
}

/**
 * A Chromium of its own whose camera shows `videoFile` and that allows camera use without asking (the config's
 * browser has no camera). The caller closes it.
 */
export function browserWithCamera(videoFile: string): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...BASE_CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${videoFile}`],
  });
}
