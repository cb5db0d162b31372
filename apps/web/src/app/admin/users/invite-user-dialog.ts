import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LOCALES, ROLES, type Locale, type Role, type UserView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LANGUAGE_NAMES } from '../../core/i18n/language-names';
import { LanguageStore } from '../../core/i18n/language-store';
import { UsersApi } from './users-api';

/** Creates an account for someone and emails them a link to set their password. Closes with the new user. */
@Component({
  selector: 'app-invite-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FieldError,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-user-dialog.html',
})
export class InviteUserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<InviteUserDialog, UserView>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;
  protected readonly locales = LOCALES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    roles: this.fb.control<Role[]>([]),
    locale: this.fb.control<Locale>(inject(LanguageStore).current(), Validators.required),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected hasRole(role: Role): boolean {
    return this.form.controls.roles.value.includes(role);
  }

  protected toggleRole(role: Role, checked: boolean): void {
    const roles = this.form.controls.roles.value.filter((r) => r !== role);
    this.form.controls.roles.setValue(checked ? [...roles, role] : roles);
    this.form.controls.roles.markAsDirty();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const invitation = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .invite({ ...invitation, email: invitation.email.trim() })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (user) => this.dialogRef.close(user),
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
