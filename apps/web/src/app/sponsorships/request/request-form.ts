import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  GENDERS,
  GERMAN_LEVELS,
  SCHOOL_SUBJECTS,
  SCHOOL_TYPES,
  SPONSORSHIP_KINDS,
  type CreateSponsorshipRequest,
  type PersonRef,
  type SponsorshipKind,
  type SponsorshipView,
} from '@miteinander/contracts';
import { catchError, finalize, of, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { AuthStore } from '../../core/auth/auth-store';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { todayInBerlin } from '../../volunteers/shared/calendar';
import { AvailabilityGrid } from '../../volunteers/shared/availability-grid';
import { LanguageSkillsEditor } from '../../volunteers/shared/language-skills-editor';
import { MunicipalityField } from '../../volunteers/shared/municipality-field';
import { SponsorshipFieldError } from '../shared/sponsorship-field-error';
import { SponsorshipsApi } from '../sponsorships-api';
import {
  DEFAULT_PLANNED_MONTHS,
  LIMITS,
  applyKind,
  buildRequestForm,
  childAgeControl,
  consentRequired,
  fillRequestForm,
  requestOf,
  revalidateConsent,
} from './request-form-model';

let nextId = 0;

/**
 * A family's or pupil's request: recorded anew (the kind first, then what that kind needs) or, given
 * `sponsorship`, edited. Saves through `save`, shows the server's field errors next to the fields.
 */
@Component({
  selector: 'app-request-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatChipListbox,
    MatChipOption,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    TranslatePipe,
    AvailabilityGrid,
    FormAlert,
    LanguageSkillsEditor,
    MunicipalityField,
    SponsorshipFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-form.html',
  styleUrl: './request-form.scss',
})
export class RequestForm {
  /** Edit this request; without it the form records a new one. */
  readonly sponsorship = input<SponsorshipView | null>(null);
  readonly save = input.required<(request: CreateSponsorshipRequest) => Observable<SponsorshipView>>();
  readonly saved = output<SponsorshipView>();
  readonly cancelled = output<void>();

  private readonly api = inject(SponsorshipsApi);
  private readonly auth = inject(AuthStore);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly id = `request-form-${nextId++}`;
  protected readonly kinds = SPONSORSHIP_KINDS;
  protected readonly germanLevels = GERMAN_LEVELS;
  protected readonly genders = GENDERS;
  protected readonly schoolTypes = SCHOOL_TYPES;
  protected readonly subjects = SCHOOL_SUBJECTS;
  protected readonly limits = LIMITS;
  protected readonly today = todayInBerlin();

  protected readonly form = buildRequestForm();
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly kind = computed<SponsorshipKind | null>(() => {
    this.value();
    return this.form.controls.kind.value;
  });
  protected readonly editing = computed(() => this.sponsorship() !== null);
  protected readonly childCount = computed(() => {
    this.value();
    return this.form.controls.childrenAges.length;
  });
  protected readonly consentNeeded = computed(() => {
    this.value();
    return consentRequired(this.form);
  });
  /** Shown for pupils, and for families with children (their consent is needed before matching). */
  protected readonly showConsent = computed(() => this.kind() === 'learning' || this.childCount() > 0);

  protected readonly coordinators = toSignal(this.api.coordinators().pipe(catchError(() => of(null as PersonRef[] | null))), {
    initialValue: [] as PersonRef[] | null,
  });
  /** The stored coordinator stays choosable even if they no longer hold the role. */
  protected readonly coordinatorOptions = computed<PersonRef[]>(() => {
    const options = this.coordinators() ?? [];
    const current = this.sponsorship()?.coordinator;
    return current && !options.some((o) => o.id === current.id) ? [...options, current] : options;
  });

  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      applyKind(this.form, kind);
      // The planned duration follows the kind until someone sets it.
      const months = this.form.controls.plannedMonths;
      if (kind && !months.dirty && !this.sponsorship()) months.setValue(DEFAULT_PLANNED_MONTHS[kind]);
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => revalidateConsent(this.form));
    applyKind(this.form, null);

    effect(() => {
      const sponsorship = this.sponsorship();
      untracked(() => {
        if (sponsorship) fillRequestForm(this.form, sponsorship);
      });
    });
    // A new request is the recording coordinator's unless they choose someone else.
    effect(() => {
      const options = this.coordinators();
      const me = this.auth.user()?.id;
      untracked(() => {
        const control = this.form.controls.coordinatorId;
        if (!this.sponsorship() && !control.value && me && options?.some((o) => o.id === me)) control.setValue(me, { emitEvent: false });
      });
    });
  }

  protected addChild(): void {
    this.form.controls.childrenAges.push(childAgeControl());
    this.form.controls.childrenAges.markAsDirty();
    // Keyboard users continue in the new child's field.
    afterNextRender(
      () => {
        const inputs = this.host.nativeElement.querySelectorAll<HTMLInputElement>('input.child-age');
        inputs.item(inputs.length - 1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected removeChild(index: number): void {
    this.form.controls.childrenAges.removeAt(index);
    this.form.controls.childrenAges.markAsDirty();
  }

  protected submit(): void {
    revalidateConsent(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('sponsorships.form.fixErrors') as string);
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.save()(requestOf(this.form))
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (saved) => {
          this.form.markAsPristine();
          this.saved.emit(saved);
        },
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusFirstInvalid(this.host.nativeElement);
        },
      });
  }
}
