import { BreakpointObserver } from '@angular/cdk/layout';
import { STEPPER_GLOBAL_OPTIONS } from '@angular/cdk/stepper';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, output, signal, viewChild, type OnDestroy, type OnInit } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatStep, MatStepLabel, MatStepper, MatStepperNext, MatStepperPrevious } from '@angular/material/stepper';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { APPLICANT_TYPES, COST_CATEGORIES, type GrantApplicationData, type GrantApplicationView, type GrantFieldProblem } from '@miteinander/contracts';
import { planTotals, requestLimitCents } from '@miteinander/domain-grants';
import { catchError, concatMap, debounceTime, finalize, map, of, switchMap, take } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { MunicipalitiesApi } from '../../../shared/municipalities-api';
import { MunicipalityField } from '../../../volunteers/shared/municipality-field';
import { GrantsApi } from '../../shared/grants-api';
import { editableEuros, formatEuros } from '../../shared/money';
import { ApplicationSummary } from '../application-summary';
import { formatClock } from '../grant-format';
import { confirmWithdrawal } from '../withdraw-confirm';
import { GrantFieldError } from '../grant-field-error';
import { GrantAttachments } from './attachments-panel';
import { REVIEW_STEP, applicationForm, costLineForm, fillForm, formData, groupIban, stepOf } from './application-form-model';
import { RevisionNote } from './revision-note';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string } | { kind: 'malformed' };

const AUTOSAVE_MS = 800;

/**
 * The application form in six steps. Every change is saved as a draft on the server a moment after typing stops,
 * so leaving and coming back (on another device, too) restores everything. Submitting lists every problem at once,
 * each a button that leads to its field.
 */
@Component({
  selector: 'app-application-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatStep,
    MatStepLabel,
    MatStepper,
    MatStepperNext,
    MatStepperPrevious,
    MatSuffix,
    TranslatePipe,
    FormAlert,
    MunicipalityField,
    ApplicationSummary,
    GrantAttachments,
    GrantFieldError,
    RevisionNote,
  ],
  providers: [{ provide: STEPPER_GLOBAL_OPTIONS, useValue: { showError: true, displayDefaultIndicatorType: false } }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-form.html',
  styleUrl: './application-form.scss',
})
export class ApplicationFormComponent implements OnInit, OnDestroy {
  readonly view = input.required<GrantApplicationView>();
  /** After a successful submission: the application as it is now (the page then shows the status). */
  readonly submitted = output<GrantApplicationView>();
  /** After withdrawing. */
  readonly withdrawn = output<GrantApplicationView>();

  private readonly api = inject(GrantsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly municipalities = inject(MunicipalitiesApi);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageStore);
  private readonly stepper = viewChild.required(MatStepper);
  private readonly problemsHeading = viewChild<ElementRef<HTMLElement>>('problemsHeading');

  private readonly lang = () => this.language.current();
  protected readonly form = applicationForm(this.fb, this.lang);
  protected readonly applicantTypes = APPLICANT_TYPES;
  protected readonly categories = COST_CATEGORIES;

  protected readonly narrow = toSignal(inject(BreakpointObserver).observe('(max-width: 960px)').pipe(map((s) => s.matches)), { initialValue: false });

  protected readonly saveState = signal<SaveState>({ kind: 'idle' });
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly problems = signal<GrantFieldProblem[]>([]);
  /** Bumped on every value or status change of the form, so computed values follow it. */
  private readonly version = signal(0);
  private lastSaved = '';

  protected readonly call = computed(() => this.view().call);
  protected readonly revising = computed(() => this.view().status === 'revision_requested');
  protected readonly comments = computed<Record<string, string>>(() => (this.revising() ? (this.view().revision?.comments ?? {}) : {}));
  /** Comments on fields, listed at the top so they can be found, each leading to its field. */
  protected readonly fieldComments = computed(() =>
    Object.entries(this.comments())
      .filter(([field]) => field !== 'general')
      .map(([field, text]) => ({ field, text, label: this.fieldLabel(field) })),
  );

