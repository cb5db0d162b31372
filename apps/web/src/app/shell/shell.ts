import { BreakpointObserver } from '@angular/cdk/layout';
import { Dir } from '@angular/cdk/bidi';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map, skip } from 'rxjs';
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

  constructor() {
    // A page change removes the focused link or button: keyboard and screen-reader users would be left on the
    // page itself, back at its top. Land them on the new content instead (only when the focus was lost).
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        // Not on the first page load: the first Tab must still reach the skip link.
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => setTimeout(() => this.focusMainIfLost()));
  }

  private focusMainIfLost(): void {
    const active = document.activeElement;
    if (!active || active === document.body) this.main().nativeElement.focus({ preventScroll: true });
  }

  protected skipToContent(event: Event): void {
    // A plain #main link would make the router reload the page; move focus instead.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected afterNavigate(): void {
    if (this.narrow()) void this.sidenav().close();
  }
}
