import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FieldError, GrantApplicationView } from '@miteinander/contracts';
import { actualTotalCents } from '@miteinander/domain-grants';
import { finalize, switchMap, type Observable } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { FormAlert } from '../../../core/forms/form-alert';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';
import { formatEuros } from '../../shared/money';
import { formatDay, todayIso } from '../grant-format';
import { GrantFieldError } from '../grant-field-error';
import { GrantStatusChip } from '../grant-status-chip';
import { fillReport, receiptForm, remapReportErrors, reportForm, reportPayload } from './report-form-model';

/**
 * /my-grants/:id/report: the final report (Verwendungsnachweis) — what happened, the actual cost of each plan line,
 * the receipts and how many took part. Saved as a draft until filed; the server says what is to be paid back.
 */
@Component({
  selector: 'app-final-report-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatSuffix,
    TranslatePipe,
    FormAlert,
    GrantFieldError,
    GrantStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './final-report-page.html',
  styleUrl: './final-report-page.scss',
})
export class FinalReportPage {
  readonly id = input.required<string>();

  private readonly api = inject(GrantsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore);
  private readonly problemsHeading = viewChild<ElementRef<HTMLElement>>('problemsHeading');
  private readonly lang = () => this.language.current();

  protected readonly form = reportForm(this.fb);
  protected readonly view = signal<GrantApplicationView | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly problems = signal<FieldError[]>([]);
  private readonly version = signal(0);

  protected readonly editable = computed(() => !!this.view()?.can.fileReport);
  protected readonly plan = computed(() => this.view()?.data.costLines ?? []);
  protected readonly report = computed(() => this.view()?.report ?? null);
  protected readonly liveTotal = computed(() => {
    this.version();
    return actualTotalCents(reportPayload(this.form, this.lang())?.input ?? { actualCosts: [] });
  });
  protected readonly today = todayIso();
  protected readonly euros = formatEuros;
  protected readonly day = formatDay;

  constructor() {
    this.form.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.version.update((n) => n + 1));
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected addReceipt(): void {
    this.form.controls.receipts.push(receiptForm(this.fb, this.lang));
    const index = this.form.controls.receipts.length - 1;
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-field="receipts.${index}.date"]`)?.focus());
  }

  protected removeReceipt(index: number): void {
    this.form.controls.receipts.removeAt(index);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[data-field="addReceipt"]')?.focus());
  }

  protected save(): void {
    this.send(null, 'grantsApplicant.report.saved');
  }

  protected submit(): void {
    this.send((id) => this.api.submitReport(id), 'grantsApplicant.report.submittedNotice');
  }

  protected jump(field: string): void {
    const parts = field.split('.');
    for (let n = parts.length; n > 0; n--) {
      const element = this.host.nativeElement.querySelector<HTMLElement>(`[data-field="${parts.slice(0, n).join('.')}"]`);
      if (element) {
        (element.matches('input, textarea, button') ? element : element.querySelector<HTMLElement>('input, textarea, button'))?.focus();
        return;
      }
    }
  }

  private send(then: ((id: string) => Observable<GrantApplicationView>) | null, doneKey: string): void {
    const view = this.view();
    if (!view) return;
    this.error.set(null);
    this.notice.set(null);
    this.problems.set([]);
    const payload = reportPayload(this.form, this.lang());
    if (!payload) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('grantsApplicant.report.malformed') as string);
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.busy.set(true);
    const saved = this.api.saveReport(view.id, payload.input);
    (then ? saved.pipe(switchMap(() => then(view.id))) : saved).pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (next) => {
        this.view.set(next);
        if (!next.can.fileReport) this.form.disable({ emitEvent: false });
        this.notice.set(this.translate.instant(doneKey) as string);
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        if (problem.status === 400 && problem.fieldErrors.length) {
          const errors = remapReportErrors(problem.fieldErrors, payload.actualIndex);
          applyServerFieldErrors(this.form, errors);
          this.problems.set(errors);
          setTimeout(() => this.problemsHeading()?.nativeElement.focus());
        } else {
          this.error.set(problem.message);
        }
      },
    });
  }

  private load(id: string): void {
    this.loading.set(true);
    this.api
      .application(id)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (view) => {
          fillReport(this.form, this.fb, view.data.costLines ?? [], view.report, this.lang);
          if (!view.can.fileReport) this.form.disable({ emitEvent: false });
          this.view.set(view);
          this.version.update((n) => n + 1);
        },
        error: (e: unknown) => this.loadError.set(toApiProblem(e, this.translate).message),
      });
  }
}
