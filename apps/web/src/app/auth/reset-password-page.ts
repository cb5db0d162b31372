import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PASSWORD_MIN_LENGTH } from '@miteinander/domain-identity';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { passwordPolicy } from '../core/forms/password-validator';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { AuthApi } from './auth-api';

/** Sets a new password from an emailed link: after "forgot password" or, with invitation=1, an invitation. */
@Component({
  selector: 'app-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCard, MatCardContent, MatError, MatFormField, MatHint, MatInput, MatLabel, MatProgressBar, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password-page.html',
})
export class ResetPasswordPage {
  readonly token = input<string>();
  readonly invitation = input<string>();

  private readonly api = inject(AuthApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly isInvitation = computed(() => this.invitation() === '1');
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', [Validators.required, passwordPolicy()]] });
  protected readonly passwordLength = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected submit(): void {
    const token = this.token();
    if (!token) {
      this.error.set(this.translate.instant('auth.reset.missingToken') as string);
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.api
      .confirmPasswordReset(token, this.form.getRawValue().password)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => this.done.set(true),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
