import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { ACCESSIBILITY_FEEDBACK_MAX_LENGTH } from '@miteinander/contracts';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { AccessibilityApi } from './accessibility-api';

/** Report a barrier: which page, what is wrong, optionally where to answer. Success and errors are announced. */
@Component({
  selector: 'app-accessibility-feedback-form',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, MatProgressBar, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert kind="success" [message]="sent() ? ('accessibility.feedback.sent' | translate) : null" />
    @if (sent()) {
      <button #again mat-stroked-button type="button" (click)="writeAnother()">{{ 'accessibility.feedback.another' | translate }}</button>
    } @else {
      <app-form-alert [message]="error()" />
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field>
          <mat-label>{{ 'accessibility.feedback.page' | translate }}</mat-label>
          <input matInput id="feedback-page" formControlName="page" maxlength="200" required />
          <mat-hint>{{ 'accessibility.feedback.pageHint' | translate }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.page.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accessibility.feedback.message' | translate }}</mat-label>
          <textarea matInput id="feedback-message" formControlName="message" rows="6" required></textarea>
          <mat-hint>{{ 'accessibility.feedback.messageHint' | translate }}</mat-hint>
          <mat-hint align="end">{{ form.controls.message.value.length }} / {{ maxLength }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.message.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'accessibility.feedback.email' | translate }}</mat-label>
          <input matInput id="feedback-email" type="email" formControlName="email" autocomplete="email" />
          <mat-hint>{{ 'accessibility.feedback.emailHint' | translate }}</mat-hint>
          <mat-error><app-field-error [errors]="form.controls.email.errors" /></mat-error>
        </mat-form-field>
        <!-- Spam trap: out of sight and out of the tab order; people leave it empty, form-filling bots do not. -->
        <div class="trap" aria-hidden="true">
          <label for="feedback-website">{{ 'accessibility.feedback.trap' | translate }}</label>
          <input id="feedback-website" type="text" formControlName="website" tabindex="-1" autocomplete="off" />
        </div>
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="pending()">{{ 'accessibility.feedback.submit' | translate }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .form {
      max-inline-size: 40rem;
    }
    .trap {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class AccessibilityFeedbackForm implements OnInit {
  /** Prefills the page field, e.g. with the page the person came from. */
  readonly page = input('');

  private readonly api = inject(AccessibilityApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly again = viewChild<ElementRef<HTMLButtonElement>>('again');
  protected readonly maxLength = ACCESSIBILITY_FEEDBACK_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    page: ['', [Validators.required, Validators.maxLength(200)]],
    message: ['', [Validators.required, Validators.maxLength(ACCESSIBILITY_FEEDBACK_MAX_LENGTH)]],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    website: [''],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sent = signal(false);

  ngOnInit(): void {
    if (this.page()) this.form.controls.page.setValue(this.page());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { page, message, email, website } = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .sendFeedback({ page: page.trim(), message: message.trim(), ...(email.trim() ? { email: email.trim() } : {}), ...(website ? { website } : {}) })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => {
          this.form.reset();
          this.sent.set(true);
          // The submit button is gone: keep keyboard focus in the form's place.
          setTimeout(() => this.again()?.nativeElement.focus());
        },
        error: (error: unknown) => {
          const problem = toApiProblem(error, this.translate);
          // The limiter's own message is English only; say it in the page's language.
          this.error.set(problem.status === 429 ? (this.translate.instant('accessibility.feedback.tooMany') as string) : reportServerProblem(this.form, problem));
          // After change detection has marked the fields the server named.
          setTimeout(() => focusFirstInvalid(this.host.nativeElement));
        },
      });
  }

  protected writeAnother(): void {
    this.form.controls.page.setValue(this.page());
    this.sent.set(false);
    // Back to the first field, so keyboard users need not search for the form.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#feedback-page')?.focus());
  }
}
