import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { toApiProblem } from '../core/api/api-problem';
import { FormAlert } from '../core/forms/form-alert';
import { AuthApi } from './auth-api';

type State = 'working' | 'done' | 'failed';

/** Opened from the link in the registration email: confirms the address straight away. */
@Component({
  selector: 'app-verify-email-page',
  imports: [RouterLink, MatCard, MatCardContent, MatProgressBar, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-narrow">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (state() === 'working') {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          <h1>{{ 'auth.verify.heading' | translate }}</h1>
          @if (state() === 'working') {
            <p>{{ 'auth.verify.working' | translate }}</p>
          }
          <app-form-alert kind="success" [message]="state() === 'done' ? ('auth.verify.success' | translate) : null" />
          <app-form-alert [message]="error()" />
          @if (state() !== 'working') {
            <p><a routerLink="/login">{{ 'auth.verify.toLogin' | translate }}</a></p>
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
})
export class VerifyEmailPage implements OnInit {
  readonly token = input<string>();
  private readonly api = inject(AuthApi);
  private readonly translate = inject(TranslateService);
  protected readonly state = signal<State>('working');
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.fail(this.translate.instant('auth.verify.missingToken') as string);
      return;
    }
    this.api.verifyEmail(token).subscribe({
      next: () => this.state.set('done'),
      error: (error: unknown) => this.fail(toApiProblem(error, this.translate).message),
    });
  }

  private fail(message: string): void {
    this.state.set('failed');
    this.error.set(message);
  }
}
