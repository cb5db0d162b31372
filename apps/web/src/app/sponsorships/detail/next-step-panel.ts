import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { SponsorshipView } from '@miteinander/contracts';
import { REMATCH_STEP, stepsFrom, type Step } from './steps';

/** "Nächster Schritt": only the moves the server allows now, the usual one first; "Neu vermitteln" once closed. */
@Component({
  selector: 'app-next-step-panel',
  imports: [MatButton, MatIcon, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = sponsorship();
    @if (steps().length) {
      <ul class="steps">
        @for (step of steps(); track step.key; let first = $first) {
          <li>
            @if (first) {
              <button mat-flat-button type="button" (click)="chosen.emit(step)">{{ 'sponsorships.steps.' + step.key + '.label' | translate }}</button>
            } @else {
              <button mat-stroked-button type="button" (click)="chosen.emit(step)">{{ 'sponsorships.steps.' + step.key + '.label' | translate }}</button>
            }
            @if (step.key === 'active' && !hasTrialReview()) {
              <p class="muted hint">{{ 'sponsorships.steps.active.needsReview' | translate }}</p>
            }
          </li>
        }
      </ul>
    } @else if (s.state === 'closed') {
      @if (s.rematchedAs) {
        <p>
          {{ 'sponsorships.detail.rematchedAs' | translate }}
          <a [routerLink]="['/sponsorships', s.rematchedAs]">{{ 'sponsorships.detail.openRematch' | translate }}</a>
        </p>
      } @else {
        <p class="muted">{{ 'sponsorships.detail.closedHint' | translate }}</p>
        <button mat-stroked-button type="button" (click)="chosen.emit(rematch)">
          <mat-icon aria-hidden="true">autorenew</mat-icon>
          {{ 'sponsorships.steps.rematch.label' | translate }}
        </button>
      }
    } @else {
      <p class="muted">{{ 'sponsorships.detail.noSteps' | translate }}</p>
    }
  `,
  styles: `
    .steps {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .hint {
      margin-block: 0.25rem 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class NextStepPanel {
  readonly sponsorship = input.required<SponsorshipView>();
  readonly chosen = output<Step>();

  protected readonly rematch = REMATCH_STEP;
  protected readonly steps = computed(() => stepsFrom(this.sponsorship().state, this.sponsorship().allowedNext));
  protected readonly hasTrialReview = computed(() => this.sponsorship().checkIns.some((c) => c.kind === 'trial_review'));
}
