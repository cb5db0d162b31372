import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FormAlert } from '../../core/forms/form-alert';
import { toApiProblem } from '../../core/api/api-problem';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { formatHours } from '../shared/hours-format';
import { VolunteersApi } from '../volunteers-api';

/** The volunteer's approved hours at a glance, with the way to every entry and to the certificate. */
@Component({
  selector: 'app-hours-summary',
  imports: [RouterLink, MatAnchor, MatIcon, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (totals.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="problem()" />
    @if (totals.hasValue()) {
      @let t = totals.value();
      <dl class="totals">
        <div>
          <dt>{{ 'volunteers.hours.thisYear' | translate }}</dt>
          <dd>{{ hours(t.thisYearMinutes) }}</dd>
        </div>
        <div>
          <dt>{{ 'volunteers.hours.rolling12Months' | translate }}</dt>
          <dd>{{ hours(t.rolling12MonthsMinutes) }}</dd>
        </div>
        <div>
          <dt>{{ 'volunteers.hours.averagePerWeek' | translate }}</dt>
          <dd>{{ hours(t.averageMinutesPerWeek) }}</dd>
        </div>
        <div>
          <dt>{{ 'volunteers.hours.total' | translate }}</dt>
          <dd>{{ hours(t.totalMinutes) }}</dd>
        </div>
        <div>
          <dt>{{ 'volunteers.hours.pending' | translate }}</dt>
          <dd>{{ hours(t.pendingMinutes) }}</dd>
        </div>
        <div>
          <dt>{{ 'volunteers.hours.activeSince' | translate }}</dt>
          <dd>{{ t.activeSince ? (t.activeSince | localDate: language.current() : 'date') : ('volunteers.hours.notYet' | translate) }}</dd>
        </div>
      </dl>
      <p class="muted note">{{ 'volunteers.hours.onlyApproved' | translate }}</p>
      @if (t.byYear.length > 0) {
        <table class="by-year">
          <caption>{{ 'volunteers.hours.byYear' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'volunteers.hours.year' | translate }}</th>
              <th scope="col" class="number">{{ 'volunteers.hours.hours' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of t.byYear; track row.year) {
              <tr>
                <th scope="row">{{ row.year }}</th>
                <td class="number">{{ hours(row.minutes) }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
    <div class="links">
      <a mat-stroked-button routerLink="/hours/all" [queryParams]="{ volunteerId: volunteerId() }">
        <mat-icon aria-hidden="true">list</mat-icon>
        {{ 'volunteers.hours.allEntries' | translate }}
      </a>
      <a mat-stroked-button [href]="certificateDe()" download>
        <mat-icon aria-hidden="true">download</mat-icon>
        {{ 'volunteers.hours.certificate' | translate }}
      </a>
      <a mat-button [href]="certificateEn()" download hreflang="en">
        <mat-icon aria-hidden="true">translate</mat-icon>
        {{ 'volunteers.hours.certificateEn' | translate }}
      </a>
    </div>
  `,
  styles: `
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.75rem 1rem;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .note {
      font: var(--mat-sys-body-small);
    }
    .by-year {
      border-collapse: collapse;
      margin-block-end: 1rem;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 0.25rem;
    }
    .by-year th,
    .by-year td {
      padding-block: 0.25rem;
      padding-inline: 0 1.5rem;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .by-year .number {
      text-align: end;
      padding-inline-end: 0;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class HoursSummary {
  readonly volunteerId = input.required<string>();

  private readonly api = inject(VolunteersApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly totals = rxResource({ params: () => this.volunteerId(), stream: ({ params }) => this.api.hourTotals(params) });
  protected readonly problem = computed(() => (this.totals.error() ? toApiProblem(this.totals.error(), this.translate).message : null));
  protected readonly certificateDe = computed(() => this.api.certificateUrl(this.volunteerId(), 'de'));
  protected readonly certificateEn = computed(() => this.api.certificateUrl(this.volunteerId(), 'en'));

  /** "12,5 Std." */
  protected hours(minutes: number): string {
    return this.translate.instant('volunteers.hours.amount', { hours: formatHours(minutes, this.language.current()) }) as string;
  }
}
