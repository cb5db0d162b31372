import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FIELDS_OF_ACTION, type GrantCallView } from '@miteinander/contracts';
import { defaultCallInput } from '@miteinander/domain-grants';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { grantProblemText } from '../shared/problem-text';
import { LanguageStore } from '../../../core/i18n/language-store';
import { GrantsApi } from '../../shared/grants-api';
import { focusInvalidSoon, revalidate } from '../../../cards/staff/shared/focus-invalid';
import { GrantFieldError } from '../shared/grant-field-error';
import { areaRow, assignCodes, callForm, callInput, criterionRow, fillCallForm } from './call-form-model';

function oneChecked(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean) ? null : { oneRequired: true };
}

/** /grants/calls/new and /grants/calls/:id/edit: a funding call's settings, with the programme's defaults for a new one. */
@Component({
  selector: 'app-grant-call-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
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
    MatSuffix,
    MatTooltip,
    TranslatePipe,
    FormAlert,
    GrantFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-form-page.html',
  styleUrl: './call-form-page.scss',
})
export class CallFormPage implements OnInit {
  /** Route parameter; absent for a new call. */
  readonly id = input<string>();

  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly fieldsOfAction = FIELDS_OF_ACTION;
  protected readonly form = callForm(this.fb, () => this.language.current());
  protected readonly editing = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly call = signal<GrantCallView | null>(null);

  constructor() {
    this.form.controls.fieldsOfAction.addValidators(oneChecked);
    this.form.controls.projectAreas.valueChanges.subscribe(() => assignCodes(this.form.controls.projectAreas));
    this.form.controls.criteria.valueChanges.subscribe(() => assignCodes(this.form.controls.criteria));
  }

  ngOnInit(): void {
    const id = this.id();
    const lang = this.language.current();
    if (!id) {
      fillCallForm(this.form, this.fb, defaultCallInput(new Date().getFullYear()), lang, false);
      assignCodes(this.form.controls.projectAreas);
      assignCodes(this.form.controls.criteria);
      return;
    }
    this.loading.set(true);
    this.api
      .call(id)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (call) => {
          this.call.set(call);
          fillCallForm(this.form, this.fb, call, lang, true);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  /** The deadline follows the year while it is still the default 31 October. */
  protected yearChanged(): void {
    const year = this.form.controls.year.value;
    const deadline = this.form.controls.deadline;
    if (year && (!deadline.value || /-10-31$/.test(deadline.value))) deadline.setValue(`${year}-10-31`);
  }

  protected addArea(): void {
    this.form.controls.projectAreas.push(areaRow(this.fb, null));
    this.focusLast('.area-row input');
  }

  protected removeArea(index: number): void {
    this.form.controls.projectAreas.removeAt(index);
  }

  protected addCriterion(): void {
    this.form.controls.criteria.push(criterionRow(this.fb, null));
    this.focusLast('.criterion-row input');
  }

  protected removeCriterion(index: number): void {
    this.form.controls.criteria.removeAt(index);
  }

  protected save(): void {
    revalidate(this.form);
    this.error.set(null);
    const lang = this.language.current();
    const input = this.form.valid ? callInput(this.form, lang) : null;
    if (!input) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('grantsStaff.form.fix') as string);
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const id = this.id();
    this.saving.set(true);
    (id ? this.api.updateCall(id, input) : this.api.createCall(input)).pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (call) => {
        const notice = this.translate.instant(id ? 'grantsStaff.form.saved' : 'grantsStaff.form.created', { title: call.title }) as string;
        void this.router.navigate(['/grants/calls', call.id], { state: { notice } });
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        // The codes are made from the labels, so a problem with a code is shown at its label.
        const fieldErrors = problem.fieldErrors.map((f) => ({ ...f, field: f.field.replace(/^(projectAreas|criteria)\.(\d+)\.code$/, '$1.$2.label') }));
        this.error.set(grantProblemText({ ...problem, fieldErrors }, this.form));
        focusInvalidSoon(this.host.nativeElement, this.injector);
      },
    });
  }

  private focusLast(selector: string): void {
    afterNextRender(
      () => {
        const all = this.host.nativeElement.querySelectorAll<HTMLElement>(selector);
        all[all.length - 1]?.focus();
      },
      { injector: this.injector },
    );
  }
}
