import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { AuthStore } from '../core/auth/auth-store';
import { safeReturnUrl } from '../core/auth/safe-return-url';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { LanguageStore } from '../core/i18n/language-store';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCard, MatCardContent, MatError, MatFormField, MatInput, MatLabel, MatProgressBar, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
})
export class LoginPage {
  /** Where to go after signing in (query parameter, set by the guards). */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageStore);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.auth
      .login(email, password)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: async (user) => {
          // Signed in, the account's language applies (it is what their emails use too).
          if (user) await this.language.use(user.locale);
          await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
