import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AccessibilityFeedbackForm } from './feedback-form';

/** The limits the statement lists, in the order shown (keys under accessibility.statement.limits). */
const LIMITS = ['charts', 'pdf', 'qr', 'easyLanguage', 'translations'] as const;

/** Erklärung zur Barrierefreiheit (BITV 2.0 / Richtlinie (EU) 2016/2102), with its feedback form. */
@Component({
  selector: 'app-accessibility-page',
  imports: [RouterLink, TranslatePipe, AccessibilityFeedbackForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="statement">
      <h1>{{ 'accessibility.statement.heading' | translate }}</h1>
      <p>{{ 'accessibility.statement.intro' | translate }}</p>
      <p>{{ 'accessibility.statement.scope' | translate }}</p>
      <p><a routerLink="/leichte-sprache">{{ 'accessibility.statement.easyLanguageLink' | translate }}</a></p>

      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{{ 'accessibility.statement.statusHeading' | translate }}</h2>
        <p>{{ 'accessibility.statement.status' | translate }}</p>
      </section>

      <section aria-labelledby="a11y-limits">
        <h2 id="a11y-limits">{{ 'accessibility.statement.limitsHeading' | translate }}</h2>
        <p>{{ 'accessibility.statement.limitsIntro' | translate }}</p>
        <ul>
          @for (limit of limits; track limit) {
            <li>{{ 'accessibility.statement.limits.' + limit | translate }}</li>
          }
        </ul>
      </section>

      <section aria-labelledby="a11y-creation">
        <h2 id="a11y-creation">{{ 'accessibility.statement.creationHeading' | translate }}</h2>
        <p>{{ 'accessibility.statement.creation' | translate }}</p>
      </section>

      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback">{{ 'accessibility.statement.feedbackHeading' | translate }}</h2>
        <p>{{ 'accessibility.statement.feedbackIntro' | translate }}</p>
        <app-accessibility-feedback-form [page]="reportedPage()" />
      </section>

      <section aria-labelledby="a11y-enforcement">
        <h2 id="a11y-enforcement">{{ 'accessibility.statement.enforcementHeading' | translate }}</h2>
        <p>{{ 'accessibility.statement.enforcement' | translate }}</p>
      </section>
    </article>
  `,
  styles: `
    .statement {
      max-inline-size: 48rem;
      margin-inline: auto;
      line-height: 1.6;
      // Long German compounds (Barrierefreie-Informationstechnik-Verordnung) must not push a phone's page sideways.
      overflow-wrap: break-word;
      hyphens: auto;
    }
    li + li {
      margin-block-start: 0.5rem;
    }
  `,
})
export class AccessibilityPage {
  /** Query parameter `page`: a link from a page may name itself. */
  readonly page = input<string>();

  protected readonly limits = LIMITS;
  // Read while this page's navigation runs: the one before it is the page the person came from. Its path only:
  // a query may hold a capability link's token, which must not travel into a mail.
  private readonly cameFrom = (inject(Router).currentNavigation()?.previousNavigation?.finalUrl?.toString() ?? '').split(/[?#;]/)[0]!;
  protected readonly reportedPage = computed(() => this.page() ?? (this.cameFrom.startsWith('/accessibility') ? '' : this.cameFrom));
}
