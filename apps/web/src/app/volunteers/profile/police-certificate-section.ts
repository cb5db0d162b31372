import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { VolunteerView } from '@miteinander/contracts';
import { finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { AuthStore } from '../../core/auth/auth-store';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { todayInBerlin } from '../shared/calendar';
import { CERTIFICATE_MAX_AGE_MONTHS, certificateDateRule } from '../shared/date-validators';
import { FieldMessage } from '../shared/field-message';
import { PoliceCertificateChip } from '../shared/police-certificate-chip';
import { VolunteersApi } from '../volunteers-api';

/**
 * §72a SGB VIII: only the facts of the inspection (dates, relevant entry yes/no, who inspected) are
 * recorded. There is deliberately no upload field: the document is never stored.
 */
@Component({
  selector: 'app-police-certificate-section',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    LocalDatePipe,
    PoliceCertificateChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './police-certificate-section.html',
  styleUrl: './police-certificate-section.scss',
})
export class PoliceCertificateSection {
  readonly volunteer = input.required<VolunteerView>();
  readonly updated = output<VolunteerView>();

  private readonly api = inject(VolunteersApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore);

  protected readonly maxAgeMonths = CERTIFICATE_MAX_AGE_MONTHS;
  protected readonly today = todayInBerlin();
  protected readonly record = computed(() => this.volunteer().policeCertificateRecord);
  /** Both dates are checked against each other, so each rule reads the other's value when it runs. */
  private readonly dates = { inspectionDate: this.today, issueDate: '' };
  protected readonly form = this.fb.group({
    inspectionDate: [this.today, [Validators.required, certificateDateRule('inspectionDate', () => this.dates)]],
    issueDate: ['', [Validators.required, certificateDateRule('issueDate', () => this.dates)]],
    // No default: whoever records it says yes or no on purpose.
    relevantEntry: this.fb.control<boolean | null>(null, Validators.required),
    inspector: [this.auth.user()?.displayName ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
  });
  /** With a record on file the form opens on request (a new inspection replaces it). */
  protected readonly formOpen = signal(false);
  protected readonly confirmingRemoval = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    // Each date's rule depends on the other: check the other one again whenever one changes.
    const { inspectionDate, issueDate } = this.form.controls;
    inspectionDate.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      this.dates.inspectionDate = value;
      issueDate.updateValueAndValidity({ emitEvent: false });
    });
    issueDate.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      this.dates.issueDate = value;
      inspectionDate.updateValueAndValidity({ emitEvent: false });
    });
    effect(() => {
      if (!this.record()) this.formOpen.set(true);
    });
  }

  protected submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api
      .recordPoliceCertificate(this.volunteer().id, {
        inspectionDate: value.inspectionDate,
        issueDate: value.issueDate,
        relevantEntry: value.relevantEntry === true,
        inspector: value.inspector.trim(),
      })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (volunteer) => {
          formDirective.resetForm({ inspectionDate: todayInBerlin(), issueDate: '', relevantEntry: null, inspector: value.inspector });
          this.formOpen.set(false);
          this.notice.set(this.translate.instant('volunteers.police.saved') as string);
          this.updated.emit(volunteer);
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }

  protected remove(): void {
    const id = this.volunteer().id;
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api
      .deletePoliceCertificate(id)
      .pipe(
        switchMap(() => this.api.get(id)),
        finalize(() => this.pending.set(false)),
      )
      .subscribe({
        next: (volunteer) => {
          this.confirmingRemoval.set(false);
          this.notice.set(this.translate.instant('volunteers.police.removed') as string);
          this.updated.emit(volunteer);
        },
        error: (error: unknown) => this.error.set(toApiProblem(error, this.translate).message),
      });
  }
}
