import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationListItem, OpenGrantCall } from '@miteinander/contracts';
import { finalize, forkJoin } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';
import { formatEuros } from '../../shared/money';
import { formatDay } from '../grant-format';
import { GrantStatusChip } from '../grant-status-chip';

/** /my-grants: the calls one can apply to (or read why they are paused) and the applicant's own applications. */
@Component({
  selector: 'app-my-grants-page',
  imports: [RouterLink, MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert, GrantStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-grants-page.html',
  styleUrl: './my-grants-page.scss',
})
export class MyGrantsPage {
  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly calls = signal<OpenGrantCall[]>([]);
  protected readonly applications = signal<GrantApplicationListItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  /** The call whose draft is being created. */
  protected readonly starting = signal<string | null>(null);
  protected readonly startError = signal<string | null>(null);

  protected readonly euros = formatEuros;
  protected readonly day = formatDay;

  constructor() {
    forkJoin({ calls: this.api.openCalls(), mine: this.api.myApplications() })
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: ({ calls, mine }) => {
          this.calls.set(calls);
          this.applications.set(mine);
          this.loaded.set(true);
        },
        error: (e: unknown) => this.loadError.set(toApiProblem(e, this.translate).message),
      });
  }

  protected start(call: OpenGrantCall): void {
    this.startError.set(null);
    this.starting.set(call.id);
    this.api
      .createDraft(call.id)
      .pipe(finalize(() => this.starting.set(null)))
      .subscribe({
        next: (draft) => void this.router.navigate(['/my-grants', draft.id]),
        error: (e: unknown) => this.startError.set(toApiProblem(e, this.translate).message),
      });
  }
}
