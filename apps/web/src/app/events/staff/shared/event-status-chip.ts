import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { EventStatus, InvitationStatus } from '@miteinander/contracts';

const ICONS: Record<string, string> = {
  draft: 'edit_note',
  invited: 'mail',
  cancelled: 'event_busy',
  listed: 'playlist_add',
  accepted: 'check_circle',
  declined: 'cancel',
  waitlisted: 'hourglass_top',
  removed: 'remove_circle_outline',
};
const GOOD = new Set(['accepted', 'invited']);
const BAD = new Set(['cancelled', 'declined', 'removed']);

/** An event's or an invitation's status as text with an icon (never colour alone). */
@Component({
  selector: 'app-event-status-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class.is-good]="tone() === 'good'" [class.is-bad]="tone() === 'bad'">
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    {{ (invitation() ? 'eventsShared.invitationStatus.' : 'eventsShared.status.') + value() | translate }}
  </span>`,
  styles: `
    .chip {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .is-good {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .is-bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      font-size: 1.125rem;
    }
  `,
})
export class EventStatusChip {
  readonly value = input.required<EventStatus | InvitationStatus>();
  /** An invitation's status rather than the event's (both have "invited"). */
  readonly invitation = input(false);
  protected readonly icon = computed(() => ICONS[this.value()] ?? 'info');
  protected readonly tone = computed(() => {
    if (!this.invitation()) return this.value() === 'cancelled' ? 'bad' : 'plain';
    return GOOD.has(this.value()) && this.value() !== 'invited' ? 'good' : BAD.has(this.value()) ? 'bad' : 'plain';
  });
}
