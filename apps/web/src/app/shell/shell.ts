import { Dir } from '@angular/cdk/bidi';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, skip } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { LanguageStore } from '../core/i18n/language-store';
import { AccountMenu } from './account-menu';
import { LanguageMenu } from './language-menu';
import { keepContentScroll } from './content-scroll';
import { mediaQuerySignal } from './media-query';
import { navItemsFor } from './nav-items';

/** Phones and narrow windows get the navigation as a panel over the page instead of a side column. */
const NARROW = '(max-width: 840px)';

@Component({
  selector: 'app-root',
  imports: [Dir, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe, AccountMenu, LanguageMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore);
  protected readonly narrow = mediaQuerySignal(NARROW);
  protected readonly navItems = computed(() => navItemsFor(this.auth.signedIn() ? this.auth.roles() : null));
  /** On phones the navigation is a panel that opens over the page; on wide screens a column that can be folded away. */
  private readonly panelOpen = signal(false);
  private readonly columnOpen = signal(true);
  protected readonly overlay = computed(() => this.narrow() && this.panelOpen() && this.navItems().length > 0);
  protected readonly navOpen = computed(() => this.navItems().length > 0 && (this.narrow() ? this.panelOpen() : this.columnOpen()));
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly content = viewChild.required<ElementRef<HTMLElement>>('content');
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    keepContentScroll(() => this.content().nativeElement);
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

  protected toggleNavigation(): void {
    if (!this.narrow()) return this.columnOpen.update((open) => !open);
    if (this.panelOpen()) return this.closeNavigation(true);
    this.panelOpen.set(true);
    // Into the panel, as a dialog would: its first link (the active one when it is there).
    afterNextRender(
      () => {
        const nav = this.host.nativeElement.querySelector<HTMLElement>('#app-navigation');
        (nav?.querySelector<HTMLElement>('.is-active') ?? nav?.querySelector<HTMLElement>('a'))?.focus();
      },
      { injector: this.injector },
    );
  }

  /** Closes the phone panel; back to the menu button when the person closed it (Escape, backdrop). */
  protected closeNavigation(returnFocus: boolean): void {
    if (!this.panelOpen()) return;
    this.panelOpen.set(false);
    if (returnFocus) this.menuButton()?.nativeElement.focus();
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
}
