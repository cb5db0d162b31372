import { DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';

/**
 * The page scrolls inside the shell's content column, not the window, so the router's own scroll restoration
 * (which moves the window, and reads its position at every navigation start) does not apply. A new page starts at
 * its top; Back and Forward return to where the person was. Nothing is read on the first load.
 */
export function keepContentScroll(content: () => HTMLElement | undefined): void {
  const positions = new Map<number, number>();
  let currentId = 0;
  let restoring: number | undefined;
  inject(Router)
    .events.pipe(takeUntilDestroyed(inject(DestroyRef)))
    .subscribe((event) => {
      const element = content();
      if (!element) return;
      if (event instanceof NavigationStart) {
        if (currentId) positions.set(currentId, element.scrollTop);
        restoring = event.restoredState?.navigationId;
      } else if (event instanceof NavigationEnd) {
        const firstLoad = currentId === 0;
        currentId = event.id;
        const top = restoring === undefined ? 0 : (positions.get(restoring) ?? 0);
        // After the new page has rendered, so there is something to scroll to.
        if (!firstLoad) requestAnimationFrame(() => element.scrollTo({ top }));
      }
    });
}
