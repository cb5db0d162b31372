import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorCode, type MailPreferencesView } from '@miteinander/contracts';
import { finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { AuthStore } from '../core/auth/auth-store';
import { FormAlert } from '../core/forms/form-alert';
import { MailPreferencesApi, type PreferenceChoices } from './mail-preferences-api';
import { MailPreferencesForm } from './mail-preferences-form';

type State = 'loading' | 'ready' | 'invalid' | 'failed';

/** Keeps an address in its own direction inside Arabic or Farsi text. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Opened from the footer of an email, without signing in: the token in the link stands for the
 * address. A wrong or expired link gets a friendly explanation instead of an error.
 */
@Component({
  selector: 'app-mail-preferences-page',
  imports: [RouterLink, MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert, MailPreferencesForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-preferences">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (state() === 'loading' || pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          @switch (state()) {
            @case ('invalid') {
              <h1 class="with-icon"><mat-icon aria-hidden="true">link_off</mat-icon> {{ 'mailPreferences.invalid.heading' | translate }}</h1>
              <p>{{ 'mailPreferences.invalid.text' | translate }}</p>
              <p>{{ 'mailPreferences.invalid.account' | translate }}</p>
              <p>
                @if (auth.signedIn()) {
                  <a routerLink="/profile" fragment="mail-notifications">{{ 'mailPreferences.invalid.toProfile' | translate }}</a>
                } @else {
                  <a routerLink="/login" [queryParams]="{ returnUrl: '/profile' }">{{ 'mailPreferences.invalid.toLogin' | translate }}</a>
                }
              </p>
            }
            @default {
              <h1>{{ 'mailPreferences.heading' | translate }}</h1>
              @if (view(); as view) {
                <p>{{ 'mailPreferences.intro' | translate: { email: email() } }}</p>
              }
              <app-form-alert [message]="error()" />
              <app-form-alert kind="success" [message]="notice()" />
              @if (view(); as view) {
                <app-mail-preferences-form [preferences]="view.preferences" [pending]="pending()" (save)="save($event)" />
                <div class="unsubscribe">
                  <button mat-stroked-button type="button" aria-describedby="unsubscribe-hint" [disabled]="pending()" (click)="unsubscribeAll()">
                    <mat-icon aria-hidden="true">notifications_off</mat-icon>
                    {{ 'mailPreferences.unsubscribeAll' | translate }}
                  </button>
                  <span id="unsubscribe-hint" class="muted">{{ 'mailPreferences.unsubscribeHint' | translate }}</span>
                </div>
              }
            }
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .page-preferences {
      max-inline-size: 42rem;
      margin-inline: auto;
    }
    .with-icon {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .unsubscribe {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-block-start: 1.5rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    button {
      white-space: normal;
      block-size: auto;
      min-block-size: 2.5rem;
    }
  `,
})
export class MailPreferencesPage implements OnInit {
  /** From the link: `/mail-preferences?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(MailPreferencesApi);
  private readonly translate = inject(TranslateService);
  protected readonly auth = inject(AuthStore);

  protected readonly state = signal<State>('loading');
  protected readonly view = signal<MailPreferencesView | null>(null);
  protected readonly email = computed(() => isolate(this.view()?.email ?? ''));
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.api.getWithToken(token).subscribe({
      next: (view) => {
        this.view.set(view);
        this.state.set('ready');
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  protected save(preferences: PreferenceChoices): void {
    this.run(this.api.saveWithToken(this.token()!, preferences), 'mailPreferences.saved');
  }

  protected unsubscribeAll(): void {
    this.run(this.api.unsubscribeWithToken(this.token()!), 'mailPreferences.unsubscribed');
  }

  private run(request: Observable<MailPreferencesView>, doneKey: string): void {
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (view) => {
        this.view.set(view);
        this.notice.set(this.translate.instant(doneKey) as string);
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  private fail(e: unknown): void {
    const problem = toApiProblem(e, this.translate);
    if (problem.code === ErrorCode.TokenInvalid) {
      this.state.set('invalid');
      return;
    }
    this.error.set(problem.message);
    if (!this.view()) this.state.set('failed');
  }
}
