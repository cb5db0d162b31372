import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView, GrantPaymentView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { GrantsApi } from '../../shared/grants-api';
import { GrantEuroPipe } from '../shared/euro.pipe';
import { grantProblemText } from '../shared/problem-text';
import { todayInBerlin } from '../shared/validators';

/** "Zahlungen": the applicant's payment requests; the coordinator marks each as paid on a date (today by default). */
@Component({
  selector: 'app-grant-payments-panel',
  imports: [FormsModule, MatButton, MatCard, MatCardContent, MatFormField, MatIcon, MatInput, MatLabel, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe, DayPipe, GrantEuroPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = application();
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2 id="payments-heading" tabindex="-1">{{ 'grantsStaff.payments.heading' | translate }}</h2>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p>
          {{ 'grantsStaff.payments.summary' | translate: { paid: (a.paidCents | grantEuro: lang), approved: (a.decision?.amountCents | grantEuro: lang) } }}
        </p>
        <app-form-alert [message]="error()" />
        @if (!a.payments.length) {
          <p class="muted">{{ 'grantsStaff.payments.none' | translate }}</p>
        } @else {
          <ul class="payments">
            @for (p of a.payments; track p.id) {
              <li>
                <div class="line">
                  <span class="amount">{{ p.amountCents | grantEuro: lang }}</span>
                  <span class="muted small">{{ 'grantsStaff.payments.requestedAt' | translate: { date: (p.requestedAt | localDate: lang : 'date') } }}</span>
                  @if (p.paidOn) {
                    <span class="paid"><mat-icon aria-hidden="true">check_circle</mat-icon>{{ 'grantsStaff.payments.paidOn' | translate: { date: (p.paidOn | day: lang) } }}</span>
                  } @else {
                    <span class="waiting"><mat-icon aria-hidden="true">hourglass_top</mat-icon>{{ 'grantsStaff.payments.waiting' | translate }}</span>
                  }
                </div>
                @if (!p.paidOn && a.can.markPaid) {
                  <form class="mark" (ngSubmit)="markPaid(p)">
                    <mat-form-field>
                      <mat-label>{{ 'grantsStaff.payments.paidOnLabel' | translate: { amount: (p.amountCents | grantEuro: lang) } }}</mat-label>
                      <input matInput type="date" [name]="'paidOn-' + p.id" [ngModel]="dateFor(p)" (ngModelChange)="setDate(p, $event)" required [max]="today" />
                    </mat-form-field>
                    <button mat-flat-button type="submit" [disabled]="pending() || !dateFor(p)">
                      <mat-icon aria-hidden="true">payments</mat-icon>
                      {{ 'grantsStaff.payments.markPaid' | translate }}
                    </button>
                  </form>
                }
              </li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    .payments {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .payments li + li {
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .amount {
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    .paid,
    .waiting {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .mark {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
      margin-block-start: 0.5rem;
      button {
        margin-block-start: 0.5rem;
      }
    }
  `,
})
export class GrantPaymentsPanel {
  readonly application = input.required<GrantApplicationView>();
  readonly changed = output<GrantApplicationView>();

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly today = todayInBerlin();
  private readonly dates = signal<Record<string, string>>({});
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected dateFor(p: GrantPaymentView): string {
    return this.dates()[p.id] ?? this.today;
  }

  protected setDate(p: GrantPaymentView, value: string): void {
    this.dates.update((all) => ({ ...all, [p.id]: value }));
  }

  protected markPaid(p: GrantPaymentView): void {
    const paidOn = this.dateFor(p);
    if (!paidOn) return;
    this.pending.set(true);
    this.error.set(null);
    this.api
      .markPaid(this.application().id, p.id, paidOn)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => this.changed.emit(result),
        error: (e: unknown) => this.error.set(grantProblemText(toApiProblem(e, this.translate))),
      });
  }
}
