import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { GRANT_MAX_POINTS, type GrantReviewView } from '@miteinander/contracts';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { ReasonDialog, type ReasonDialogData } from '../../cards/staff/shared/reason-dialog';
import { GrantsApi } from '../shared/grants-api';
import { GrantApplicationSections } from '../staff/shared/application-sections';
import { GrantFieldError } from '../staff/shared/grant-field-error';
import { grantProblemText } from '../staff/shared/problem-text';
import { POINTS, SCORE_COMMENT_MAX, scoreRows, scoresToSave, type ScoreRow } from './score-form';

/** /reviews/:applicationId: the application (without bank details), a conflict declaration, and the score per criterion. */
@Component({
  selector: 'app-grant-review-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    FormAlert,
    GrantApplicationSections,
    GrantFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  /** Route parameter. */
  readonly applicationId = input.required<string>();

  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly points = POINTS;
  protected readonly maxPoints = GRANT_MAX_POINTS;
  protected readonly commentMax = SCORE_COMMENT_MAX;
  protected readonly review = signal<GrantReviewView | null>(null);
  protected readonly rows = signal<FormArray<ScoreRow>>(this.fb.array<ScoreRow>([]));
  protected readonly form = computed(() => this.fb.group({ scores: this.rows() }));
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly attachmentUrl = computed(() => {
    const id = this.applicationId();
    return (attachmentId: string) => this.api.attachmentUrl(id, attachmentId);
  });

  constructor() {
    toObservable(this.applicationId)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.notFound.set(false);
        }),
        switchMap((id) =>
          this.api.review(id).pipe(
            map((review) => ({ review, error: null as unknown })),
            catchError((error: unknown) => of({ review: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ review, error }) => {
        this.loading.set(false);
        if (review) this.show(review);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected weightOf(code: string): number {
    return this.review()?.call.criteria.find((c) => c.code === code)?.weight ?? 0;
  }

  protected labelOf(code: string): string {
    return this.review()?.call.criteria.find((c) => c.code === code)?.label ?? code;
  }

  protected save(): void {
    const r = this.review();
    if (!r) return;
    this.error.set(null);
    this.notice.set(null);
    const rows = this.rows();
    if (rows.invalid) {
      rows.markAllAsTouched();
      return;
    }
    const scores = scoresToSave(rows);
    if (!scores.length) {
      this.error.set(this.t('grantsReview.score.nothing'));
      return;
    }
    this.saving.set(true);
    this.api
      .saveScores(r.applicationId, scores)
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.show(saved);
          const complete = saved.myScores.length >= saved.call.criteria.length;
          this.notice.set(this.t(complete ? 'grantsReview.score.saved' : 'grantsReview.score.savedPartly'));
          this.focus('#score-heading');
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          // Field paths like `scores.1.points` match the form's rows.
          this.error.set(grantProblemText(problem, this.form()));
          this.focus('#score-heading');
        },
      });
  }

  protected declareConflict(r: GrantReviewView): void {
    this.error.set(null);
    this.notice.set(null);
    const data: ReasonDialogData<boolean> = {
      title: this.t('grantsReview.conflict.title'),
      intro: this.t('grantsReview.conflict.intro'),
      warning: this.t('grantsReview.conflict.warning'),
      label: this.t('grantsReview.conflict.reason'),
      submit: this.t('grantsReview.conflict.submit'),
      required: true,
      send: (reason) => this.api.declareConflict(r.applicationId, reason ?? '').pipe(map(() => true)),
    };
    this.dialog
      .open<ReasonDialog<boolean>, ReasonDialogData<boolean>, boolean>(ReasonDialog, { data, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((declared) => {
        if (!declared) return;
        const title = r.data.title || this.t('grantsReview.untitled');
        void this.router.navigate(['/reviews'], { state: { notice: this.t('grantsReview.conflict.done', { title }) } });
      });
  }

  private show(review: GrantReviewView): void {
    this.review.set(review);
    this.rows.set(scoreRows(this.fb, review.call.criteria, review.myScores));
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
