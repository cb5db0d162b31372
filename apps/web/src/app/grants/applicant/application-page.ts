import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { GrantsApi } from '../shared/grants-api';
import { formatDay } from './grant-format';
import { ApplicationFormComponent } from './form/application-form';
import { ApplicationStatus } from './status/application-status';

/** /my-grants/:id: the form while the applicant may edit, else where the application stands. */
@Component({
  selector: 'app-application-page',
  imports: [RouterLink, MatIcon, MatProgressBar, TranslatePipe, FormAlert, ApplicationFormComponent, ApplicationStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <p class="back">
        <a routerLink="/my-grants"><mat-icon aria-hidden="true" class="flip">arrow_back</mat-icon>{{ 'grantsApplicant.list.heading' | translate }}</a>
      </p>
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <app-form-alert [message]="loadError()" />
      @if (view(); as v) {
        <h1 #heading tabindex="-1">{{ v.data.title || ('grantsApplicant.form.newHeading' | translate) }}</h1>
        <p class="muted">
          {{ v.call.title }} ·
          {{ 'grantsApplicant.list.deadline' | translate: { date: day(v.call.deadline, language.current()) } }}
        </p>
        @if (v.can.edit) {
          @if (v.call.status === 'paused') {
            <app-form-alert [message]="'grantsApplicant.form.callPaused' | translate: { reason: v.call.pauseReason ?? '' }" />
          }
          <app-application-form [view]="v" (submitted)="afterSubmit($event)" (withdrawn)="view.set($event)" />
        } @else {
          <app-application-status [view]="v" [justSubmitted]="justSubmitted()" (changed)="view.set($event)" />
        }
      }
    </div>
  `,
  styles: `
    .page { max-inline-size: 60rem; margin-inline: auto; }
    h1 { margin-block-end: 0.25rem; overflow-wrap: anywhere; }
    h1:focus { outline: none; }
    .back a { display: inline-flex; gap: 0.25rem; align-items: center; }
    :host-context([dir='rtl']) .flip { transform: scaleX(-1); }
  `,
})
export class ApplicationPage {
  /** From the route (:id). */
  readonly id = input.required<string>();

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly view = signal<GrantApplicationView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly justSubmitted = signal(false);
  protected readonly day = formatDay;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected afterSubmit(view: GrantApplicationView): void {
    this.justSubmitted.set(true);
    this.view.set(view);
    globalThis.scrollTo?.({ top: 0 });
    // The form (and its focused submit button) is gone: keyboard users continue at the heading, above the confirmation.
    afterNextRender(() => this.heading()?.nativeElement.focus({ preventScroll: true }), { injector: this.injector });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.view.set(null);
    this.api
      .application(id)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (view) => this.view.set(view),
        error: (e: unknown) => this.loadError.set(toApiProblem(e, this.translate).message),
      });
  }
}
