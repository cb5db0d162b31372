import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { SponsorshipTransitionView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';

/** Every step the sponsorship took, newest first: from what to what, when, by whom, why and with which volunteer. */
@Component({
  selector: 'app-transition-timeline',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (entry of entries(); track $index) {
        <li>
          <time class="when" [attr.datetime]="entry.at">{{ entry.at | localDate: language.current() }}</time>
          <span class="change">
            @if (entry.from) {
              {{ 'sponsorships.timeline.fromTo' | translate: { from: 'sponsorships.states.' + entry.from | translate, to: 'sponsorships.states.' + entry.to | translate } }}
            } @else {
              {{ 'sponsorships.timeline.recorded' | translate: { to: 'sponsorships.states.' + entry.to | translate } }}
            }
          </span>
          @if (entry.volunteer) {
            <span>{{ 'sponsorships.timeline.volunteer' | translate: { name: entry.volunteer.name } }}</span>
          }
          @if (entry.reason) {
            <span class="reason">{{ 'sponsorships.timeline.reason' | translate: { reason: entry.reason } }}</span>
          }
          @if (entry.byName) {
            <span class="muted by">{{ 'sponsorships.timeline.by' | translate: { name: entry.byName } }}</span>
          }
        </li>
      } @empty {
        <li class="muted">{{ 'sponsorships.timeline.empty' | translate }}</li>
      }
    </ol>
  `,
  styles: `
    .when,
    .by {
      font: var(--mat-sys-body-small);
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
    .change {
      font: var(--mat-sys-title-small);
    }
    .reason {
      overflow-wrap: anywhere;
    }
  `,
})
export class TransitionTimeline {
  readonly transitions = input.required<readonly SponsorshipTransitionView[]>();

  protected readonly language = inject(LanguageStore);
  protected readonly entries = computed(() => [...this.transitions()].sort((a, b) => b.at.localeCompare(a.at)));
}
