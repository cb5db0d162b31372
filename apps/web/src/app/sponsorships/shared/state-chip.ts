import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { WAITING_STATES, type SponsorshipState } from '@miteinander/contracts';

/** Waiting, running or over: the colour and the icon say the same as the words. */
function groupOf(state: SponsorshipState): 'waiting' | 'running' | 'closed' {
  if (state === 'closed') return 'closed';
  return WAITING_STATES.includes(state) ? 'waiting' : 'running';
}

const ICONS = { waiting: 'hourglass_top', running: 'handshake', closed: 'check_circle' } as const;

/** A sponsorship's state as a labelled chip ("Probephase"). */
@Component({
  selector: 'app-state-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip chip-' + group()">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>{{ 'sponsorships.states.' + state() | translate }}
  </span>`,
  styles: `
    .chip {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem 0.75rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    mat-icon {
      flex: none;
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
    .chip-waiting {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip-running {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip-closed {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StateChip {
  readonly state = input.required<SponsorshipState>();
  protected readonly group = computed(() => groupOf(this.state()));
  protected readonly icon = computed(() => ICONS[this.group()]);
}
