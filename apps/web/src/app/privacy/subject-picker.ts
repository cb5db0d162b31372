import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type AbstractControl, type FormControl, type ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { VolunteerListItem } from '@miteinander/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { FieldError } from '../core/forms/field-error';
import { VolunteersApi } from '../volunteers/volunteers-api';

/** A picked volunteer, or the text typed so far. */
export type VolunteerChoice = Pick<VolunteerListItem, 'id' | 'firstName' | 'lastName'> | string;

/** Typed text is not a choice: one of the suggestions must be picked. */
export function pickedVolunteer(control: AbstractControl<VolunteerChoice>): ValidationErrors | null {
  const v = control.value;
  if (typeof v === 'string') return v.trim() ? { pickVolunteer: true } : { required: true };
  return v ? null : { required: true };
}

export const volunteerName = (v: VolunteerChoice | null): string => (!v ? '' : typeof v === 'string' ? v : `${v.firstName} ${v.lastName}`);

/** Finds the volunteer a request is about (GET /volunteers?q=); the control holds the picked one. */
@Component({
  selector: 'app-privacy-subject-picker',
  imports: [ReactiveFormsModule, MatAutocomplete, MatAutocompleteTrigger, MatError, MatFormField, MatHint, MatIcon, MatInput, MatLabel, MatOption, MatPrefix, TranslatePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ 'privacy.create.volunteer' | translate }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">person_search</mat-icon>
      <input matInput [formControl]="control()" [matAutocomplete]="auto" autocomplete="off" required />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display">
        @for (v of options(); track v.id) {
          <mat-option [value]="v">
            {{ v.firstName }} {{ v.lastName }}
            @if (v.municipalityName) {
              <span class="muted">· {{ v.municipalityName }}</span>
            }
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'privacy.create.volunteerHint' | translate }}</mat-hint>
      <mat-error>
        @if (control().hasError('pickVolunteer')) {
          {{ 'privacy.create.pickVolunteer' | translate }}
        } @else {
          <app-field-error [errors]="control().errors" />
        }
      </mat-error>
    </mat-form-field>
  `,
  styles: `
    .field {
      inline-size: 100%;
    }
  `,
})
export class SubjectPicker {
  readonly control = input.required<FormControl<VolunteerChoice>>();

  private readonly api = inject(VolunteersApi);
  protected readonly display = volunteerName;
  protected readonly options = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges),
      map((v) => (typeof v === 'string' ? v.trim() : '')),
      debounceTime(300),
      distinctUntilChanged(),
      switchMap((q) =>
        q.length < 2
          ? of([] as VolunteerListItem[])
          : this.api.list({ q, pageSize: 10 }).pipe(
              map((page) => page.items),
              catchError(() => of([] as VolunteerListItem[])),
            ),
      ),
    ),
    { initialValue: [] as VolunteerListItem[] },
  );
}
