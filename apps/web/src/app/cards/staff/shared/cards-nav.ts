import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The honorary card area's pages side by side: applications, the eligibility report and the rule sets. */
@Component({
  selector: 'app-cards-nav',
  imports: [MatIcon, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="area-nav" [attr.aria-label]="'cards.nav.label' | translate">
      <a routerLink="/cards/applications" routerLinkActive="is-active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true">inbox</mat-icon>{{ 'cards.nav.applications' | translate }}
      </a>
      <a routerLink="/cards/eligibility" routerLinkActive="is-active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true">fact_check</mat-icon>{{ 'cards.nav.eligibility' | translate }}
      </a>
      <a routerLink="/cards/rule-sets" routerLinkActive="is-active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true">rule</mat-icon>{{ 'cards.nav.ruleSets' | translate }}
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
export class CardsNav {}
