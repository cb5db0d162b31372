import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, viewChild, type OnInit } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { COMMON_ACTIVITIES, type CreateHourEntryRequest, type HourEntryView, type OrganisationRef } from '@miteinander/contracts';
import { catchError, finalize, map, of, startWith, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { LanguageStore } from '../../core/i18n/language-store';
import { HoursApi, type SponsorshipOption } from '../data/hours-api';
import { newIdempotencyKey } from '../data/idempotency-key';
import { isCommonActivity, type CommonActivity } from '../shared/activity.pipe';
import { todayInBerlin } from '../shared/calendar';
import { DayPipe } from '../shared/day.pipe';
import { HoursFieldError } from '../shared/hours-field-error';
import { MAX_MINUTES_PER_DAY, MINUTES_STEP } from '../shared/hours-format';
import { MinutesStepper } from './minutes-stepper';

export const ACTIVITY_MAX_LENGTH = 200;
export const NOTE_MAX_LENGTH = 2000;

let nextId = 0;

/** Like the app's focusFirstInvalid, plus the duration stepper (no input of its own). */
function focusFirstProblem(host: HTMLElement): void {
  host
    .querySelector<HTMLElement>('input.ng-invalid, app-minutes-stepper.ng-invalid button, mat-select.ng-invalid, textarea.ng-invalid')
    ?.focus();
}

function notInFuture(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && control.value > todayInBerlin() ? { dateInFuture: true } : null;
}

function quarterHours(control: AbstractControl<number>): ValidationErrors | null {
  const minutes = control.value ?? 0;
  if (minutes < MINUTES_STEP) return { minutesMissing: true };
  return minutes > MAX_MINUTES_PER_DAY ? { minutesTooMany: true } : null;
}

/** The typed activity is needed only when no chip is chosen. */
function activityGiven(control: AbstractControl<string>): ValidationErrors | null {
  const chosen = control.parent?.get('activityChoice')?.value as string | null | undefined;
  return chosen || control.value.trim() ? null : { activityMissing: true };
}

/**
 * Logs hours (phone first: the date is today unless changed, the duration and activity are one tap
 * each, a single organisation is preselected) or edits an existing entry when `entry` is given.
 */
@Component({
  selector: 'app-hour-entry-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FormAlert,
    DayPipe,
    HoursFieldError,
    MinutesStepper,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hour-entry-form.html',
  styleUrl: './hour-entry-form.scss',
})
export class HourEntryForm implements OnInit {
  /** Edit this entry; without it the form logs new hours. */
  readonly entry = input<HourEntryView | null>(null);
  readonly organisations = input<OrganisationRef[]>([]);
  readonly saved = output<HourEntryView>();
  readonly cancelled = output<void>();

  private readonly api = inject(HoursApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly language = inject(LanguageStore);

  protected readonly id = `hour-entry-${nextId++}`;
  protected readonly activities = COMMON_ACTIVITIES;
  protected readonly activityMaxLength = ACTIVITY_MAX_LENGTH;
  protected readonly noteMaxLength = NOTE_MAX_LENGTH;
  protected readonly today = todayInBerlin();
  protected readonly form = inject(NonNullableFormBuilder).group({
    activityDate: [this.today, [Validators.required, notInFuture]],
    minutes: [0, quarterHours],
    activityChoice: [null as CommonActivity | null],
    activity: ['', [activityGiven, Validators.minLength(2), Validators.maxLength(ACTIVITY_MAX_LENGTH)]],
    organisationId: [null as string | null],
    sponsorshipId: [null as string | null],
    note: ['', Validators.maxLength(NOTE_MAX_LENGTH)],
  });
  protected readonly date = toSignal(this.form.controls.activityDate.valueChanges.pipe(startWith(this.form.controls.activityDate.value)), {
    requireSync: true,
  });
  protected readonly isToday = computed(() => this.date() === this.today);
  /** The entry's organisation stays choosable even if the volunteer is no longer linked to it. */
  protected readonly organisationOptions = computed<OrganisationRef[]>(() => {
    const options = this.organisations();
    const entry = this.entry();
    if (!entry?.organisationId || options.some((o) => o.id === entry.organisationId)) return options;
    return [...options, { id: entry.organisationId, name: entry.organisationName ?? '' }];
  });
  /** Sponsorships that take hours; none loaded (or none there) means the form does not ask. */
  private readonly sponsorships = toSignal(this.api.mySponsorshipOptions().pipe(catchError(() => of([] as SponsorshipOption[]))), {
    initialValue: [] as SponsorshipOption[],
  });
  /** The entry's sponsorship stays choosable even if it no longer takes hours. */
  protected readonly sponsorshipOptions = computed<SponsorshipOption[]>(() => {
    const options = this.sponsorships();
    const entry = this.entry();
    if (!entry?.sponsorshipId || options.some((o) => o.id === entry.sponsorshipId)) return options;
    return [...options, { id: entry.sponsorshipId, name: this.translate.instant('hours.form.otherSponsorship') as string }];
  });
  /** `/hours?sponsorship=<id>`, the link on a sponsorship's card, preselects it for new entries. */
  private readonly requestedSponsorship = inject(ActivatedRoute).snapshot.queryParamMap.get('sponsorship');
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  /** One key per filled-in form: repeated sends of the same form create one entry. */
  private idempotencyKey = newIdempotencyKey();

  constructor() {
    // Choosing a chip makes the typed text unnecessary and the other way round.
    this.form.controls.activityChoice.valueChanges.pipe(map(Boolean)).subscribe((chosen) => {
      if (chosen && this.form.controls.activity.value) this.form.controls.activity.setValue('', { emitEvent: false });
      this.form.controls.activity.updateValueAndValidity();
    });
    this.form.controls.activity.valueChanges.subscribe((text) => {
      if (text.trim() && this.form.controls.activityChoice.value) this.form.controls.activityChoice.setValue(null, { emitEvent: false });
    });
    // Someone working for a single organisation should not have to pick it.
    effect(() => {
      const options = this.organisations();
      const control = this.form.controls.organisationId;
      if (!this.entry() && options.length === 1 && control.value === null) control.setValue(options[0]!.id);
    });
    effect(() => {
      const options = this.sponsorships();
      const control = this.form.controls.sponsorshipId;
      const wanted = this.requestedSponsorship;
      if (!this.entry() && wanted && control.value === null && options.some((o) => o.id === wanted)) control.setValue(wanted);
    });
  }

  ngOnInit(): void {
    const entry = this.entry();
    if (!entry) return;
    const common = isCommonActivity(entry.activity);
    this.form.setValue({
      activityDate: entry.activityDate,
      minutes: entry.minutes,
      activityChoice: common ? (entry.activity as CommonActivity) : null,
      activity: common ? '' : entry.activity,
      organisationId: entry.organisationId,
      sponsorshipId: entry.sponsorshipId,
      note: entry.note ?? '',
    });
  }

  protected showError(control: AbstractControl): boolean {
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateHourEntryRequest = {
      activityDate: value.activityDate,
      minutes: value.minutes,
      activity: value.activityChoice ?? value.activity.trim(),
      organisationId: value.organisationId,
      note: value.note.trim() || null,
    };
    if (this.sponsorshipOptions().length) request.sponsorshipId = value.sponsorshipId;
    const entry = this.entry();
    const save: Observable<HourEntryView> = entry ? this.api.update(entry.id, request) : this.api.create(request, this.idempotencyKey);
    this.pending.set(true);
    this.error.set(null);
    save.pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (saved) => {
        if (!entry) this.startOver();
        this.saved.emit(saved);
      },
      error: (e: unknown) => {
        this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
        focusFirstProblem(this.host.nativeElement);
      },
    });
  }

  /** Ready for the next entry: today again, same organisation and sponsorship, a new idempotency key. */
  private startOver(): void {
    const { organisationId, sponsorshipId } = this.form.getRawValue();
    this.formDirective().resetForm({ activityDate: todayInBerlin(), minutes: 0, activityChoice: null, activity: '', organisationId, sponsorshipId, note: '' });
    this.submitted.set(false);
    this.idempotencyKey = newIdempotencyKey();
  }
}
