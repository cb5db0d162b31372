import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PASSWORD_MIN_LENGTH } from '@miteinander/domain-identity';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { passwordPolicy } from '../core/forms/password-validator';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { ProfileApi } from './profile-api';

@Component({
  selector: 'app-change-password-form',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, MatProgressBar, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="changed() ? ('profile.password.changed' | translate) : null" />
    <form class="form" [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
      <!-- Lets password managers tie the new password to the account. -->
      <input type="email" name="username" autocomplete="username" [value]="email()" hidden />
      <mat-form-field>
        <mat-label>{{ 'profile.password.current' | translate }}</mat-label>
        <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
        <mat-error><app-field-error [errors]="form.controls.currentPassword.errors" /></mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'profile.password.new' | translate }}</mat-label>
        <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
        <mat-hint>{{ 'validation.passwordHint' | translate: { count: newPasswordValue().length, min: minLength } }}</mat-hint>
        <mat-error><app-field-error [errors]="form.controls.newPassword.errors" /></mat-error>
      </mat-form-field>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'profile.password.submit' | translate }}</button>
      </div>
    </form>
  `,
})
export class ChangePasswordForm {
  readonly email = input('');

  private readonly api = inject(ProfileApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, passwordPolicy(() => this.email())]],
  });
  protected readonly newPasswordValue = toSignal(this.form.controls.newPassword.valueChanges, { initialValue: '' });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly changed = signal(false);

  protected submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.changed.set(false);
    this.api
      .changePassword(currentPassword, newPassword)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => {
          // resetForm also clears "submitted", so the emptied fields do not show errors.
          formDirective.resetForm();
          this.changed.set(true);
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
