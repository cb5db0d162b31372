import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, inject, output, signal, viewChild, type OnDestroy } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type jsQR from 'jsqr';

type Decoder = typeof jsQR;

/** About five decodes a second: quick enough for a queue, light enough for an older phone's battery. */
const SCAN_EVERY_MS = 200;
/** A code held in front of the camera is reported once, not five times a second, until it was away this long. */
const SAME_CODE_PAUSE_MS = 3000;
/** Frames are scaled down before decoding; a QR code on a phone screen or paper is still readable. */
const MAX_WIDTH = 640;

type CameraProblem = 'unsupported' | 'denied' | 'notFound' | 'busy' | 'failed';

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notFound';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

/**
 * The phone's rear camera as a QR scanner: started by the person at the door (no camera without asking), frames are
 * decoded with jsQR on a canvas that is never shown. Emits the text of each new code; without a camera or permission
 * it says so and the page's code field and name search still work.
 */
@Component({
  selector: 'app-qr-scanner',
  imports: [MatButton, MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-flat-button type="button" class="toggle" [attr.aria-pressed]="running()" (click)="toggle()">
      <mat-icon aria-hidden="true">{{ running() ? 'videocam_off' : 'qr_code_scanner' }}</mat-icon>
      {{ (running() ? 'eventsDoor.scanner.stop' : 'eventsDoor.scanner.start') | translate }}
    </button>
    <div class="viewport" [hidden]="!running()">
      <video #video muted playsinline [attr.aria-label]="'eventsDoor.scanner.video' | translate"></video>
      <div class="frame" aria-hidden="true"></div>
    </div>
    @if (running()) {
      <p class="muted hint">{{ 'eventsDoor.scanner.hint' | translate }}</p>
    }
    <div role="status" class="problem" [class.is-visible]="!!problem()">
      @if (problem(); as p) {
        <mat-icon aria-hidden="true">no_photography</mat-icon>
        <span>{{ 'eventsDoor.scanner.problem.' + p | translate }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .toggle {
      min-block-size: 3.5rem;
      font-size: 1.125rem;
    }
    .viewport {
      position: relative;
      overflow: hidden;
      border-radius: 12px;
      background: #000;
      aspect-ratio: 4 / 3;
    }
    .viewport[hidden] {
      display: none;
    }
    video {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .frame {
      position: absolute;
      inset: 15%;
      border: 3px solid rgb(255 255 255 / 85%);
      border-radius: 12px;
      pointer-events: none;
    }
    .hint {
      margin: 0;
    }
    .problem.is-visible {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class QrScanner implements OnDestroy {
  /** The raw text of a decoded QR code (the page checks whether it is an admission code). */
  readonly scanned = output<string>();

  private readonly document = inject(DOCUMENT);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private readonly canvas = this.document.createElement('canvas');

  protected readonly running = signal(false);
  protected readonly problem = signal<CameraProblem | null>(null);

  private stream: MediaStream | null = null;
  /** jsQR, loaded when the camera is first started: the page without a camera does not pay for it. */
  private decoder: Decoder | null = null;
  private timer: number | undefined;
  private last: { text: string; at: number } | null = null;

  protected toggle(): void {
    if (this.running()) this.stop();
    else void this.start();
  }

  ngOnDestroy(): void {
    this.stop();
  }

  private async start(): Promise<void> {
    this.problem.set(null);
    const media = this.document.defaultView?.navigator.mediaDevices;
    if (!media?.getUserMedia) {
      this.problem.set('unsupported');
      return;
    }
    try {
      this.decoder ??= (await import('jsqr')).default;
      this.stream = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const video = this.video().nativeElement;
      video.srcObject = this.stream;
      this.running.set(true);
      await video.play();
      this.timer = this.document.defaultView?.setInterval(() => this.decodeFrame(), SCAN_EVERY_MS);
    } catch (error: unknown) {
      this.stop();
      this.problem.set(problemOf(error));
    }
  }

  private stop(): void {
    this.document.defaultView?.clearInterval(this.timer);
    this.timer = undefined;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    const video = this.video().nativeElement;
    video.pause();
    video.srcObject = null;
    this.running.set(false);
  }

  private decodeFrame(): void {
    const video = this.video().nativeElement;
    if (video.readyState < video.HAVE_CURRENT_DATA || !video.videoWidth) return;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context || !this.decoder) return;
    context.drawImage(video, 0, 0, width, height);
    const code = this.decoder(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
    if (!code?.data) return;
    const now = Date.now();
    const seenJustNow = this.last?.text === code.data && now - this.last.at < SAME_CODE_PAUSE_MS;
    // Still in front of the camera counts as the same scan; only after it was away for a moment it is new.
    this.last = { text: code.data, at: now };
    if (seenJustNow) return;
    this.scanned.emit(code.data);
  }
}
