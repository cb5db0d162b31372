import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AvailabilitySlot, VolunteerView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { AvailabilityGrid } from '../shared/availability-grid';
import { VolunteersApi } from '../volunteers-api';

/** The volunteer's own week at a glance: tick the times, save. Kept apart from the longer profile form. */
@Component({
  selector: 'app-availability-card',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, TranslatePipe, FormAlert, AvailabilityGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="saved() ? ('volunteers.own.availabilitySaved' | translate) : null" />
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <app-availability-grid formControlName="availability" [caption]="'volunteers.availability.caption' | translate" />
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'volunteers.own.saveAvailability' | translate }}</button>
      </div>
    </form>
  `,
})
export class AvailabilityCard {
  readonly volunteer = input.required<VolunteerView>();
  readonly updated = output<VolunteerView>();

  private readonly api = inject(VolunteersApi);
  private readonly translate = inject(TranslateService);

  private readonly slots = new FormControl<AvailabilitySlot[]>([], { nonNullable: true });
  protected readonly form = new FormGroup({ availability: this.slots });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      const availability = this.volunteer().availability;
      untracked(() => {
        if (!this.slots.dirty) this.slots.reset(availability);
      });
    });
    // A new tick (not the refresh after saving) makes an earlier "saved" message stale.
    this.slots.valueChanges.subscribe(() => {
      if (this.slots.dirty) this.saved.set(false);
    });
  }

  protected save(): void {
    this.pending.set(true);
    this.error.set(null);
    this.api
      .updateMine({ availability: this.slots.value })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (volunteer) => {
          this.slots.reset(volunteer.availability);
          this.saved.set(true);
          this.updated.emit(volunteer);
        },
        error: (error: unknown) => this.error.set(toApiProblem(error, this.translate).message),
      });
  }
}
