import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { EVENT_KINDS, type EventView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { focusInvalidSoon, revalidate } from '../../../cards/staff/shared/focus-invalid';
import { EventsApi } from '../../shared/events-api';
import { EventFieldError } from '../shared/event-field-error';
import { eventForm, eventInput, fillEventForm, linkDependentChecks, toFormFields } from './event-form-model';

/** /events/new and /events/:id/edit: what, when, where, how many seats and until when people can answer. */
@Component({
  selector: 'app-event-form-page',
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
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FormAlert,
    EventFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-form-page.html',
  styleUrl: './event-form-page.scss',
})
export class EventFormPage implements OnInit {
  /** Route parameter; absent for a new event. */
  readonly id = input<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly kinds = EVENT_KINDS;
  protected readonly form = eventForm(inject(NonNullableFormBuilder));
  protected readonly editing = computed(() => !!this.id());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly event = signal<EventView | null>(null);

  constructor() {
    linkDependentChecks(this.form);
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.api
      .get(id)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (event) => {
          this.event.set(event);
          fillEventForm(this.form, event);
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected save(): void {
    revalidate(this.form);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.translate.instant('eventsStaff.form.fix') as string);
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const id = this.id();
    const input = eventInput(this.form);
    this.saving.set(true);
    (id ? this.api.update(id, input) : this.api.create(input)).pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (event) => {
        const notice = this.translate.instant(id ? 'eventsStaff.form.saved' : 'eventsStaff.form.created', { title: event.title }) as string;
        void this.router.navigate(['/events', event.id], { state: { notice } });
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        const unmatched = applyServerFieldErrors(this.form, toFormFields(problem.fieldErrors));
        const messages = [problem.message, ...unmatched.map((f) => f.message)];
        this.error.set(messages.filter((m, i) => m && messages.indexOf(m) === i).join(' '));
        focusInvalidSoon(this.host.nativeElement, this.injector);
      },
    });
  }
}
