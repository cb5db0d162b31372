import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EventView } from '@miteinander/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { reportServerProblem } from '../../../core/forms/server-field-errors';
import { focusInvalidSoon } from '../../../cards/staff/shared/focus-invalid';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { EventsApi } from '../../shared/events-api';
import { EventFieldError } from '../shared/event-field-error';
import { AwardCategoryCard } from './award-category-card';

/** The "Auszeichnungen" tab: award categories, their nominations and winners, and asking the organisations for proposals. */
@Component({
  selector: 'app-event-awards-tab',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatIcon, MatInput, MatLabel, MatProgressBar, TranslatePipe, FormAlert, EventFieldError, AwardCategoryCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    <div class="progress-slot">
      @if (categories.isLoading() || busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <section aria-labelledby="awards-heading">
      <h2 id="awards-heading">{{ 'eventsStaff.awards.heading' | translate }}</h2>
      <p class="muted">{{ 'eventsStaff.awards.intro' | translate }}</p>
      <app-form-alert [message]="loadError() ?? error()" />
      <div class="actions">
        <button mat-stroked-button type="button" [disabled]="busy() || !list().length || e.past || e.status === 'cancelled'" (click)="askOrganisations()">
          <mat-icon aria-hidden="true">forward_to_inbox</mat-icon>
          {{ 'eventsStaff.awards.ask' | translate }}
        </button>
      </div>
      @if (!list().length && !categories.isLoading()) {
        <p class="muted">{{ 'eventsStaff.awards.noCategories' | translate }}</p>
      }
      <div class="cards">
        @for (c of list(); track c.id) {
          <app-event-award-category [category]="c" [eventId]="e.id" (changed)="categories.reload()" />
        }
      </div>
    </section>

    <form [formGroup]="form" (ngSubmit)="addCategory(directive)" #directive="ngForm" novalidate aria-labelledby="new-category-heading">
      <h2 id="new-category-heading">{{ 'eventsStaff.awards.newCategory' | translate }}</h2>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'eventsStaff.awards.categoryName' | translate }}</mat-label>
          <input matInput formControlName="name" required maxlength="200" />
          <mat-error><app-event-field-error [errors]="form.controls.name.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'eventsStaff.awards.categoryDescription' | translate }}</mat-label>
          <input matInput formControlName="description" maxlength="2000" />
          <mat-error><app-event-field-error [errors]="form.controls.description.errors" /></mat-error>
        </mat-form-field>
        <button mat-stroked-button type="submit" class="submit" [disabled]="busy()">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'eventsStaff.awards.addCategory' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      padding-block: 1rem;
    }
    h2 {
      margin-block-start: 0;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-block-end: 1rem;
    }
    .cards {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    mat-form-field {
      flex: 1 1 14rem;
    }
    .wide {
      flex: 2 1 20rem;
    }
    .submit {
      margin-block-start: 0.5rem;
    }
  `,
})
export class AwardsTab {
  readonly event = input.required<EventView>();

  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  private readonly eventId = computed(() => this.event().id);
  protected readonly categories = rxResource({ params: () => this.eventId(), stream: ({ params }) => this.api.categories(params) });
  protected readonly list = computed(() => (this.categories.hasValue() ? this.categories.value() : []));
  protected readonly loadError = computed(() => {
    const e = this.categories.error();
    return e ? toApiProblem(e, this.translate).message : null;
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.maxLength(2000)]],
  });

  protected addCategory(directive: FormGroupDirective): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .addCategory(this.eventId(), { name: v.name.trim(), description: v.description.trim() })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          directive.resetForm({ name: '', description: '' });
          this.categories.reload();
        },
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }

  /** Emails every organisation's contact a link where they can propose their volunteers. */
  protected askOrganisations(): void {
    const t = (key: string, params: Record<string, unknown> = {}) => this.translate.instant(key, params) as string;
    const data: ConfirmDialogData = { title: t('eventsStaff.awards.askTitle'), text: t('eventsStaff.awards.askText'), confirm: t('eventsStaff.awards.askConfirm') };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.api.requestNominations(this.eventId()).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: (result) => this.snackBar.open(t('eventsStaff.awards.asked', { count: result.sent }), t('common.close'), { duration: 6000 }),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
