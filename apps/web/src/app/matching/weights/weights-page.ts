import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MATCH_FACTORS, type MatchWeights, type MatchWeightsView, type SponsorshipListItem } from '@miteinander/contracts';
import { catchError, finalize, forkJoin, map, of, startWith } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { FieldMessage } from '../../volunteers/shared/field-message';
import { MatchingApi } from '../matching-api';
import { MatchingNav } from '../shared/matching-nav';
import { WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP, weightsForm, weightsOf } from './weights-form';
import { WeightsHistory } from './weights-history';
import { WeightsPreview } from './weights-preview';

/** /matching/weights: how much each factor counts; each save is a new version; a preview shows the effect first. */
@Component({
  selector: 'app-weights-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    LocalDatePipe,
    MatchingNav,
    WeightsHistory,
    WeightsPreview,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './weights-page.html',
  styleUrl: './weights-page.scss',
})
export class WeightsPage {
  private readonly api = inject(MatchingApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore);

  protected readonly factors = MATCH_FACTORS;
  protected readonly min = WEIGHT_MIN;
  protected readonly max = WEIGHT_MAX;
  protected readonly step = WEIGHT_STEP;
  protected readonly form = weightsForm();
  protected readonly current = signal<MatchWeightsView | null>(null);
  protected readonly history = signal<MatchWeightsView[]>([]);
  protected readonly requests = signal<SponsorshipListItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The form's weights for the preview; null while they are invalid. */
  protected readonly formWeights = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map((): MatchWeights | null => (this.form.valid ? weightsOf(this.form) : null)),
    ),
    { initialValue: null },
  );

  constructor() {
    forkJoin({
      current: this.api.weights(),
      history: this.api.weightsHistory().pipe(catchError(() => of([] as MatchWeightsView[]))),
      requests: this.api.readyToMatch().pipe(catchError(() => of([] as SponsorshipListItem[]))),
    })
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: ({ current, history, requests }) => {
          this.current.set(current);
          this.history.set(history);
          this.requests.set(requests);
          this.fill(current.weights);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected save(): void {
    this.notice.set(null);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('matching.weights.fixErrors') as string);
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.api
      .saveWeights(weightsOf(this.form))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.current.set(saved);
          this.history.update((list) => [saved, ...list.filter((v) => v.version !== saved.version)]);
          this.fill(saved.weights);
          this.notice.set(this.translate.instant('matching.weights.saved', { version: saved.version }) as string);
        },
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusFirstInvalid(this.host.nativeElement);
        },
      });
  }

  protected reset(): void {
    const current = this.current();
    if (current) this.fill(current.weights);
    this.notice.set(null);
    this.error.set(null);
  }

  protected load(version: MatchWeightsView): void {
    this.fill(version.weights);
    this.error.set(null);
    this.notice.set(this.translate.instant('matching.weights.loaded', { version: version.version }) as string);
    this.host.nativeElement.querySelector<HTMLElement>('input')?.focus();
  }

  private fill(weights: MatchWeights): void {
    this.form.controls.weights.setValue({ ...weights });
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }
}
