import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { TrainingView, VolunteerView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { integer, notInFuture } from '../shared/date-validators';
import { FieldMessage } from '../shared/field-message';
import { formatHours } from '../shared/hours-format';
import { VolunteersApi } from '../volunteers-api';

/** Trainings attended (they appear on the certificate): a list, and a small form to add one. */
@Component({
  selector: 'app-trainings-section',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="notice()" />
    @if (trainings().length === 0) {
      <p class="muted">{{ 'volunteers.trainings.empty' | translate }}</p>
    } @else {
      <ul class="trainings">
        @for (training of trainings(); track training.id) {
          <li>
            <span class="what">
              <span class="title">{{ training.title }}</span>
              <span class="muted">
                {{ training.date | localDate: language.current() : 'date' }}
                @if (training.minutes) {
                  · {{ 'volunteers.trainings.duration' | translate: { hours: hours(training.minutes) } }}
                }
              </span>
            </span>
            <button
              mat-icon-button
              type="button"
              [disabled]="pending()"
              [attr.aria-label]="'volunteers.trainings.remove' | translate: { title: training.title }"
              (click)="remove(training)"
            >
              <mat-icon aria-hidden="true">delete</mat-icon>
            </button>
          </li>
        }
      </ul>
    }
    <form class="add" [formGroup]="form" (ngSubmit)="add(formDirective)" #formDirective="ngForm" novalidate>
      <mat-form-field class="title-field">
        <mat-label>{{ 'volunteers.trainings.title' | translate }}</mat-label>
        <input matInput formControlName="title" autocomplete="off" required />
        <mat-error><app-field-message [errors]="form.controls.title.errors" /></mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'volunteers.trainings.date' | translate }}</mat-label>
        <input matInput type="date" formControlName="date" required />
        <mat-error><app-field-message [errors]="form.controls.date.errors" /></mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'volunteers.trainings.minutes' | translate }}</mat-label>
        <input matInput type="number" inputmode="numeric" min="1" step="15" formControlName="minutes" />
        <mat-error><app-field-message [errors]="form.controls.minutes.errors" /></mat-error>
      </mat-form-field>
      <div class="form-actions">
        <button mat-stroked-button type="submit" [disabled]="pending()">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'volunteers.trainings.add' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .trainings {
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      justify-content: space-between;
      padding-block: 0.25rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .title {
      font-weight: 500;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .add mat-form-field {
      flex: 1 1 10rem;
    }
    .add .title-field {
      flex-basis: 100%;
    }
    .add .form-actions {
      flex-basis: 100%;
      margin-block-start: 0;
    }
  `,
})
export class TrainingsSection {
  readonly volunteer = input.required<VolunteerView>();
  readonly updated = output<VolunteerView>();

  private readonly api = inject(VolunteersApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore);

  protected readonly trainings = computed(() => [...this.volunteer().trainings].sort((a, b) => b.date.localeCompare(a.date)));
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    date: ['', [Validators.required, notInFuture]],
    minutes: this.fb.control<number | null>(null, [Validators.min(1), Validators.max(6000), integer]),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected hours(minutes: number): string {
    return formatHours(minutes, this.language.current());
  }

  protected add(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { title, date, minutes } = this.form.getRawValue();
    this.run(this.api.addTraining(this.volunteer().id, { title: title.trim(), date, ...(minutes ? { minutes: Number(minutes) } : {}) }), () => {
      formDirective.resetForm({ title: '', date: '', minutes: null });
      return this.translate.instant('volunteers.trainings.added', { title: title.trim() }) as string;
    });
  }

  protected remove(training: TrainingView): void {
    this.run(this.api.removeTraining(this.volunteer().id, training.id), () => this.translate.instant('volunteers.trainings.removed', { title: training.title }) as string);
  }

  private run(request: ReturnType<VolunteersApi['addTraining']>, done: () => string): void {
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (volunteer) => {
        this.notice.set(done());
        this.updated.emit(volunteer);
      },
      error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
    });
  }
}
