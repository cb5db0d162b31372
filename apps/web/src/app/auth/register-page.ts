import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { SELF_REGISTRATION_ROLES, type SelfRegistrationRole } from '@miteinander/contracts';
import { PASSWORD_MIN_LENGTH } from '@miteinander/domain-identity';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { passwordPolicy } from '../core/forms/password-validator';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { LanguageStore } from '../core/i18n/language-store';
import { AuthApi } from './auth-api';

@Component({
  selector: 'app-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    FieldError,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-page.html',
})
export class RegisterPage {
  private readonly api = inject(AuthApi);
  private readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = SELF_REGISTRATION_ROLES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  private readonly email = this.fb.control('', [Validators.required, Validators.email, Validators.maxLength(254)]);
  protected readonly form = this.fb.group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    email: this.email,
    password: ['', [Validators.required, passwordPolicy(() => this.email.value)]],
    role: this.fb.control<SelfRegistrationRole>('volunteer', Validators.required),
  });
  protected readonly passwordLength = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Set once the server accepted the registration: the page then asks to check the inbox. */
  protected readonly sentTo = signal<string | null>(null);

  constructor() {
    // The password must not contain the address, so a changed address re-checks the password.
    this.email.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.password.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .register({ ...value, email: value.email.trim(), locale: this.language.current() })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => this.sentTo.set(value.email.trim()),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
