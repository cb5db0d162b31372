import { BreakpointObserver } from '@angular/cdk/layout';
import { Dir } from '@angular/cdk/bidi';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { LanguageStore } from '../core/i18n/language-store';
import { AccountMenu } from './account-menu';
import { LanguageMenu } from './language-menu';
import { navItemsFor } from './nav-items';

/** Phones and narrow windows get the navigation as an overlay instead of a side column. */
const NARROW = '(max-width: 840px)';

@Component({
  selector: 'app-root',
  imports: [
    Dir,
    MatIconButton,
    MatIcon,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    AccountMenu,
    LanguageMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore);
  protected readonly narrow = toSignal(inject(BreakpointObserver).observe(NARROW).pipe(map((state) => state.matches)), { initialValue: false });
  protected readonly navItems = computed(() => navItemsFor(this.auth.signedIn() ? this.auth.roles() : null));
  private readonly sidenav = viewChild.required(MatSidenav);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected skipToContent(event: Event): void {
    // A plain #main link would make the router reload the page; move focus instead.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected afterNavigate(): void {
    if (this.narrow()) void this.sidenav().close();
  }
}
