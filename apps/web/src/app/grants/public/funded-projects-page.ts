import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FIELDS_OF_ACTION, type FieldOfAction, type FundedProject } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { GrantsApi } from '../shared/grants-api';
import { formatEuros } from '../shared/money';

/**
 * /funded-projects (no sign-in): micro-projects funded in past calls as examples for new applicants — only those
 * whose applicants agreed to it. Filter by year and field of action.
 */
@Component({
  selector: 'app-funded-projects-page',
  imports: [MatCard, MatCardContent, MatFormField, MatIcon, MatLabel, MatOption, MatProgressBar, MatSelect, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funded-projects-page.html',
  styleUrl: './funded-projects-page.scss',
})
export class FundedProjectsPage {
  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly projects = signal<FundedProject[]>([]);
  protected readonly loading = signal(true);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly year = signal<number | null>(null);
  protected readonly field = signal<FieldOfAction | null>(null);
  protected readonly fields = FIELDS_OF_ACTION;

  protected readonly years = computed(() => [...new Set(this.projects().map((p) => p.year))].sort((a, b) => b - a));
  protected readonly shown = computed(() => {
    const year = this.year();
    const field = this.field();
    return this.projects().filter((p) => (year === null || p.year === year) && (field === null || p.fieldOfAction === field));
  });
  protected readonly euros = formatEuros;

  constructor() {
    this.api
      .fundedProjects()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (projects) => {
          this.projects.set(projects);
          this.loaded.set(true);
        },
        error: (e: unknown) => this.loadError.set(toApiProblem(e, this.translate).message),
      });
  }
}
