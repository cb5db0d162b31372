import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView, GrantReportCheckRequest } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { focusInvalidSoon } from '../../../cards/staff/shared/focus-invalid';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { GrantsApi } from '../../shared/grants-api';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { GrantFieldError } from '../shared/grant-field-error';
import { grantProblemText } from '../shared/problem-text';

/** "Verwendungsnachweis": the final report against the plan; the coordinator closes it or asks for corrections. */
@Component({
  selector: 'app-grant-report-panel',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    DayPipe,
    GrantEuroPipe,
    GrantFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = application();
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2 id="report-heading" tabindex="-1">{{ 'grantsStaff.report.heading' | translate }}</h2>
        @if (a.reportDue) {
          <p class="muted">{{ 'grantsStaff.report.due' | translate: { date: (a.reportDue | day: lang) } }}</p>
        }
        @if (a.report; as r) {
          <p>
            <strong>{{ 'grantsStaff.report.status.' + r.status | translate }}</strong>
            @if (r.submittedAt) {
              <span class="muted"> · {{ 'grantsStaff.report.submittedAt' | translate: { date: (r.submittedAt | localDate: lang) } }}</span>
            }
          </p>
          @if (r.correctionComment) {
            <p class="text">{{ 'grantsStaff.report.lastCorrection' | translate: { comment: r.correctionComment } }}</p>
          }
          <h3>{{ 'grantsStaff.report.narrative' | translate }}</h3>
          <p class="text">{{ r.narrative || '–' }}</p>
          <h3>{{ 'grantsStaff.report.participants' | translate }}</h3>
          <p>{{ 'grantsStaff.report.participantsValue' | translate: { refugees: r.participantsRefugees, locals: r.participantsLocals, plannedRefugees: a.data.plannedRefugees ?? '–', plannedLocals: a.data.plannedLocals ?? '–' } }}</p>

          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'grantsStaff.report.costsCaption' | translate">
            <table class="plain">
              <caption>{{ 'grantsStaff.report.costsCaption' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'grantsStaff.fieldPath.description' | translate }}</th>
                  <th scope="col" class="end">{{ 'grantsStaff.report.planned' | translate }}</th>
                  <th scope="col" class="end">{{ 'grantsStaff.report.actual' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (line of lines(); track line.id) {
                  <tr>
                    <th scope="row">
                      {{ 'grantsShared.costCategory.' + line.category | translate }}: {{ line.description }}
                    </th>
                    <td class="end num">{{ line.planned | grantEuro: lang }}</td>
                    <td class="end num" [class.over]="line.actual !== null && line.actual > line.planned">{{ line.actual | grantEuro: lang }}</td>
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{{ 'grantsStaff.report.total' | translate }}</th>
                  <td class="end num">{{ plannedTotal() | grantEuro: lang }}</td>
                  <td class="end num">{{ r.actualTotalCents | grantEuro: lang }}</td>
                </tr>
              </tfoot>
            </table>
          </div>

          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'grantsStaff.report.receiptsCaption' | translate: { count: r.receipts.length }">
            <table class="plain">
              <caption>{{ 'grantsStaff.report.receiptsCaption' | translate: { count: r.receipts.length } }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'grantsStaff.report.receiptDate' | translate }}</th>
                  <th scope="col">{{ 'grantsStaff.report.issuer' | translate }}</th>
                  <th scope="col">{{ 'grantsStaff.fieldPath.description' | translate }}</th>
                  <th scope="col" class="end">{{ 'grantsStaff.fieldPath.amountCents' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (receipt of r.receipts; track $index) {
                  <tr>
                    <td class="nowrap">{{ receipt.date | day: lang }}</td>
                    <td>{{ receipt.issuer }}</td>
                    <td class="text">{{ receipt.description }}</td>
                    <td class="end num">{{ receipt.amountCents | grantEuro: lang }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="4" class="muted">{{ 'grantsStaff.report.noReceipts' | translate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>

          <dl class="facts">
            <dt>{{ 'grantsStaff.report.paid' | translate }}</dt>
            <dd class="num">{{ a.paidCents | grantEuro: lang }}</dd>
            <dt>{{ 'grantsStaff.report.toReturn' | translate }}</dt>
            <dd class="num" [class.strong]="r.toReturnCents > 0">{{ r.toReturnCents | grantEuro: lang }}</dd>
          </dl>

          @if (a.can.checkReport) {
            <div class="progress-slot">
              @if (pending()) {
                <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
              }
            </div>
            <app-form-alert [message]="error()" />
            <div class="actions">
              <button mat-flat-button type="button" [disabled]="pending()" (click)="check(true)">
                <mat-icon aria-hidden="true">task_alt</mat-icon>
                {{ 'grantsStaff.report.accept' | translate }}
              </button>
            </div>
            <form [formGroup]="form" (ngSubmit)="check(false)" novalidate class="corrections">
              <mat-form-field class="full">
                <mat-label>{{ 'grantsStaff.report.comment' | translate }}</mat-label>
                <textarea matInput formControlName="comment" rows="3" maxlength="2000"></textarea>
                <mat-error><app-grant-field-error [errors]="form.controls.comment.errors" /></mat-error>
              </mat-form-field>
              <button mat-stroked-button type="submit" [disabled]="pending()">
                <mat-icon aria-hidden="true">undo</mat-icon>
                {{ 'grantsStaff.report.requestCorrections' | translate }}
              </button>
            </form>
          }
        } @else {
          <p class="muted">{{ 'grantsStaff.report.none' | translate }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    h3 {
      margin-block: 1rem 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    table.plain {
      inline-size: 100%;
      margin-block: 1rem;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 0.5rem;
    }
    table.plain th,
    table.plain td {
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    tbody th {
      font-weight: 400;
    }
    table.plain .end {
      text-align: end;
    }
    .num {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .nowrap {
      white-space: nowrap;
    }
    .over {
      font-weight: 600;
    }
    .strong {
      font-weight: 600;
    }
    .facts {
      display: grid;
      grid-template-columns: fit-content(50%) minmax(0, 1fr);
      gap: 0.5rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-block: 0.5rem 1rem;
    }
    .corrections {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .full {
      inline-size: 100%;
    }
  `,
})
export class GrantReportPanel {
  readonly application = input.required<GrantApplicationView>();
  readonly changed = output<GrantApplicationView>();

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly form = inject(NonNullableFormBuilder).group({ comment: ['', Validators.maxLength(2000)] });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  /** Each plan line with what the report says was spent on it. */
  protected readonly lines = computed(() => {
    const a = this.application();
    const actual = new Map((a.report?.actualCosts ?? []).map((c) => [c.lineId, c.amountCents]));
    return (a.data.costLines ?? []).map((l) => ({ id: l.id, category: l.category, description: l.description, planned: l.amountCents, actual: actual.get(l.id) ?? null }));
  });
  protected readonly plannedTotal = computed(() => (this.application().data.costLines ?? []).reduce((sum, l) => sum + l.amountCents, 0));

  protected check(accept: boolean): void {
    this.error.set(null);
    const comment = this.form.controls.comment.value.trim();
    if (!accept && !comment) {
      this.form.controls.comment.setErrors({ required: true });
      this.form.controls.comment.markAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const request: GrantReportCheckRequest = accept ? { accept } : { accept, comment };
    this.pending.set(true);
    this.api
      .checkReport(this.application().id, request)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => {
          this.form.reset();
          this.changed.emit(result);
        },
        error: (e: unknown) => this.error.set(grantProblemText(toApiProblem(e, this.translate), this.form)),
      });
  }
}
