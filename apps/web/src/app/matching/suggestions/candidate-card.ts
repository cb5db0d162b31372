import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { MatchCandidate, SponsorshipKind } from '@miteinander/contracts';
import { pluralKey } from '../../sponsorships/shared/days';
import { FactorList } from '../shared/factor-list';
import { ScoreBar } from '../shared/score-bar';

let nextId = 0;

/** One suggested volunteer: rank, score, free places and place, the reasons by factor, and what to do. */
@Component({
  selector: 'app-candidate-card',
  imports: [MatButton, MatIcon, RouterLink, TranslatePipe, FactorList, ScoreBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = candidate();
    <article class="candidate" [attr.aria-labelledby]="id">
      <header class="head">
        <span class="rank">{{ 'matching.suggestions.rank' | translate: { rank: rank() } }}</span>
        <h3 [id]="id"><a [routerLink]="['/volunteers', c.volunteer.id]">{{ c.volunteer.name }}</a></h3>
        <app-score-bar [score]="c.score" />
      </header>
      <p class="facts muted">
        <span>{{ c.volunteer.municipalityName ?? ('matching.suggestions.noMunicipality' | translate) }}</span>
        <span>{{ freeKey() | translate: { count: c.freePlaces } }}</span>
      </p>
      <app-factor-list [factors]="c.factors" [kind]="kind()" [label]="'matching.suggestions.breakdown' | translate: { name: c.volunteer.name }" />
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="busy()" [attr.aria-label]="'matching.suggestions.proposeLabel' | translate: { name: c.volunteer.name }" (click)="propose.emit()">
          <mat-icon aria-hidden="true">how_to_reg</mat-icon>
          {{ 'matching.suggestions.propose' | translate }}
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" [attr.aria-label]="'matching.suggestions.excludeLabel' | translate: { name: c.volunteer.name }" (click)="exclude.emit()">
          <mat-icon aria-hidden="true">block</mat-icon>
          {{ 'matching.suggestions.exclude' | translate }}
        </button>
      </div>
    </article>
  `,
  styles: `
    .candidate {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .rank {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    h3 {
      flex: 1 1 12rem;
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-block: 0.25rem 0.75rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.75rem;
    }
  `,
})
export class CandidateCard {
  readonly candidate = input.required<MatchCandidate>();
  readonly rank = input.required<number>();
  readonly kind = input<SponsorshipKind | undefined>(undefined);
  readonly busy = input(false);
  readonly propose = output<void>();
  readonly exclude = output<void>();

  protected readonly id = `candidate-${nextId++}`;
  protected freeKey(): string {
    return pluralKey('matching.suggestions.freePlaces', this.candidate().freePlaces);
  }
}
