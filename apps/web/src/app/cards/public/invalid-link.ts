import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** A request refused for what was sent (not a server failure or too many tries). */
export function isRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** Behind a wrong or expired emailed link: what happened and whom to ask, without technical details. */
@Component({
  selector: 'app-invalid-link',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="with-icon"><mat-icon aria-hidden="true">link_off</mat-icon> {{ 'cardsPublic.invalidLink.heading' | translate }}</h1>
    <p>{{ 'cardsPublic.invalidLink.text' | translate }}</p>
    <p>{{ 'cardsPublic.invalidLink.help' | translate }}</p>
  `,
  styles: `
    .with-icon {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class InvalidLink {}
