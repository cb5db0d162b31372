import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { GrantApplicationData, OpenGrantCall } from '@miteinander/contracts';
import { planTotals } from '@miteinander/domain-grants';
import { catchError, of } from 'rxjs';
import { LanguageStore } from '../../core/i18n/language-store';
import { MunicipalitiesApi, type MunicipalityOption } from '../../shared/municipalities-api';
import { formatEuros } from '../shared/money';
import { formatDay } from './grant-format';

/** The application's data read-only, grouped like the form's steps (review step and status page). */
@Component({
  selector: 'app-application-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = data();
    @let lang = language.current();
    @let missing = 'grantsApplicant.summary.missing' | translate;
    <h3>{{ 'grantsApplicant.steps.applicant' | translate }}</h3>
    <dl>
      <dt>{{ 'grantsShared.fields.applicantType' | translate }}</dt>
      <dd>{{ d.applicantType ? ('grantsShared.applicantType.' + d.applicantType | translate) : missing }}</dd>
      <dt>{{ 'grantsShared.fields.organisationName' | translate }}</dt>
      <dd>{{ d.organisationName || '—' }}</dd>
      <dt>{{ 'grantsShared.fields.cooperatingOrganisation' | translate }}</dt>
      <dd>{{ d.cooperatingOrganisation || '—' }}</dd>
      <dt>{{ 'grantsShared.fields.contactPhone' | translate }}</dt>
      <dd>{{ d.contactPhone || '—' }}</dd>
    </dl>
    <h3>{{ 'grantsApplicant.steps.project' | translate }}</h3>
    <dl>
      <dt>{{ 'grantsShared.fields.title' | translate }}</dt>
      <dd>{{ d.title || missing }}</dd>
      <dt>{{ 'grantsShared.fields.goals' | translate }}</dt>
      <dd class="long">{{ d.goals || missing }}</dd>
      <dt>{{ 'grantsShared.fields.targetGroup' | translate }}</dt>
      <dd class="long">{{ d.targetGroup || missing }}</dd>
      <dt>{{ 'grantsShared.fields.fieldOfAction' | translate }}</dt>
      <dd>{{ d.fieldOfAction ? ('grantsShared.fieldOfAction.' + d.fieldOfAction | translate) : missing }}</dd>
      <dt>{{ 'grantsShared.fields.projectArea' | translate }}</dt>
      <dd>{{ areaLabel() || missing }}</dd>
      <dt>{{ 'grantsShared.fields.municipalityId' | translate }}</dt>
      <dd>{{ place() || missing }}</dd>
      <dt>{{ 'grantsApplicant.summary.period' | translate }}</dt>
      <dd>{{ d.startDate ? day(d.startDate, lang) : '…' }} – {{ d.endDate ? day(d.endDate, lang) : '…' }}</dd>
      <dt>{{ 'grantsShared.fields.plannedRefugees' | translate }}</dt>
      <dd>{{ d.plannedRefugees ?? missing }}</dd>
      <dt>{{ 'grantsShared.fields.plannedLocals' | translate }}</dt>
      <dd>{{ d.plannedLocals ?? missing }}</dd>
    </dl>
    <h3>{{ 'grantsApplicant.steps.costs' | translate }}</h3>
    <table class="costs">
      <caption class="visually-hidden">{{ 'grantsShared.fields.costLines' | translate }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'grantsApplicant.costs.category' | translate }}</th>
          <th scope="col">{{ 'grantsApplicant.costs.description' | translate }}</th>
          <th scope="col" class="amount">{{ 'grantsApplicant.costs.amount' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (line of d.costLines ?? []; track line.id) {
          <tr>
            <td>{{ line.category ? ('grantsShared.costCategory.' + line.category | translate) : '—' }}</td>
            <td>{{ line.description || '—' }}</td>
            <td class="amount">{{ euros(line.amountCents, lang) }}</td>
          </tr>
        } @empty {
          <tr><td colspan="3">{{ missing }}</td></tr>
        }
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="2">{{ 'grantsApplicant.costs.total' | translate }}</th>
          <td class="amount">{{ euros(totals().costsCents, lang) }}</td>
        </tr>
      </tfoot>
    </table>
    <dl>
      <dt>{{ 'grantsShared.fields.ownContributionCents' | translate }}</dt>
      <dd>{{ euros(d.ownContributionCents ?? 0, lang) }}</dd>
      <dt>{{ 'grantsShared.fields.otherFundingCents' | translate }}</dt>
      <dd>{{ euros(d.otherFundingCents ?? 0, lang) }}@if (d.otherFundingSource) { ({{ d.otherFundingSource }}) }</dd>
      <dt>{{ 'grantsShared.fields.requestedCents' | translate }}</dt>
      <dd><strong>{{ d.requestedCents !== undefined ? euros(d.requestedCents, lang) : missing }}</strong></dd>
    </dl>
    @if (showBank()) {
      <h3>{{ 'grantsApplicant.steps.bank' | translate }}</h3>
      <dl>
        <dt>{{ 'grantsShared.fields.accountHolder' | translate }}</dt>
        <dd>{{ d.accountHolder || missing }}</dd>
        <dt>{{ 'grantsShared.fields.iban' | translate }}</dt>
        <dd dir="ltr" class="iban">{{ d.iban || missing }}</dd>
      </dl>
    }
    <h3>{{ 'grantsApplicant.summary.publication' | translate }}</h3>
    <dl>
      <dt>{{ 'grantsShared.fields.publicConsent' | translate }}</dt>
      <dd>{{ (d.publicConsent ? 'common.yes' : 'common.no') | translate }}</dd>
      <dt>{{ 'grantsShared.fields.shortDescription' | translate }}</dt>
      <dd class="long">{{ d.shortDescription || '—' }}</dd>
    </dl>
  `,
  styles: `
    :host { display: block; overflow-wrap: anywhere; }
    h3 { margin-block: 1.25rem 0.5rem; font: var(--mat-sys-title-medium); }
    dl {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: 0.375rem 1rem;
      margin: 0;
      @media (max-width: 600px) { grid-template-columns: 1fr; }
    }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; @media (max-width: 600px) { margin-block-end: 0.5rem; } }
    .long { white-space: pre-line; }
    .iban { text-align: start; unicode-bidi: isolate; }
    .costs { inline-size: 100%; border-collapse: collapse; margin-block-end: 0.75rem; }
    .costs th, .costs td { padding-block: 0.375rem; padding-inline: 0 0.5rem; text-align: start; vertical-align: top; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .costs .amount { text-align: end; white-space: nowrap; }
  `,
})
export class ApplicationSummary {
  readonly data = input.required<GrantApplicationData>();
  readonly call = input.required<OpenGrantCall>();
  readonly showBank = input(true);

  protected readonly language = inject(LanguageStore);
  private readonly places = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([] as MunicipalityOption[]))), {
    initialValue: [] as MunicipalityOption[],
  });

  protected readonly totals = computed(() => planTotals(this.data()));
  protected readonly areaLabel = computed(() => this.call().projectAreas.find((a) => a.code === this.data().projectArea)?.label ?? this.data().projectArea);
  protected readonly place = computed(() => {
    const id = this.data().municipalityId;
    return id === undefined ? null : (this.places().find((p) => p.id === id)?.name ?? String(id));
  });
  protected readonly euros = formatEuros;
  protected readonly day = formatDay;
}
