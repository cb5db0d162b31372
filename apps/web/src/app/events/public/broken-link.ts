import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** Behind a link from our mails that does not work: what happened and what to do, in plain words. */
@Component({
  selector: 'app-broken-link',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="with-icon"><mat-icon aria-hidden="true">link_off</mat-icon> {{ 'eventsPublic.link.' + kind() + 'Heading' | translate }}</h1>
    <p>{{ 'eventsPublic.link.' + kind() | translate }}</p>
    <p>{{ 'eventsPublic.link.help' | translate }}</p>
  `,
  styles: `
    .with-icon {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class BrokenLink {
  readonly kind = input<'unknown' | 'replaced'>('unknown');
}
