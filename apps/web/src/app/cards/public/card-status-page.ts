import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorCode, type PublicCardApplicationStatus } from '@miteinander/contracts';
import { finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { CardsPublicApi } from '../cards-public-api';
import { ApplicationStatusPanel } from './application-status-panel';
import { InvalidLink, isRefusal } from './invalid-link';
import { confirmWithdraw } from './withdraw-confirm';

type State = 'loading' | 'ready' | 'invalid' | 'failed';

/**
 * /card-status?token=…: the applicant's status link from the confirmation email, without an account.
 * Shows how far the application is and lets them withdraw it.
 */
@Component({
  selector: 'app-card-status-page',
  imports: [MatCard, MatCardContent, MatProgressBar, TranslatePipe, FormAlert, ApplicationStatusPanel, InvalidLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-public">
      <mat-card appearance="outlined">
        <div class="progress-slot">
          @if (state() === 'loading' || pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <mat-card-content>
          @if (state() === 'invalid') {
            <app-invalid-link />
          } @else {
            <h1>{{ 'cardsPublic.statusPage.heading' | translate }}</h1>
            <p class="muted">{{ 'cardsPublic.statusPage.intro' | translate }}</p>
            <app-form-alert [message]="error()" />
            <app-form-alert kind="success" [message]="notice()" />
            @if (status(); as status) {
              <app-application-status-panel [application]="status" [pending]="pending()" (withdraw)="withdraw()" />
              @if (status.card) {
                <p class="muted">{{ 'cardsPublic.statusPage.signInHint' | translate }}</p>
              }
            }
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styleUrl: './public-page.scss',
})
export class CardStatusPage implements OnInit {
  /** From the link: `/card-status?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(CardsPublicApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  protected readonly state = signal<State>('loading');
  protected readonly status = signal<PublicCardApplicationStatus | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    if (!this.token()) {
      this.state.set('invalid');
      return;
    }
    this.run(this.api.applicationStatus(this.token()!), undefined, true);
  }

  protected withdraw(): void {
    confirmWithdraw(this.dialog, this.translate).subscribe(() => {
      this.run(this.api.withdrawByToken(this.token()!), 'cardsPublic.application.withdrawn');
    });
  }

  private run(request: Observable<PublicCardApplicationStatus>, successKey?: string, reading = false): void {
    this.error.set(null);
    this.notice.set(null);
    this.pending.set(true);
    request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (status) => {
        this.status.set(status);
        this.state.set('ready');
        if (successKey) this.notice.set(this.translate.instant(successKey) as string);
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        // Reading with nothing but the token: any refusal means the link does not work (no technical details).
        if (problem.code === ErrorCode.TokenInvalid || problem.status === 404 || problem.status === 410 || (reading && isRefusal(problem.status))) {
          this.state.set('invalid');
          return;
        }
        this.error.set(problem.message);
        if (!this.status()) this.state.set('failed');
        // A conflict (e.g. already decided meanwhile): show how it stands now.
        else if (problem.status === 409) this.reload();
      },
    });
  }

  private reload(): void {
    this.api.applicationStatus(this.token()!).subscribe({ next: (status) => this.status.set(status), error: () => undefined });
  }
}
