import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { HoursLockView } from '@miteinander/contracts';
import { filter, finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { HoursApi } from '../data/hours-api';
import { isCalendarDay } from '../shared/calendar';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { DayPipe, formatDay } from '../shared/day.pipe';

/** Closing a period: no entry dated on or before the day can be added or changed any more (e.g. after the yearly report). */
@Component({
  selector: 'app-period-lock',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldError,
    FormAlert,
    LocalDatePipe,
    DayPipe,
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
    @if (lock(); as lock) {
      <p class="state">
        <mat-icon aria-hidden="true">{{ lock.lockedThrough ? 'lock' : 'lock_open' }}</mat-icon>
        <span>
          @if (lock.lockedThrough) {
            {{ 'hours.lock.lockedThrough' | translate: { date: (lock.lockedThrough | day: language.current() : 'long') } }}
            @if (lock.lockedAt) {
              <span class="muted">
                {{ 'hours.lock.lockedBy' | translate: { date: (lock.lockedAt | localDate: language.current()), name: lock.lockedBy ?? '' } }}
              </span>
            }
          } @else {
            {{ 'hours.lock.open' | translate }}
          }
        </span>
      </p>
    }
    <form class="lock-form" [formGroup]="form" (ngSubmit)="close()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'hours.lock.date' | translate }}</mat-label>
        <input matInput type="date" formControlName="lockedThrough" required />
        <mat-hint>{{ 'hours.lock.hint' | translate }}</mat-hint>
        <mat-error><app-field-error [errors]="form.controls.lockedThrough.errors" /></mat-error>
      </mat-form-field>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">
          <mat-icon aria-hidden="true">lock</mat-icon>
          {{ 'hours.lock.close' | translate }}
        </button>
        @if (lock()?.lockedThrough) {
          <button mat-stroked-button type="button" [disabled]="pending()" (click)="reopen()">
            <mat-icon aria-hidden="true">lock_open</mat-icon>
            {{ 'hours.lock.reopen' | translate }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .state {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .state .muted {
      display: block;
      font: var(--mat-sys-body-medium);
    }
    .lock-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .lock-form mat-form-field {
      flex: 0 1 18rem;
    }
  `,
})
export class PeriodLock {
  private readonly api = inject(HoursApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly lock = signal<HoursLockView | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ lockedThrough: ['', Validators.required] });
  protected readonly pending = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.api
      .lock()
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (lock) => this.show(lock),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected close(): void {
    const day = this.form.controls.lockedThrough.value;
    if (!isCalendarDay(day)) {
      this.form.markAllAsTouched();
      if (day) this.form.controls.lockedThrough.setErrors({ pattern: true });
      return;
    }
    const data: ConfirmDialogData = {
      title: this.translate.instant('hours.lock.confirmTitle') as string,
      text: this.translate.instant('hours.lock.confirmText', { date: formatDay(day, this.language.current(), 'long') }) as string,
      confirm: this.translate.instant('hours.lock.close') as string,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.save(this.api.setLock(day), 'hours.lock.closed'));
  }

  protected reopen(): void {
    this.save(this.api.setLock(null), 'hours.lock.reopened');
  }

  private save(request: Observable<HoursLockView>, doneKey: string): void {
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (lock) => {
        this.show(lock);
        this.notice.set(this.translate.instant(doneKey) as string);
      },
      error: (e: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate))),
    });
  }

  private show(lock: HoursLockView): void {
    this.lock.set(lock);
    this.form.reset({ lockedThrough: lock.lockedThrough ?? '' });
  }
}
