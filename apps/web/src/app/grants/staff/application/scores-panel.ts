import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { GRANT_MAX_POINTS, type GrantScoreInput, type GrantScoreSheet } from '@miteinander/contracts';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';

type PerCriterion = GrantScoreSheet['perCriterion'][number];

/** "Bewertungen": reviewers × criteria with points and comments, each reviewer's weighted score, per criterion average, min, max and spread. */
@Component({
  selector: 'app-grant-scores-panel',
  imports: [MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2 id="scores-heading">{{ 'grantsStaff.scores.heading' | translate }}</h2>
        <div class="progress-slot">
          @if (sheet.isLoading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <app-form-alert [message]="error()" />
        @if (sheet.hasValue()) {
          @let s = sheet.value();
          @if (!s.reviewers.length) {
            <p class="muted">{{ 'grantsStaff.scores.none' | translate }}</p>
          } @else {
            <p class="summary">
              {{ 'grantsStaff.scores.weightedAverage' | translate: { value: number(s.weightedAverage), max: maxPoints } }}
            </p>
            <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'grantsStaff.scores.caption' | translate">
              <table class="plain">
                <caption class="visually-hidden">{{ 'grantsStaff.scores.caption' | translate }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'grantsStaff.scores.reviewer' | translate }}</th>
                    @for (c of s.criteria; track c.code) {
                      <th scope="col">
                        {{ c.label }}
                        <div class="small muted">{{ 'grantsStaff.scores.weight' | translate: { weight: c.weight } }}</div>
                      </th>
                    }
                    <th scope="col">{{ 'grantsStaff.scores.weighted' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of s.reviewers; track r.reviewer.id) {
                    <tr [class.is-conflict]="r.conflict">
                      <th scope="row">{{ r.reviewer.name }}</th>
                      @if (r.conflict) {
                        <td [attr.colspan]="s.criteria.length + 1">
                          <span class="conflict"><mat-icon aria-hidden="true">block</mat-icon>{{ 'grantsStaff.scores.conflict' | translate }}</span>
                          @if (r.conflictReason) {
                            <div class="comment">{{ 'grantsStaff.scores.conflictReason' | translate: { reason: r.conflictReason } }}</div>
                          }
                        </td>
                      } @else {
                        @for (c of s.criteria; track c.code) {
                          @let score = scoreOf(r.scores, c.code);
                          <td>
                            @if (score) {
                              <span class="points">{{ 'grantsStaff.scores.points' | translate: { points: score.points, max: maxPoints } }}</span>
                              @if (score.comment) {
                                <div class="comment">{{ score.comment }}</div>
                              }
                            } @else {
                              <span class="muted">{{ 'grantsStaff.scores.notScored' | translate }}</span>
                            }
                          </td>
                        }
                        <td class="num strong">{{ number(r.weighted) }}</td>
                      }
                    </tr>
                  }
                </tbody>
                <tfoot>
                  @for (stat of stats; track stat) {
                    <tr>
                      <th scope="row">{{ 'grantsStaff.scores.' + stat | translate }}</th>
                      @for (c of s.criteria; track c.code) {
                        <td class="num" [class.high-spread]="stat === 'spread' && isHighSpread(per(s, c.code))">
                          {{ number(per(s, c.code)?.[stat] ?? null) }}
                          @if (stat === 'spread' && isHighSpread(per(s, c.code))) {
                            <mat-icon aria-hidden="true" class="inline">warning</mat-icon>
                            <span class="visually-hidden">{{ 'grantsStaff.scores.highSpread' | translate }}</span>
                          }
                        </td>
                      }
                      <td class="num">
                        @if (stat === 'average') {
                          {{ number(s.weightedAverage) }}
                        }
                      </td>
                    </tr>
                  }
                </tfoot>
              </table>
            </div>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    .summary {
      font: var(--mat-sys-title-medium);
    }
    table.plain {
      inline-size: 100%;
      border-collapse: collapse;
    }
    table.plain th,
    table.plain td {
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    tbody th,
    tfoot th {
      font-weight: 500;
      white-space: nowrap;
    }
    tfoot tr:first-child th,
    tfoot tr:first-child td {
      border-block-start: 2px solid var(--mat-sys-outline);
    }
    .num {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .strong,
    .points {
      font-weight: 600;
    }
    .comment {
      max-inline-size: 20rem;
      font: var(--mat-sys-body-small);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .conflict {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      font-weight: 500;
    }
    .inline {
      inline-size: 1rem;
      block-size: 1rem;
      font-size: 1rem;
      vertical-align: text-bottom;
    }
    .high-spread {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class GrantScoresPanel {
  readonly applicationId = input.required<string>();
  /** Loads again when the application changes (e.g. after a decision). */
  readonly version = input(0);

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageStore);

  protected readonly maxPoints = GRANT_MAX_POINTS;
  protected readonly stats = ['average', 'min', 'max', 'spread'] as const;
  protected readonly sheet = rxResource({
    params: () => ({ id: this.applicationId(), version: this.version() }),
    stream: ({ params }) => this.api.scores(params.id),
  });
  protected readonly error = computed(() => {
    const e = this.sheet.error();
    return e ? toApiProblem(e, this.translate).message : null;
  });

  protected scoreOf(scores: GrantScoreInput[], criterion: string): GrantScoreInput | undefined {
    return scores.find((s) => s.criterion === criterion);
  }

  protected per(sheet: GrantScoreSheet, criterion: string): PerCriterion | undefined {
    return sheet.perCriterion.find((p) => p.criterion === criterion);
  }

  /** Reviewers two points or more apart on a criterion: worth a conversation before deciding. */
  protected isHighSpread(p: PerCriterion | undefined): boolean {
    return (p?.spread ?? 0) >= 2;
  }

  protected number(value: number | null): string {
    if (value === null) return '–';
    return new Intl.NumberFormat(this.language.current(), { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
  }
}
