import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { UserView } from '@miteinander/contracts';
import { AuthStore } from '../core/auth/auth-store';

@Component({
  selector: 'app-account-menu',
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="toolbar-button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.accountMenu' | translate: { name: user().displayName }"
    >
      <mat-icon aria-hidden="true">account_circle</mat-icon>
      <span class="toolbar-label">{{ user().displayName }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @if (auth.hasAnyRole()) {
        <a mat-menu-item routerLink="/profile">
          <mat-icon aria-hidden="true">person</mat-icon>
          {{ 'nav.profile' | translate }}
        </a>
      }
      <button mat-menu-item type="button" (click)="signOut()">
        <mat-icon aria-hidden="true">logout</mat-icon>
        {{ 'shell.signOut' | translate }}
      </button>
    </mat-menu>
  `,
})
export class AccountMenu {
  readonly user = input.required<UserView>();
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected signOut(): void {
    const toLogin = () => void this.router.navigate(['/login']);
    // Even if the server cannot be reached, this browser forgets the person.
    this.auth.logout().subscribe({ next: toLogin, error: () => (this.auth.forget(), toLogin()) });
  }
}
