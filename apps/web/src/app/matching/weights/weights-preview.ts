import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MatchCandidate, MatchWeights, SponsorshipListItem } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { MatchingApi } from '../matching-api';
import { ScoreBar } from '../shared/score-bar';

interface PreviewRow {
  rank: number;
  candidate: MatchCandidate;
  change: { key: string; count: number; rank: number | null };
}

function changeOf(rank: number, currentRank: number | null | undefined): PreviewRow['change'] {
  if (currentRank == null) return { key: 'matching.weights.change.new', count: 0, rank: null };
  if (currentRank > rank) return { key: 'matching.weights.change.up', count: currentRank - rank, rank: currentRank };
  if (currentRank < rank) return { key: 'matching.weights.change.down', count: rank - currentRank, rank: currentRank };
  return { key: 'matching.weights.change.same', count: 0, rank: currentRank };
}

/** "Vorschau": one waiting request's list under the form's (unsaved) weights, with each volunteer's move against the saved ones. */
@Component({
  selector: 'app-weights-preview',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatIcon, MatLabel, MatOption, MatProgressBar, MatSelect, MatTableModule, TranslatePipe, FormAlert, ScoreBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="muted">{{ 'matching.weights.previewIntro' | translate }}</p>
    @if (requests().length) {
      <div class="controls">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'matching.weights.previewRequest' | translate }}</mat-label>
          <mat-select [formControl]="request">
            @for (r of requests(); track r.id) {
              <mat-option [value]="r.id">{{ r.name }} ({{ 'sponsorships.kinds.' + r.kind | translate }}, {{ r.municipalityName }})</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="run()">
          <mat-icon aria-hidden="true">preview</mat-icon>
          {{ 'matching.weights.previewRun' | translate }}
        </button>
      </div>
    } @else {
      <p>{{ 'matching.weights.previewNone' | translate }}</p>
    }
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    @if (rows(); as rows) {
      <div class="table-scroll">
        <table mat-table [dataSource]="rows" [attr.aria-label]="'matching.weights.previewTable' | translate: { name: previewName() }">
          <ng-container matColumnDef="rank">
            <th mat-header-cell *matHeaderCellDef>{{ 'matching.weights.columns.rank' | translate }}</th>
            <td mat-cell *matCellDef="let row">{{ row.rank }}</td>
          </ng-container>
          <ng-container matColumnDef="volunteer">
            <th mat-header-cell *matHeaderCellDef>{{ 'matching.weights.columns.volunteer' | translate }}</th>
            <td mat-cell *matCellDef="let row">
              {{ row.candidate.volunteer.name }}
              @if (row.candidate.volunteer.municipalityName) {
                <div class="muted small">{{ row.candidate.volunteer.municipalityName }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="score">
            <th mat-header-cell *matHeaderCellDef>{{ 'matching.weights.columns.score' | translate }}</th>
            <td mat-cell *matCellDef="let row"><app-score-bar [score]="row.candidate.score" /></td>
          </ng-container>
          <ng-container matColumnDef="change">
            <th mat-header-cell *matHeaderCellDef>{{ 'matching.weights.columns.change' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="change">{{ row.change.key | translate: row.change }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">{{ 'matching.weights.previewEmpty' | translate }}</td>
          </tr>
        </table>
      </div>
    }
  `,
  styles: `
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-block-end: 0.5rem;

      mat-form-field {
        flex: 1 1 16rem;
      }
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .change {
      white-space: nowrap;
    }
  `,
})
export class WeightsPreview {
  /** The form's weights; null while the form is invalid. */
  readonly weights = input<MatchWeights | null>(null);
  readonly requests = input.required<readonly SponsorshipListItem[]>();

  private readonly api = inject(MatchingApi);
  private readonly translate = inject(TranslateService);

  protected readonly columns = ['rank', 'volunteer', 'score', 'change'];
  protected readonly request = new FormControl<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly rows = signal<PreviewRow[] | null>(null);
  private readonly previewFor = signal<string | null>(null);
  protected readonly previewName = computed(() => this.requests().find((r) => r.id === this.previewFor())?.name ?? '');

  protected run(): void {
    const id = this.request.value;
    const weights = this.weights();
    this.error.set(null);
    if (!id) {
      this.error.set(this.translate.instant('matching.weights.previewChoose') as string);
      return;
    }
    if (!weights) {
      this.error.set(this.translate.instant('matching.weights.fixErrors') as string);
      return;
    }
    this.pending.set(true);
    this.api
      .preview(id, weights)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => {
          this.previewFor.set(id);
          this.rows.set(result.candidates.map((candidate, i) => ({ rank: i + 1, candidate, change: changeOf(i + 1, candidate.currentRank) })));
        },
        error: (e: unknown) => {
          this.rows.set(null);
          this.error.set(toApiProblem(e, this.translate).message);
        },
      });
  }
}
