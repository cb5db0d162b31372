import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { NominationFormView, NominationView, PublicNominationInput } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { focusInvalidSoon, revalidate } from '../../cards/staff/shared/focus-invalid';
import { problemText } from '../../cards/public/problem-text';
import { EventsApi } from '../shared/events-api';
import { BrokenLink } from './broken-link';
import { EventWhenPipe } from './event-when';
import { brokenLink, type LinkState } from './public-link-state';

const REASON_MIN = 10;
const REASON_MAX = 2000;
/** The choice "our initiative / organisation itself" in the nominee list (volunteer ids are uuids, so no clash). */
export const OWN_ORGANISATION = 'organisation';

/**
 * /nominate?token=… — the link mailed to an organisation's contact person, without an account: they propose one of
 * their volunteers, or their initiative itself, for one of the event's award categories, and say why.
 */
@Component({
  selector: 'app-nominate-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    TranslatePipe,
    FieldError,
    FormAlert,
    LocalDatePipe,
    EventWhenPipe,
    BrokenLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nominate-page.html',
  styleUrl: './public-page.scss',
})
export class NominatePage implements OnInit {
  /** From the link: `/nominate?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(EventsApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly language = inject(LanguageStore);

  protected readonly own = OWN_ORGANISATION;
  protected readonly reasonMin = REASON_MIN;
  protected readonly reasonMax = REASON_MAX;
  protected readonly state = signal<LinkState>('loading');
  protected readonly view = signal<NominationFormView | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly form = this.fb.group({
    categoryId: ['', Validators.required],
    nominee: ['', Validators.required],
    reason: ['', [Validators.required, Validators.minLength(REASON_MIN), Validators.maxLength(REASON_MAX)]],
  });
  protected readonly reasonLength = signal(0);

  /** Newest first, with the category's name. */
  protected readonly mine = computed(() => {
    const view = this.view();
    if (!view) return [];
    const names = new Map(view.categories.map((c) => [c.id, c.name]));
    return [...view.mine].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((n) => ({ ...n, categoryName: names.get(n.categoryId) ?? '' }));
  });

  constructor() {
    this.form.controls.reason.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.reasonLength.set(text.length));
  }

  ngOnInit(): void {
    if (!this.token()) {
      this.state.set('unknown');
      return;
    }
    this.pending.set(true);
    this.api
      .nominationForm(this.token()!)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (view) => this.show(view),
        error: (e: unknown) => this.fail(e),
      });
  }

  protected submit(): void {
    this.error.set(null);
    this.notice.set(null);
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const view = this.view()!;
    const { categoryId, nominee, reason } = this.form.getRawValue();
    const input: PublicNominationInput = {
      token: this.token()!,
      categoryId,
      reason: reason.trim(),
      ...(nominee === OWN_ORGANISATION ? { organisationId: view.organisation.id } : { volunteerId: nominee }),
    };
    this.pending.set(true);
    this.api
      .publicNominate(input)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (nomination) => this.added(nomination),
        error: (e: unknown) => this.fail(e),
      });
  }

  private added(nomination: NominationView): void {
    this.view.update((view) => (view ? { ...view, mine: [...view.mine, nomination] } : view));
    this.notice.set(this.translate.instant('eventsPublic.nominate.sent', { name: nomination.nominee.name }) as string);
    // Ready for the next proposal: the category stays, the person and the reason are new.
    this.form.reset({ categoryId: this.form.controls.categoryId.value, nominee: '', reason: '' });
  }

  private show(view: NominationFormView): void {
    this.view.set(view);
    this.state.set('ready');
    // With a single category there is nothing to choose.
    if (view.categories.length === 1) this.form.controls.categoryId.setValue(view.categories[0]!.id);
    if (view.open) this.form.enable();
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
  }
}
