import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageStore } from '../../core/i18n/language-store';
import type { CheckInOutcome, OutcomeTone } from './check-in-outcome';

const ICONS: Record<OutcomeTone, string> = { welcome: 'check_circle', already: 'history', warning: 'warning', error: 'block', queued: 'cloud_off' };

/** The time of day of an instant on the county's clock: 18:42. */
export function clockTime(instant: string, locale: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

/**
 * The answer to the last scan or tap, big enough to read at arm's length while the next guest waits. A live region
 * (always in the page) so screen readers say it at once; colour is never the only sign (icon and words too).
 */
@Component({
  selector: 'app-check-in-result',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="region" aria-live="assertive" aria-atomic="true" data-testid="check-in-result">
      @for (o of shown(); track o.seq) {
        <div class="result" [class]="'tone-' + o.tone">
          <mat-icon aria-hidden="true">{{ icon(o.tone) }}</mat-icon>
          <div class="text">
            <p class="headline">
              @switch (o.tone) {
                @case ('error') { {{ 'eventsDoor.result.stop' | translate }} }
                @case ('already') {
                  @if (o.checkedInAt) {
                    {{ 'eventsDoor.result.alreadyAt' | translate: { time: time(o.checkedInAt) } }}
                  } @else {
                    {{ 'eventsDoor.result.already' | translate }}
                  }
                }
                @case ('queued') { {{ 'eventsDoor.result.queued' | translate }} }
                @default {
                  {{ (o.name ? 'eventsDoor.result.welcome' : 'eventsDoor.result.welcomeNoName') | translate: { name: o.name } }}
                }
              }
            </p>
            @if (o.name && (o.tone === 'already' || o.tone === 'error')) {
              <p class="person">{{ o.name }}</p>
            }
            @if (o.plusOne && o.tone !== 'error') {
              <p class="person">{{ 'eventsDoor.result.withPlusOne' | translate }}</p>
            }
            @if (o.message) {
              <p class="note">{{ o.message }}</p>
            } @else if (o.key) {
              <p class="note">{{ o.key | translate }}</p>
            }
          </div>
        </div>
      } @empty {
        <p class="muted idle">{{ 'eventsDoor.result.idle' | translate }}</p>
      }
    </div>
  `,
  styles: `
    .region {
      min-block-size: 5.5rem;
    }
    .result {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 1rem;
      border-radius: 12px;
      border-inline-start: 8px solid;
      overflow-wrap: anywhere;
    }
    mat-icon {
      flex: none;
      font-size: 2.75rem;
      inline-size: 2.75rem;
      block-size: 2.75rem;
    }
    p {
      margin: 0;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .headline {
      font: var(--mat-sys-headline-small);
      font-weight: 600;
    }
    .person,
    .note {
      font: var(--mat-sys-title-medium);
    }
    .idle {
      padding-block: 1rem;
    }
    /* Dark text on light tints: at least 7:1 in every tone. */
    .tone-welcome {
      background: #dff3e4;
      color: #0b4a1f;
      border-color: #1e7e34;
    }
    .tone-already {
      background: #fff3c4;
      color: #4d3800;
      border-color: #a77900;
    }
    .tone-warning {
      background: #ffe2c7;
      color: #5c2600;
      border-color: #c25100;
    }
    .tone-error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: var(--mat-sys-error);
    }
    .tone-queued {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: var(--mat-sys-secondary);
    }
  `,
})
export class CheckInResultPanel {
  readonly outcome = input<CheckInOutcome | null>(null);

  private readonly language = inject(LanguageStore);
  protected readonly shown = computed(() => {
    const o = this.outcome();
    return o ? [o] : [];
  });

  protected icon(tone: OutcomeTone): string {
    return ICONS[tone];
  }

  protected time(instant: string): string {
    return clockTime(instant, this.language.current());
  }
}