  /** The data as it would be saved now (null while an amount is not an amount). */
  protected readonly data = computed<GrantApplicationData | null>(() => {
    this.version();
    return formData(this.form, this.lang());
  });
  private readonly lastGood = signal<GrantApplicationData>({});
  protected readonly shown = computed(() => this.data() ?? this.lastGood());
  protected readonly totals = computed(() => planTotals(this.shown()));
  protected readonly limit = computed(() => requestLimitCents(this.call(), this.shown().projectArea));
  protected readonly areas = computed(() => {
    const field = this.shown().fieldOfAction;
    return this.call().projectAreas.filter((a) => a.fieldOfAction === field);
  });
  protected readonly requestMatches = computed(() => this.shown().requestedCents === this.totals().computedRequestCents);
  protected readonly overLimit = computed(() => (this.shown().requestedCents ?? 0) > this.limit());
  /** Submission problems that still stand (editing a field clears its mark). */
  protected readonly openProblems = computed(() => {
    this.version();
    return this.problems().filter((p) => {
      const control = this.form.get(p.field);
      return !control || control.hasError('server');
    });
  });

  protected readonly euros = formatEuros;

  ngOnInit(): void {
    const view = this.view();
    const id = view.data.municipalityId;
    // The id at once (so an early autosave keeps it), the place's name once the list is there.
    fillForm(this.form, this.fb, view.data, this.lang, id === undefined ? null : { id, name: String(id), outsideCounty: false });
    this.restorePlace(view.data.municipalityId);
    this.lastSaved = JSON.stringify(formData(this.form, this.lang()));
    this.lastGood.set(view.data);
    this.version.update((n) => n + 1);

    this.form.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.version.update((n) => n + 1);
      const data = formData(this.form, this.lang());
      if (data) this.lastGood.set(data);
    });
    this.form.controls.fieldOfAction.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((field) => {
      const area = this.form.controls.projectArea.value;
      if (area && !this.call().projectAreas.some((a) => a.code === area && a.fieldOfAction === field)) this.form.controls.projectArea.setValue(null);
    });
    this.form.valueChanges
      .pipe(
        debounceTime(AUTOSAVE_MS),
        map(() => formData(this.form, this.lang())),
        concatMap((data) => this.save(data)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  /** A change typed just before leaving is still saved. */
  ngOnDestroy(): void {
    const data = formData(this.form, this.lang());
    if (data && !this.submitting() && JSON.stringify(data) !== this.lastSaved) this.api.saveDraft(this.view().id, data).subscribe({ error: () => undefined });
  }

  protected saveText(state: SaveState): string {
    switch (state.kind) {
      case 'idle':
        return this.translate.instant('grantsApplicant.autosave.idle') as string;
      case 'saving':
        return this.translate.instant('grantsApplicant.autosave.saving') as string;
      case 'saved':
        return this.translate.instant('grantsApplicant.autosave.saved', { time: formatClock(state.at, this.lang()) }) as string;
      case 'malformed':
        return this.translate.instant('grantsApplicant.autosave.malformed') as string;
      case 'error':
        return this.translate.instant('grantsApplicant.autosave.error', { message: state.message }) as string;
    }
  }

  protected addLine(): void {
    this.form.controls.costLines.push(costLineForm(this.fb, this.lang));
    const index = this.form.controls.costLines.length - 1;
    setTimeout(() => this.focusField(`costLines.${index}.category`));
  }

  protected removeLine(index: number): void {
    this.form.controls.costLines.removeAt(index);
    const left = this.form.controls.costLines.length;
    setTimeout(() => this.focusField(left ? `costLines.${Math.min(index, left - 1)}.description` : 'addCostLine'));
  }

  protected adoptComputed(): void {
    const control = this.form.controls.requestedCents;
    control.setValue(editableEuros(this.totals().computedRequestCents, this.lang()));
    control.markAsTouched();
  }

  /** Groups of four while typing at the end; in the middle the text is left alone so the cursor does not jump. */
  protected formatIban(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.selectionStart !== input.value.length) return;
    // After the form has taken the typed value (its listener may run after this one).
    setTimeout(() => {
      const grouped = groupIban(this.form.controls.iban.value);
      if (grouped !== this.form.controls.iban.value) this.form.controls.iban.setValue(grouped);
    });
  }

  protected submit(): void {
    const data = formData(this.form, this.lang());
    this.submitError.set(null);
    if (!data) {
      this.form.markAllAsTouched();
      this.submitError.set(this.translate.instant('grantsApplicant.autosave.malformed') as string);
      return;
    }
    const id = this.view().id;
    this.submitting.set(true);
    this.problems.set([]);
    this.api
      .saveDraft(id, data)
      .pipe(
        switchMap(() => {
          this.lastSaved = JSON.stringify(data);
          return this.api.submit(id);
        }),
        finalize(() => this.submitting.set(false)),
      )
      .subscribe({
        next: (view) => this.submitted.emit(view),
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          if (problem.status === 400 && problem.fieldErrors.length) {
            applyServerFieldErrors(this.form, problem.fieldErrors);
            this.problems.set(problem.fieldErrors);
            setTimeout(() => this.problemsHeading()?.nativeElement.focus());
          } else {
            this.submitError.set(problem.message);
          }
        },
      });
  }

  protected withdraw(): void {
    confirmWithdrawal(this.dialog, this.translate).subscribe(() => {
      this.submitError.set(null);
      this.submitting.set(true);
      this.api
        .withdraw(this.view().id)
        .pipe(finalize(() => this.submitting.set(false)))
        .subscribe({
          next: (view) => this.withdrawn.emit(view),
          error: (e: unknown) => this.submitError.set(toApiProblem(e, this.translate).message),
        });
    });
  }

  /** From the problem list or a revision comment: open the step and put the cursor into the field. */
  protected goTo(field: string): void {
    const step = stepOf(field);
    const stepper = this.stepper();
    if (stepper.selectedIndex === step) {
      this.focusField(field);
      return;
    }
    let done = false;
    const focus = () => {
      if (done) return;
      done = true;
      this.focusField(field);
    };
    stepper.animationDone.pipe(take(1)).subscribe(focus);
    stepper.selectedIndex = step;
    setTimeout(focus, 600);
  }

  protected fieldLabel(field: string): string {
    const [top, index, part] = field.split('.');
    const label = this.translate.instant(`grantsShared.fields.${top}`) as string;
    if (index === undefined) return label;
    const line = this.translate.instant('grantsApplicant.costs.line', { n: Number(index) + 1 }) as string;
    return part ? `${label}, ${line}: ${this.translate.instant(`grantsApplicant.costs.${part === 'amountCents' ? 'amount' : part}`) as string}` : `${label}, ${line}`;
  }

  protected stepHasError(step: number): boolean {
    this.version();
    return this.openProblems().some((p) => stepOf(p.field) === step && step !== REVIEW_STEP);
  }

  private focusField(field: string): void {
    const root = this.host.nativeElement;
    const parts = field.split('.');
    for (let n = parts.length; n > 0; n--) {
      const element = root.querySelector<HTMLElement>(`[data-field="${parts.slice(0, n).join('.')}"]`);
      if (!element) continue;
      const target = element.matches('input, textarea, button, mat-select') ? element : element.querySelector<HTMLElement>('input, textarea, mat-select, button');
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
      return;
    }
  }

  private save(data: GrantApplicationData | null) {
    if (this.submitting() || !this.view().can.edit) return of(null);
    if (!data) {
      this.saveState.set({ kind: 'malformed' });
      return of(null);
    }
    const json = JSON.stringify(data);
    if (json === this.lastSaved) {
      if (this.saveState().kind === 'malformed') this.saveState.set({ kind: 'saved', at: new Date() });
      return of(null);
    }
    this.saveState.set({ kind: 'saving' });
    return this.api.saveDraft(this.view().id, data).pipe(
      map(() => {
        this.lastSaved = json;
        this.saveState.set({ kind: 'saved', at: new Date() });
        return null;
      }),
      catchError((e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        const unmatched = applyServerFieldErrors(this.form, problem.fieldErrors);
        this.version.update((n) => n + 1);
        const message = unmatched.length || !problem.fieldErrors.length ? [problem.message, ...unmatched.map((u) => u.message)].join(' ') : this.translate.instant('grantsApplicant.autosave.fieldProblems') as string;
        this.saveState.set({ kind: 'error', message });
        return of(null);
      }),
    );
  }

  /** The place's name comes from the list of municipalities. */
  private restorePlace(id: number | undefined): void {
    if (id === undefined) return;
    this.municipalities
      .list()
      .pipe(take(1), catchError(() => of([])), takeUntilDestroyed(this.destroyRef))
      .subscribe((places) => {
        const current = this.form.controls.municipalityId.value;
        const place = places.find((p) => p.id === id);
        if (!place || typeof current !== 'object' || current?.id !== id) return;
        this.form.controls.municipalityId.setValue(place, { emitEvent: false });
        this.version.update((n) => n + 1);
      });
  }
}
