import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, output, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { reportServerProblem } from '../../../core/forms/server-field-errors';
import { focusInvalidSoon } from '../../../cards/staff/shared/focus-invalid';
import { EventsApi } from '../../shared/events-api';
import { EventFieldError } from '../shared/event-field-error';

/** A guest who is in no list (the mayor, a sponsor, the press): name and email, put on the list by hand. */
@Component({
  selector: 'app-event-manual-invitee',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatIcon, MatInput, MatLabel, MatOption, MatSelect, TranslatePipe, FormAlert, EventFieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="add(directive)" #directive="ngForm" novalidate aria-labelledby="manual-heading">
      <h2 id="manual-heading">{{ 'eventsStaff.manual.heading' | translate }}</h2>
      <app-form-alert [message]="error()" />
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'eventsStaff.manual.name' | translate }}</mat-label>
          <input matInput formControlName="name" required maxlength="200" autocomplete="off" />
          <mat-error><app-event-field-error [errors]="form.controls.name.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'eventsStaff.manual.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" required autocomplete="off" />
          <mat-error><app-event-field-error [errors]="form.controls.email.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>{{ 'eventsStaff.manual.locale' | translate }}</mat-label>
          <mat-select formControlName="locale">
            <mat-option value="de">Deutsch</mat-option>
            <mat-option value="en">English</mat-option>
          </mat-select>
        </mat-form-field>
        <button mat-stroked-button type="submit" class="submit" [disabled]="pending() || closed()">
          <mat-icon aria-hidden="true">person_add</mat-icon>
          {{ 'eventsStaff.manual.add' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
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
    .narrow {
      flex: 0 1 10rem;
    }
    .submit {
      margin-block-start: 0.5rem;
    }
  `,
})
export class ManualInvitee {
  readonly eventId = input.required<string>();
  readonly closed = input(false);
  readonly added = output<void>();

  private readonly api = inject(EventsApi);
  private readonly translate = inject(TranslateService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    locale: 'de',
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected add(directive: FormGroupDirective): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    const { name, email, locale } = this.form.getRawValue();
    this.pending.set(true);
    this.api
      .addManual(this.eventId(), { name: name.trim(), email: email.trim(), locale })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (item) => {
          this.snackBar.open(this.translate.instant('eventsStaff.manual.added', { name: item.name }) as string, this.translate.instant('common.close') as string, {
            duration: 5000,
          });
          directive.resetForm({ name: '', email: '', locale });
          this.added.emit();
        },
        error: (e: unknown) => {
          this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }
}
