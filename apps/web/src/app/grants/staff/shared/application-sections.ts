import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { GrantApplicationData, GrantAttachmentView, GrantProjectArea } from '@miteinander/contracts';
import { catchError, of } from 'rxjs';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { MunicipalitiesApi } from '../../../shared/municipalities-api';
import { GrantEuroPipe } from './euro.pipe';

/**
 * An application's form, read-only, in sections: applicant, project, costs and financing (with totals), bank
 * details (left out for reviewers) and attachments with download links. Used by coordinators and reviewers.
 */
@Component({
  selector: 'app-grant-application-sections',
  imports: [MatCard, MatCardContent, MatIcon, TranslatePipe, LocalDatePipe, DayPipe, GrantEuroPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = data();
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2>{{ 'grantsStaff.sections.applicant' | translate }}</h2>
        <dl class="facts">
          <dt>{{ 'grantsShared.fields.applicantType' | translate }}</dt>
          <dd>{{ d.applicantType ? ('grantsShared.applicantType.' + d.applicantType | translate) : '–' }}</dd>
          @if (applicantName()) {
            <dt>{{ 'grantsStaff.sections.person' | translate }}</dt>
            <dd>{{ applicantName() }}</dd>
          }
          <dt>{{ 'grantsShared.fields.organisationName' | translate }}</dt>
          <dd>{{ d.organisationName || '–' }}</dd>
          <dt>{{ 'grantsShared.fields.cooperatingOrganisation' | translate }}</dt>
          <dd>{{ d.cooperatingOrganisation || '–' }}</dd>
          @if (showContact()) {
            <dt>{{ 'grantsShared.fields.contactPhone' | translate }}</dt>
            <dd>{{ d.contactPhone || '–' }}</dd>
          }
        </dl>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined">
      <mat-card-content>
        <h2>{{ 'grantsStaff.sections.project' | translate }}</h2>
        <dl class="facts">
          <dt>{{ 'grantsShared.fields.title' | translate }}</dt>
          <dd>{{ d.title || '–' }}</dd>
          <dt>{{ 'grantsShared.fields.goals' | translate }}</dt>
          <dd class="text">{{ d.goals || '–' }}</dd>
          <dt>{{ 'grantsShared.fields.targetGroup' | translate }}</dt>
          <dd class="text">{{ d.targetGroup || '–' }}</dd>
          <dt>{{ 'grantsShared.fields.fieldOfAction' | translate }}</dt>
          <dd>{{ d.fieldOfAction ? ('grantsShared.fieldOfAction.' + d.fieldOfAction | translate) : '–' }}</dd>
          <dt>{{ 'grantsShared.fields.projectArea' | translate }}</dt>
          <dd>{{ areaLabel() }}</dd>
          <dt>{{ 'grantsShared.fields.municipalityId' | translate }}</dt>
          <dd>{{ municipality() }}</dd>
          <dt>{{ 'grantsStaff.sections.period' | translate }}</dt>
          <dd>{{ d.startDate ? (d.startDate | day: lang) : '–' }} – {{ d.endDate ? (d.endDate | day: lang) : '–' }}</dd>
          <dt>{{ 'grantsShared.fields.plannedRefugees' | translate }}</dt>
          <dd>{{ d.plannedRefugees ?? '–' }}</dd>
          <dt>{{ 'grantsShared.fields.plannedLocals' | translate }}</dt>
          <dd>{{ d.plannedLocals ?? '–' }}</dd>
          <dt>{{ 'grantsShared.fields.publicConsent' | translate }}</dt>
          <dd>{{ (d.publicConsent ? 'common.yes' : 'common.no') | translate }}</dd>
          @if (d.shortDescription) {
            <dt>{{ 'grantsShared.fields.shortDescription' | translate }}</dt>
            <dd class="text">{{ d.shortDescription }}</dd>
          }
        </dl>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined">
      <mat-card-content>
        <h2>{{ 'grantsStaff.sections.costs' | translate }}</h2>
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'grantsShared.fields.costLines' | translate">
          <table class="plain">
            <caption class="visually-hidden">{{ 'grantsShared.fields.costLines' | translate }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'grantsStaff.fieldPath.category' | translate }}</th>
                <th scope="col">{{ 'grantsStaff.fieldPath.description' | translate }}</th>
                <th scope="col" class="end">{{ 'grantsStaff.fieldPath.amountCents' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (line of d.costLines ?? []; track line.id) {
                <tr>
                  <td>{{ 'grantsShared.costCategory.' + line.category | translate }}</td>
                  <td class="text">{{ line.description }}</td>
                  <td class="end num">{{ line.amountCents | grantEuro: lang }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="3" class="muted">{{ 'grantsStaff.sections.noCosts' | translate }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan="2">{{ 'grantsStaff.sections.totalCosts' | translate }}</th>
                <td class="end num">{{ totalCosts() | grantEuro: lang }}</td>
              </tr>
              <tr>
                <th scope="row" colspan="2">{{ 'grantsShared.fields.ownContributionCents' | translate }}</th>
                <td class="end num"><bdi>− {{ d.ownContributionCents ?? 0 | grantEuro: lang }}</bdi></td>
              </tr>
              <tr>
                <th scope="row" colspan="2">
                  {{ 'grantsShared.fields.otherFundingCents' | translate }}
                  @if (d.otherFundingSource) {
                    <span class="muted">({{ d.otherFundingSource }})</span>
                  }
                </th>
                <td class="end num"><bdi>− {{ d.otherFundingCents ?? 0 | grantEuro: lang }}</bdi></td>
              </tr>
              @if (computedRequestCents() !== null) {
                <tr>
                  <th scope="row" colspan="2">{{ 'grantsStaff.sections.computed' | translate }}</th>
                  <td class="end num">{{ computedRequestCents() | grantEuro: lang }}</td>
                </tr>
              }
              <tr class="strong">
                <th scope="row" colspan="2">{{ 'grantsShared.fields.requestedCents' | translate }}</th>
                <td class="end num">{{ d.requestedCents | grantEuro: lang }}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        @if (limitCents() !== null) {
          <p class="muted small">{{ 'grantsStaff.sections.limit' | translate: { limit: (limitCents() | grantEuro: lang) } }}</p>
        }
        @if (mismatch()) {
          <p class="warning"><mat-icon aria-hidden="true">warning</mat-icon><span>{{ 'grantsStaff.sections.mismatch' | translate }}</span></p>
        }
      </mat-card-content>
    </mat-card>

    @if (showBank()) {
      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ 'grantsStaff.sections.bank' | translate }}</h2>
          <dl class="facts">
            <dt>{{ 'grantsShared.fields.accountHolder' | translate }}</dt>
            <dd>{{ bank().holder || '–' }}</dd>
            <dt>{{ 'grantsShared.fields.iban' | translate }}</dt>
            <dd class="iban">{{ bank().iban || '–' }}</dd>
          </dl>
        </mat-card-content>
      </mat-card>
    }

    <mat-card appearance="outlined">
      <mat-card-content>
        <h2>{{ 'grantsShared.fields.attachments' | translate }}</h2>
        @if (!attachments().length) {
          <p class="muted">{{ 'grantsStaff.sections.noAttachments' | translate }}</p>
        } @else {
          <ul class="files">
            @for (f of attachments(); track f.id) {
              <li>
                <a [href]="attachmentUrl()(f.id)" download>
                  <mat-icon aria-hidden="true">{{ f.contentType === 'application/pdf' ? 'picture_as_pdf' : 'image' }}</mat-icon>
                  <span>{{ 'grantsStaff.sections.download' | translate: { name: f.fileName } }}</span>
                </a>
                <span class="muted small">{{ size(f.sizeBytes) }} · {{ f.uploadedAt | localDate: lang }}</span>
              </li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    mat-card + mat-card {
      margin-block-start: 0;
    }
    h2 {
      margin-block-start: 0;
    }
    .facts {
      display: grid;
      grid-template-columns: fit-content(40%) minmax(0, 1fr);
      gap: 0.5rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .iban {
      font-family: monospace;
      letter-spacing: 0.05em;
    }
    table.plain {
      inline-size: 100%;
      border-collapse: collapse;
    }
    table.plain th,
    table.plain td {
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    table.plain tfoot th {
      font-weight: 400;
    }
    table.plain .end {
      text-align: end;
    }
    .strong th,
    .strong td {
      font-weight: 600;
    }
    .num {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .warning {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .files {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .files a {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
  `,
})
export class GrantApplicationSections {
  readonly data = input.required<GrantApplicationData>();
  readonly attachments = input.required<GrantAttachmentView[]>();
  /** Where each attachment is downloaded. */
  readonly attachmentUrl = input.required<(attachmentId: string) => string>();
  /** The call's areas, to show the area's label (reviewers only get the code). */
  readonly areas = input<GrantProjectArea[]>([]);
  readonly applicantName = input<string | null>(null);
  readonly showBank = input(false);
  readonly showContact = input(true);
  readonly computedRequestCents = input<number | null>(null);
  readonly limitCents = input<number | null>(null);

  protected readonly language = inject(LanguageStore);
  private readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly totalCosts = computed(() => (this.data().costLines ?? []).reduce((sum, l) => sum + (l.amountCents ?? 0), 0));
  protected readonly areaLabel = computed(() => {
    const code = this.data().projectArea;
    if (!code) return '–';
    return this.areas().find((a) => a.code === code)?.label ?? code;
  });
  protected readonly municipality = computed(() => {
    const id = this.data().municipalityId;
    if (id === undefined || id === null) return '–';
    return this.municipalities().find((m) => m.id === id)?.name ?? String(id);
  });
  protected readonly mismatch = computed(() => {
    const computedCents = this.computedRequestCents();
    const requested = this.data().requestedCents;
    return computedCents !== null && requested !== undefined && requested !== computedCents;
  });
  protected readonly bank = computed(() => {
    const d = this.data();
    return { holder: d.accountHolder, iban: d.iban?.replace(/(.{4})/g, '$1 ').trim() };
  });

  protected size(bytes: number): string {
    const lang = this.language.current();
    if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
  }
}
