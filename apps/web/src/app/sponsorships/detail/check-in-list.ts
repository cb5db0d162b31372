import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CheckInMood, CheckInView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { DayPipe } from '../../hours/shared/day.pipe';

const MOOD_ICONS: Record<CheckInMood, string> = { good: 'sentiment_satisfied', okay: 'sentiment_neutral', difficult: 'sentiment_dissatisfied' };

/** The talks held, newest first: which talk, when, how it went (in words), the note and the agreed next step. */
@Component({
  selector: 'app-check-in-list',
  imports: [MatIcon, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="check-ins">
      @for (checkIn of entries(); track checkIn.id) {
        <li>
          <div class="head">
            <strong>{{ 'sponsorships.checkInKinds.' + checkIn.kind | translate }}</strong>
            <span class="muted">{{ checkIn.date | day: language.current() }}</span>
          </div>
          <div class="mood">
            <mat-icon aria-hidden="true">{{ icons[checkIn.mood] }}</mat-icon>
            {{ 'sponsorships.checkIns.moodIs' | translate: { mood: ('sponsorships.moods.' + checkIn.mood | translate) } }}
          </div>
          <p class="note">{{ checkIn.note }}</p>
          @if (checkIn.nextStep) {
            <p class="next"><strong>{{ 'sponsorships.checkIns.nextStep' | translate }}:</strong> {{ checkIn.nextStep }}</p>
          }
          @if (checkIn.recordedBy) {
            <span class="muted by">{{ 'sponsorships.timeline.by' | translate: { name: checkIn.recordedBy } }}</span>
          }
        </li>
      } @empty {
        <li class="muted empty">{{ 'sponsorships.checkIns.empty' | translate }}</li>
      }
    </ul>
  `,
  styles: `
    .check-ins {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li + li {
      margin-block-start: 0.75rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
    }
    .mood {
      display: flex;
      gap: 0.25rem;
      align-items: center;
      margin-block-start: 0.25rem;
    }
    mat-icon {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      font-size: 1.25rem;
    }
    .note,
    .next {
      margin-block: 0.25rem 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .by {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CheckInList {
  readonly checkIns = input.required<readonly CheckInView[]>();

  protected readonly language = inject(LanguageStore);
  protected readonly icons = MOOD_ICONS;
  protected readonly entries = computed(() => [...this.checkIns()].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)));
}
