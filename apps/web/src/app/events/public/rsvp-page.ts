import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, computed, inject, input, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { RsvpAnswer, RsvpView } from '@miteinander/contracts';
import { finalize, skip } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { focusInvalidSoon, revalidate } from '../../cards/staff/shared/focus-invalid';
import { problemText } from '../../cards/public/problem-text';
import { DayPipe } from '../../hours/shared/day.pipe';
import { EventsApi } from '../shared/events-api';
import { BrokenLink } from './broken-link';
import { EventWhenPipe } from './event-when';
import { brokenLink, type LinkState } from './public-link-state';

const NAME_MAX = 200;
const NEEDS_MAX = 1000;

/** Empty answers are sent as "nothing", not as an empty text. */
const orNull = (text: string) => text.trim() || null;

/**
 * /rsvp?token=… — the link in the invitation mail, without an account: the invitee sees the event and their answer,
 * and says whether they come (with a plus-one, needs for access and food, photo consent) until the deadline.
 * Plain words for readers of German as a second language.
 */
@Component({
  selector: 'app-rsvp-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    FieldError,
    FormAlert,
    DayPipe,
    EventWhenPipe,
    BrokenLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rsvp-page.html',
  styleUrl: './public-page.scss',
})
export class RsvpPage implements OnInit {
  /** From the link: `/rsvp?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(EventsApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore);

  protected readonly nameMax = NAME_MAX;
  protected readonly needsMax = NEEDS_MAX;
  protected readonly state = signal<LinkState>('loading');
  protected readonly view = signal<RsvpView | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Set after an answer was saved: the status line then also says "saved". */
  protected readonly saved = signal(false);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    answer: this.fb.control<'accept' | 'decline' | null>(null, Validators.required),
    plusOne: false,
    plusOneName: ['', Validators.maxLength(NAME_MAX)],
    accessibilityNeeds: ['', Validators.maxLength(NEEDS_MAX)],
    dietaryNeeds: ['', Validators.maxLength(NEEDS_MAX)],
    photoConsent: false,
  });
  private readonly answer = signal<'accept' | 'decline' | null>(null);
  private readonly plusOne = signal(false);
  /** The details only matter to someone who comes; before any choice they are shown too. */
  protected readonly showDetails = computed(() => this.answer() !== 'decline');
  protected readonly showPlusOneName = computed(() => this.showDetails() && this.plusOne());

  constructor() {
    this.form.controls.answer.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => this.answer.set(value));
    this.form.controls.plusOne.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => this.plusOne.set(value));
    // The description comes in the UI language: a new language fetches it again (the form keeps what was typed).
    toObservable(this.language.current)
      .pipe(skip(1), takeUntilDestroyed())
      .subscribe(() => this.refreshEventTexts());
  }

  ngOnInit(): void {
    if (!this.token()) {
      this.state.set('unknown');
      return;
    }
    this.pending.set(true);
    this.api
      .rsvp(this.token()!)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => this.show(view),
        error: (e: unknown) => this.fail(e),
      });
  }

  protected submit(): void {
    this.error.set(null);
    this.saved.set(false);
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const plusOne = this.view()!.event.plusOnesAllowed && value.plusOne;
    const answer: RsvpAnswer =
      value.answer === 'accept'
        ? {
            token: this.token()!,
            answer: 'accept',
            plusOne,
            plusOneName: plusOne ? orNull(value.plusOneName) : null,
            accessibilityNeeds: orNull(value.accessibilityNeeds),
            dietaryNeeds: orNull(value.dietaryNeeds),
            photoConsent: value.photoConsent,
          }
        : { token: this.token()!, answer: 'decline' };
    this.pending.set(true);
    this.api
      .answer(answer)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => {
          this.show(view);
          this.saved.set(true);
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private show(view: RsvpView): void {
    this.view.set(view);
    this.state.set('ready');
    this.form.reset({
      answer: view.status === 'declined' ? 'decline' : view.status === 'invited' ? null : 'accept',
      plusOne: view.plusOne,
      plusOneName: view.plusOneName ?? '',
      accessibilityNeeds: view.accessibilityNeeds ?? '',
      dietaryNeeds: view.dietaryNeeds ?? '',
      photoConsent: view.photoConsent ?? false,
    });
    if (view.canChange) this.form.enable();
    else this.form.disable();
  }

  private fail(e: unknown): void {
    const problem = toApiProblem(e, this.translate);
    const broken = brokenLink(problem);
    if (broken) {
      this.state.set(broken);
      return;
    }
    this.error.set(problemText(this.form, problem));
    if (!this.view()) this.state.set('failed');
    // A conflict (deadline passed, no seat for a plus-one meanwhile): show how it stands now.
    else if (problem.status === 409) this.reloadStatus();
  }

  private reloadStatus(): void {
    this.api.rsvp(this.token()!).subscribe({ next: (view) => this.show(view), error: () => undefined });
  }

  private refreshEventTexts(): void {
    if (!this.view() || !this.token()) return;
    this.api.rsvp(this.token()!).subscribe({
      next: (fresh) => this.view.update((view) => (view ? { ...view, event: fresh.event } : fresh)),
      error: () => undefined,
    });
  }
}
