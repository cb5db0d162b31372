import { ChangeDetectionStrategy, Component, effect, inject, model } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatPrefix, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { HourLookupsApi, type VolunteerChoice } from '../data/hour-lookups-api';

/** Narrows an hour list to one volunteer: type part of a name, pick from the suggestions. */
@Component({
  selector: 'app-volunteer-filter',
  imports: [ReactiveFormsModule, MatAutocomplete, MatAutocompleteTrigger, MatIconButton, MatOption, MatFormField, MatIcon, MatInput, MatLabel, MatPrefix, MatSuffix, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="volunteer-filter">
      <mat-label>{{ 'hours.filters.volunteer' | translate }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">person_search</mat-icon>
      <input matInput type="search" [formControl]="text" [matAutocomplete]="auto" autocomplete="off" />
      @if (value()) {
        <button mat-icon-button matSuffix type="button" [attr.aria-label]="'hours.filters.clearVolunteer' | translate" (click)="clear()">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="value.set($event.option.value)">
        @for (volunteer of suggestions(); track volunteer.id) {
          <mat-option [value]="volunteer">{{ volunteer.name }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    .volunteer-filter {
      inline-size: 100%;
    }
  `,
})
export class VolunteerFilter {
  readonly value = model<VolunteerChoice | null>(null);

  private readonly api = inject(HourLookupsApi);
  private readonly translate = inject(TranslateService);
  /** What is typed, or the chosen volunteer once picked. */
  protected readonly text = new FormControl<string | VolunteerChoice>('', { nonNullable: true });
  protected readonly suggestions = toSignal(
    this.text.valueChanges.pipe(
      filter((v): v is string => typeof v === 'string'),
      map((v) => v.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) => (q.length < 2 ? of([]) : this.api.searchVolunteers(q).pipe(catchError(() => of([]))))),
    ),
    { initialValue: [] as VolunteerChoice[] },
  );

  constructor() {
    // Typing again after a pick means looking for someone else: the old choice no longer applies.
    this.text.valueChanges.pipe(filter((v) => typeof v === 'string')).subscribe(() => {
      if (this.value()) this.value.set(null);
    });
    // A choice from outside (the URL) shows in the field.
    effect(() => {
      const chosen = this.value();
      if (chosen && this.text.value !== chosen) this.text.setValue(chosen, { emitEvent: false });
    });
  }

  protected readonly display = (value: string | VolunteerChoice | null): string => {
    if (!value || typeof value === 'string') return value ?? '';
    return value.name || (this.translate.instant('hours.filters.chosenVolunteer') as string);
  };

  protected clear(): void {
    this.value.set(null);
    this.text.setValue('');
  }
}
