import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MailPreferencesView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FormAlert } from '../core/forms/form-alert';
import { MailPreferencesApi, type PreferenceChoices } from '../preferences/mail-preferences-api';
import { MailPreferencesForm } from '../preferences/mail-preferences-form';

/** The signed-in person's reminder preferences, the same control as behind the email link. */
@Component({
  selector: 'app-mail-notifications',
  imports: [MatProgressBar, TranslatePipe, FormAlert, MailPreferencesForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (loading() || pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <p class="muted">{{ 'mailPreferences.profileIntro' | translate }}</p>
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="saved() ? ('mailPreferences.saved' | translate) : null" />
    @if (view(); as view) {
      <app-mail-preferences-form [preferences]="view.preferences" [pending]="pending()" (save)="save($event)" />
    }
  `,
})
export class MailNotifications {
  private readonly api = inject(MailPreferencesApi);
  private readonly translate = inject(TranslateService);

  protected readonly view = signal<MailPreferencesView | null>(null);
  protected readonly loading = signal(true);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    this.api
      .getMine()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (view) => this.view.set(view),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected save(preferences: PreferenceChoices): void {
    this.pending.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.api
      .saveMine(preferences)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => {
          this.view.set(view);
          this.saved.set(true);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
