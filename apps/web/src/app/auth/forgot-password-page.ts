import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { AuthApi } from './auth-api';

@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCard, MatCardContent, MatError, MatFormField, MatInput, MatLabel, MatProgressBar, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-narrow">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          <h1>{{ 'auth.forgot.heading' | translate }}</h1>
          <app-form-alert kind="success" [message]="sentTo() ? ('auth.forgot.done' | translate: { email: sentTo() }) : null" />
          @if (!sentTo()) {
            <p class="muted">{{ 'auth.forgot.intro' | translate }}</p>
            <app-form-alert [message]="error()" />
            <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
              <mat-form-field>
                <mat-label>{{ 'auth.email' | translate }}</mat-label>
                <input matInput type="email" formControlName="email" autocomplete="email" required />
                <mat-error><app-field-error [errors]="form.controls.email.errors" /></mat-error>
              </mat-form-field>
              <div class="form-actions">
                <button mat-flat-button type="submit" [disabled]="pending()">{{ 'auth.forgot.submit' | translate }}</button>
              </div>
            </form>
          }
          <div class="form-links">
            <a routerLink="/login">{{ 'auth.forgot.back' | translate }}</a>
          </div>
        </mat-card-content>
      </mat-card>
    </div>
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .requestPasswordReset(email)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => this.sentTo.set(email),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
