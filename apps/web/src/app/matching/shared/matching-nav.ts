import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The matching area's two pages side by side: rounds and weights (suggestions open from a request). */
@Component({
  selector: 'app-matching-nav',
  imports: [MatIcon, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="area-nav" [attr.aria-label]="'matching.nav.label' | translate">
      <a routerLink="/matching/rounds" routerLinkActive="is-active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true">join_inner</mat-icon>{{ 'matching.nav.round' | translate }}
      </a>
      <a routerLink="/matching/weights" routerLinkActive="is-active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true">tune</mat-icon>{{ 'matching.nav.weights' | translate }}
      </a>
    </nav>
  `,
  styles: `
    .area-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin-block-end: 1rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      display: inline-flex;
      gap: 0.375rem;
      align-items: center;
      padding-block: 0.5rem;
      border-block-end: 3px solid transparent;
      text-decoration: none;
    }
    a.is-active {
      border-block-end-color: var(--mat-sys-primary);
      font-weight: 500;
    }
    mat-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      font-size: 1.25rem;
    }
  `,
})
export class MatchingNav {}
