import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LOCALES, type Locale, type UserView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { AuthStore } from '../core/auth/auth-store';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { LANGUAGE_NAMES } from '../core/i18n/language-names';
import { LanguageStore } from '../core/i18n/language-store';

/** Name and language; the language also switches the UI and is used for the person's emails. */
@Component({
  selector: 'app-profile-details-form',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatInput, MatLabel, MatOption, MatProgressBar, MatSelect, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="saved() ? ('profile.saved' | translate) : null" />
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'profile.displayName' | translate }}</mat-label>
        <input matInput formControlName="displayName" autocomplete="name" required />
        <mat-error><app-field-error [errors]="form.controls.displayName.errors" /></mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'profile.language' | translate }}</mat-label>
        <mat-select formControlName="locale">
          @for (locale of locales; track locale) {
            <mat-option [value]="locale"><span [attr.lang]="locale">{{ names[locale] }}</span></mat-option>
          }
        </mat-select>
        <mat-error><app-field-error [errors]="form.controls.locale.errors" /></mat-error>
      </mat-form-field>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'common.save' | translate }}</button>
      </div>
    </form>
  `,
})
export class ProfileDetailsForm {
  readonly user = input.required<UserView>();

  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly locales = LOCALES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly form = this.fb.group({
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    locale: this.fb.control<Locale>('de', Validators.required),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    // Follow the account (e.g. a language picked in the toolbar) unless the person is editing.
    effect(() => {
      const user = this.user();
      if (!this.form.dirty) this.form.reset({ displayName: user.displayName, locale: user.locale });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const changes = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.auth
      .updateProfile(changes)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: async (user) => {
          this.form.reset({ displayName: user.displayName, locale: user.locale });
          await this.language.use(user.locale);
          this.saved.set(true);
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
