import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { InvitationCriteria, InvitationPreview, InvitationSource } from '@miteinander/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, finalize, map, merge, of, startWith, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { EventsApi } from '../../shared/events-api';
import { EventFieldError } from '../shared/event-field-error';
import { anyCriterion, criteriaForm, criteriaOf, toCriteriaFields } from './criteria-form';

type PreviewState =
  | { state: 'none' }
  | { state: 'invalid' }
  | { state: 'loading'; last: InvitationPreview | null }
  | { state: 'done'; preview: InvitationPreview }
  | { state: 'error'; message: string };

/**
 * Who should be invited, from criteria: the count updates while the coordinator changes them (the server counts,
 * ~400 ms after the last change), with a few names as a sanity check; "Zur Liste hinzufügen" puts the new ones on.
 */
@Component({
  selector: 'app-event-invitation-builder',
  imports: [
    ReactiveFormsModule,
    MatButton,
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
    FormAlert,
    EventFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="add()" novalidate [attr.aria-labelledby]="'criteria-heading'">
      <h2 id="criteria-heading">{{ 'eventsStaff.builder.heading' | translate }}</h2>
      <p class="muted">{{ 'eventsStaff.builder.intro' | translate }}</p>

      <fieldset>
        <legend>{{ 'eventsStaff.builder.volunteers' | translate }}</legend>
        <div class="row">
          <mat-form-field class="narrow">
            <mat-label>{{ 'eventsStaff.builder.year' | translate }}</mat-label>
            <input matInput type="number" inputmode="numeric" formControlName="year" />
            <mat-error><app-event-field-error [errors]="form.controls.year.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field class="narrow">
            <mat-label>{{ 'eventsStaff.builder.minHours' | translate }}</mat-label>
            <input matInput type="number" inputmode="numeric" min="1" formControlName="minHours" />
            <mat-hint>{{ 'eventsStaff.builder.minHoursHint' | translate }}</mat-hint>
            <mat-error><app-event-field-error [errors]="form.controls.minHours.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field class="narrow">
            <mat-label>{{ 'eventsStaff.builder.activeYears' | translate }}</mat-label>
            <input matInput type="number" inputmode="numeric" min="1" formControlName="activeYears" />
            <mat-error><app-event-field-error [errors]="form.controls.activeYears.errors" /></mat-error>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field class="narrow">
            <mat-label>{{ 'eventsStaff.builder.sponsorFrom' | translate }}</mat-label>
            <input matInput type="date" formControlName="sponsorFrom" />
            <mat-error><app-event-field-error [errors]="form.controls.sponsorFrom.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field class="narrow">
            <mat-label>{{ 'eventsStaff.builder.sponsorTo' | translate }}</mat-label>
            <input matInput type="date" formControlName="sponsorTo" />
            <mat-hint>{{ 'eventsStaff.builder.sponsorHint' | translate }}</mat-hint>
            <mat-error><app-event-field-error [errors]="form.controls.sponsorTo.errors" /></mat-error>
          </mat-form-field>
        </div>
        <mat-checkbox formControlName="cardHolders">{{ 'eventsStaff.builder.cardHolders' | translate }}</mat-checkbox>
        <div class="match">
          <span id="match-label">{{ 'eventsStaff.builder.match' | translate }}</span>
          <mat-radio-group formControlName="volunteerMatch" aria-labelledby="match-label">
            <mat-radio-button value="all">{{ 'eventsStaff.builder.matchAll' | translate }}</mat-radio-button>
            <mat-radio-button value="any">{{ 'eventsStaff.builder.matchAny' | translate }}</mat-radio-button>
          </mat-radio-group>
        </div>
      </fieldset>

      <fieldset>
        <legend>{{ 'eventsStaff.builder.others' | translate }}</legend>
        <mat-checkbox formControlName="organisationContacts">{{ 'eventsStaff.builder.organisationContacts' | translate }}</mat-checkbox>
        <mat-checkbox formControlName="nominated">{{ 'eventsStaff.builder.nominated' | translate }}</mat-checkbox>
      </fieldset>

      <div class="result">
        <div class="progress-slot">
          @if (preview().state === 'loading') {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'eventsStaff.builder.counting' | translate" />
          }
        </div>
        <p class="count" data-testid="criteria-count" aria-live="polite">{{ countText() }}</p>
        @if (shown(); as p) {
          @if (sources(p).length) {
            <p class="small muted">
              @for (s of sources(p); track s.source; let last = $last) {
                {{ 'eventsShared.source.' + s.source | translate }}: {{ s.count }}{{ last ? '' : ' · ' }}
              }
            </p>
          }
          @if (p.sample.length) {
            <p class="small">{{ 'eventsStaff.builder.sample' | translate }}</p>
            <ul class="sample small">
              @for (name of p.sample; track $index) {
                <li>{{ name }}</li>
              }
              @if (p.matching > p.sample.length) {
                <li class="muted">{{ 'eventsStaff.builder.more' | translate: { count: p.matching - p.sample.length } }}</li>
              }
            </ul>
          }
        }
      </div>
      <app-form-alert [message]="error()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="!canAdd()">
          <mat-icon aria-hidden="true">playlist_add</mat-icon>
          {{ 'eventsStaff.builder.add' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin-block-start: 0;
    }
    fieldset {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .narrow {
      flex: 0 1 16rem;
    }
    mat-checkbox {
      display: block;
    }
    .match {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
      margin-block: 0.5rem;
    }
    .result {
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      margin-block-end: 1rem;
    }
    .count {
      margin-block: 0.25rem;
      font: var(--mat-sys-title-medium);
    }
    .sample {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding-inline-start: 1rem;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class InvitationBuilder {
  readonly eventId = input.required<string>();
  /** The event can take no more people (past or cancelled). */
  readonly closed = input(false);
  /** People were put on the list. */
  readonly added = output<number>();

  private readonly api = inject(EventsApi);
  private readonly translate = inject(TranslateService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly form = criteriaForm(inject(NonNullableFormBuilder), new Date().getFullYear());
  protected readonly preview = signal<PreviewState>({ state: 'none' });
  protected readonly adding = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly recount = new Subject<void>();

  /** The last finished count, kept while the next one loads so the text does not flicker. */
  protected readonly shown = computed(() => {
    const p = this.preview();
    return p.state === 'done' ? p.preview : p.state === 'loading' ? p.last : null;
  });
  protected readonly countText = computed(() => {
    const p = this.preview();
    const t = (key: string, params?: Record<string, unknown>) => this.translate.instant(key, params) as string;
    if (p.state === 'none') return t('eventsStaff.builder.noCriteria');
    if (p.state === 'invalid') return t('eventsStaff.builder.invalid');
    if (p.state === 'error') return p.message;
    const shown = this.shown();
    if (!shown) return t('eventsStaff.builder.counting');
    const params = { matching: shown.matching, listed: shown.alreadyListed, toAdd: shown.toAdd, withoutEmail: shown.withoutEmail };
    return t(shown.matching === 1 ? 'eventsStaff.builder.countOne' : 'eventsStaff.builder.count', params);
  });
  protected readonly canAdd = computed(() => {
    const p = this.preview();
    return !this.closed() && !this.adding() && p.state === 'done' && p.preview.toAdd > 0;
  });

  constructor() {
    const changes = this.form.valueChanges.pipe(
      debounceTime(400),
      map(() => criteriaOf(this.form)),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
    );
    merge(changes, this.recount.pipe(map(() => criteriaOf(this.form))), toObservable(this.eventId).pipe(map(() => criteriaOf(this.form))))
      .pipe(
        switchMap((criteria) => this.count(criteria)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.preview.set(state));
  }

  protected sources(p: InvitationPreview): { source: InvitationSource; count: number }[] {
    return (Object.entries(p.bySource) as [InvitationSource, number][]).map(([source, count]) => ({ source, count }));
  }

  protected add(): void {
    if (!this.canAdd()) return;
    this.error.set(null);
    this.adding.set(true);
    this.api
      .addFromCriteria(this.eventId(), criteriaOf(this.form))
      .pipe(finalize(() => this.adding.set(false)))
      .subscribe({
        next: (result) => {
          const text = this.translate.instant('eventsStaff.builder.added', result) as string;
          this.snackBar.open(text, this.translate.instant('common.close') as string, { duration: 6000 });
          this.added.emit(result.added);
          this.recount.next();
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          const unmatched = applyServerFieldErrors(this.form, toCriteriaFields(problem.fieldErrors));
          this.error.set([problem.message, ...unmatched.map((f) => f.message)].filter((m, i, all) => m && all.indexOf(m) === i).join(' '));
          this.recount.next();
        },
      });
  }

  private count(criteria: InvitationCriteria) {
    if (this.form.invalid) return of<PreviewState>({ state: 'invalid' });
    if (!anyCriterion(criteria)) return of<PreviewState>({ state: 'none' });
    const current = this.preview();
    const last = current.state === 'done' ? current.preview : current.state === 'loading' ? current.last : null;
    return this.api.preview(this.eventId(), criteria).pipe(
      map((preview): PreviewState => ({ state: 'done', preview })),
      catchError((e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        const unmatched = applyServerFieldErrors(this.form, toCriteriaFields(problem.fieldErrors));
        const message = [problem.message, ...unmatched.map((f) => f.message)].filter((m, i, all) => m && all.indexOf(m) === i).join(' ');
        return of<PreviewState>({ state: 'error', message });
      }),
      startWith<PreviewState>({ state: 'loading', last }),
    );
  }
}
