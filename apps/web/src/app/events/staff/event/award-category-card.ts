import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, output, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatTooltip } from '@angular/material/tooltip';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AwardCategoryView, NominationView } from '@miteinander/contracts';
import { filter, finalize, type Observable } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { applyServerFieldErrors } from '../../../core/forms/server-field-errors';
import { focusInvalidSoon } from '../../../cards/staff/shared/focus-invalid';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { EventsApi } from '../../shared/events-api';
import { EventFieldError } from '../shared/event-field-error';
import { VolunteerPicker, pickedVolunteer, type VolunteerChoice } from './volunteer-picker';

/** One award category: its name and description (editable), the nominations with winner switches, and nominating someone. */
@Component({
  selector: 'app-event-award-category',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatSlideToggle,
    MatTooltip,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    EventFieldError,
    VolunteerPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = category();
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        @if (editing()) {
          <form [formGroup]="categoryForm" (ngSubmit)="saveCategory()" novalidate>
            <h3>{{ 'eventsStaff.awards.editCategory' | translate: { name: c.name } }}</h3>
            <mat-form-field class="full">
              <mat-label>{{ 'eventsStaff.awards.categoryName' | translate }}</mat-label>
              <input matInput formControlName="name" required maxlength="200" />
              <mat-error><app-event-field-error [errors]="categoryForm.controls.name.errors" /></mat-error>
            </mat-form-field>
            <mat-form-field class="full">
              <mat-label>{{ 'eventsStaff.awards.categoryDescription' | translate }}</mat-label>
              <textarea matInput formControlName="description" rows="2" maxlength="2000"></textarea>
              <mat-error><app-event-field-error [errors]="categoryForm.controls.description.errors" /></mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | translate }}</button>
              <button mat-button type="button" (click)="editing.set(false)">{{ 'common.cancel' | translate }}</button>
            </div>
          </form>
        } @else {
          <div class="head">
            <div>
              <h3>{{ c.name }}</h3>
              @if (c.description) {
                <p class="muted description">{{ c.description }}</p>
              }
            </div>
            <div class="tools">
              <button mat-icon-button type="button" [attr.aria-label]="'eventsStaff.awards.edit' | translate: { name: c.name }" [matTooltip]="'eventsStaff.awards.edit' | translate: { name: c.name }" (click)="edit()">
                <mat-icon aria-hidden="true">edit</mat-icon>
              </button>
              <button mat-icon-button type="button" [disabled]="busy()" [attr.aria-label]="'eventsStaff.awards.delete' | translate: { name: c.name }" [matTooltip]="'eventsStaff.awards.delete' | translate: { name: c.name }" (click)="deleteCategory()">
                <mat-icon aria-hidden="true">delete</mat-icon>
              </button>
            </div>
          </div>
        }
        <app-form-alert [message]="error()" />

        <h4>{{ 'eventsStaff.awards.nominations' | translate: { count: c.nominations.length } }}</h4>
        @if (!c.nominations.length) {
          <p class="muted">{{ 'eventsStaff.awards.noNominations' | translate }}</p>
        } @else {
          <ul class="nominations">
            @for (n of c.nominations; track n.id) {
              <li [class.winner]="n.winner">
                <div class="who">
                  <span class="name">
                    @if (n.winner) {
                      <mat-icon aria-hidden="true" class="trophy">emoji_events</mat-icon>
                    }
                    {{ n.nominee.name }}
                  </span>
                  <span class="small muted">
                    {{ 'eventsStaff.awards.nomineeKind.' + n.nominee.kind | translate }} ·
                    {{ 'eventsStaff.awards.nominatedBy' | translate: { by: n.nominatedBy, when: (n.createdAt | localDate: lang : 'date') } }}
                  </span>
                  <p class="reason">{{ n.reason }}</p>
                </div>
                <div class="tools">
                  <mat-slide-toggle [checked]="n.winner" [disabled]="busy()" [aria-label]="('eventsStaff.awards.winner' | translate) + ': ' + n.nominee.name" (change)="setWinner(n, $event.checked)">
                    {{ 'eventsStaff.awards.winner' | translate }}
                  </mat-slide-toggle>
                  <button mat-icon-button type="button" [disabled]="busy()" [attr.aria-label]="'eventsStaff.awards.deleteNomination' | translate: { name: n.nominee.name }" [matTooltip]="'eventsStaff.awards.deleteNomination' | translate: { name: n.nominee.name }" (click)="deleteNomination(n)">
                    <mat-icon aria-hidden="true">delete</mat-icon>
                  </button>
                </div>
              </li>
            }
          </ul>
        }

        <form class="nominate" [formGroup]="nominateForm" (ngSubmit)="nominate(directive)" #directive="ngForm" novalidate>
          <h4>{{ 'eventsStaff.awards.nominateHeading' | translate }}</h4>
          <app-event-volunteer-picker [control]="nominateForm.controls.volunteer" [label]="'eventsStaff.awards.volunteer' | translate" />
          <mat-form-field class="full">
            <mat-label>{{ 'eventsStaff.awards.reason' | translate }}</mat-label>
            <textarea matInput formControlName="reason" rows="3" required maxlength="2000"></textarea>
            <mat-hint align="end">{{ nominateForm.controls.reason.value.length }} / 2000</mat-hint>
            <mat-error><app-event-field-error [errors]="nominateForm.controls.reason.errors" /></mat-error>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="busy()">
            <mat-icon aria-hidden="true">how_to_reg</mat-icon>
            {{ 'eventsStaff.awards.nominate' | translate }}
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h3 {
      margin-block: 0 0.25rem;
    }
    h4 {
      margin-block: 1rem 0.5rem;
    }
    .head {
      display: flex;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-start;
    }
    .description,
    .reason {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .reason {
      margin-block: 0.25rem 0;
    }
    .tools {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-shrink: 0;
    }
    .full {
      inline-size: 100%;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
    .nominations {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .nominations li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      justify-content: space-between;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .who {
      display: flex;
      flex-direction: column;
      flex: 1 1 20rem;
    }
    .name {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      font-weight: 500;
    }
    .trophy {
      color: var(--mat-sys-tertiary);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .nominate {
      margin-block-start: 0.5rem;
    }
  `,
})
export class AwardCategoryCard {
  readonly category = input.required<AwardCategoryView>();
  readonly eventId = input.required<string>();
  /** Something in this category changed: the tab loads the categories again. */
  readonly changed = output<void>();

  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);

  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly categoryForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.maxLength(2000)]],
  });
  protected readonly nominateForm = this.fb.group({
    volunteer: this.fb.control<VolunteerChoice>('', pickedVolunteer),
    reason: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(2000)]],
  });

  protected edit(): void {
    const c = this.category();
    this.categoryForm.reset({ name: c.name, description: c.description });
    this.editing.set(true);
  }

  protected saveCategory(): void {
    if (this.categoryForm.invalid) {
      this.categoryForm.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const v = this.categoryForm.getRawValue();
    this.run(this.api.updateCategory(this.category().id, { name: v.name.trim(), description: v.description.trim() }), () => this.editing.set(false), this.categoryForm);
  }

  protected deleteCategory(): void {
    const c = this.category();
    this.confirm(this.t('eventsStaff.awards.deleteTitle', { name: c.name }), this.t('eventsStaff.awards.deleteText', { count: c.nominations.length }), () =>
      this.run(this.api.deleteCategory(c.id)),
    );
  }

  protected setWinner(n: NominationView, winner: boolean): void {
    this.run(this.api.setWinner(n.id, winner));
  }

  protected deleteNomination(n: NominationView): void {
    this.confirm(this.t('eventsStaff.awards.deleteNominationTitle', { name: n.nominee.name }), this.t('eventsStaff.awards.deleteNominationText'), () =>
      this.run(this.api.deleteNomination(n.id)),
    );
  }

  protected nominate(directive: FormGroupDirective): void {
    if (this.nominateForm.invalid) {
      this.nominateForm.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const { volunteer, reason } = this.nominateForm.getRawValue();
    if (typeof volunteer === 'string') return;
    this.run(
      this.api.nominate(this.eventId(), { categoryId: this.category().id, volunteerId: volunteer.id, reason: reason.trim() }),
      () => directive.resetForm({ volunteer: '', reason: '' }),
      this.nominateForm,
    );
  }

  private run<T>(request: Observable<T>, after?: () => void, form?: typeof this.categoryForm | typeof this.nominateForm): void {
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        after?.();
        this.changed.emit();
      },
      error: (e: unknown) => {
        const problem = toApiProblem(e, this.translate);
        const fields = problem.fieldErrors.map((f) => ({ ...f, field: f.field === 'volunteerId' ? 'volunteer' : f.field }));
        const unmatched = form ? applyServerFieldErrors(form, fields) : fields;
        const messages = [problem.message, ...unmatched.map((f) => f.message)];
        this.error.set(messages.filter((m, i) => m && messages.indexOf(m) === i).join(' '));
        this.changed.emit();
      },
    });
  }

  private confirm(title: string, text: string, then: () => void): void {
    const data: ConfirmDialogData = { title, text, confirm: this.t('eventsStaff.awards.deleteConfirm') };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => then());
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.translate.instant(key, params) as string;
  }
}
