import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type AbstractControl, type FormControl, type ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { catchError, of } from 'rxjs';
import { FieldMessage } from './field-message';
import { MunicipalitiesApi, type MunicipalityOption } from '../../shared/municipalities-api';
import { trackControl } from './track-control';

/** While typing the control holds the text; once a place is picked, the place. */
export type MunicipalityValue = MunicipalityOption | string | null;

export function municipalityIdOf(value: MunicipalityValue): number | null {
  return value && typeof value === 'object' ? value.id : null;
}

/** The control's value for a stored place (the name comes with the record, so no list is needed). */
export function municipalityValue(id: number | null, name: string | null): MunicipalityValue {
  return id === null ? null : { id, name: name ?? String(id), outsideCounty: false };
}

/** Text typed but no place picked from the list: the API only takes known places. */
export function chosenMunicipality(control: AbstractControl<MunicipalityValue>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { municipalityUnknown: true } : null;
}

/** "grossposna" finds "Großpösna". */
function fold(text: string): string {
  return text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').trim();
}

/** A text field that suggests the county's municipalities as you type (GET /api/v1/municipalities). */
@Component({
  selector: 'app-municipality-field',
  imports: [ReactiveFormsModule, MatAutocomplete, MatAutocompleteTrigger, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, FieldMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [matAutocomplete]="auto"
        [required]="required()"
        autocomplete="off"
        spellcheck="false"
        (blur)="adoptTypedName()"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" autoActiveFirstOption>
        @for (place of matches(); track place.id) {
          <mat-option [value]="place">{{ place.name }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error><app-field-message [errors]="control().errors" /></mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .field { inline-size: 100%; }
  `,
})
export class MunicipalityField {
  readonly control = input.required<FormControl<MunicipalityValue>>();
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  readonly required = input(false);

  private readonly places = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([] as MunicipalityOption[]))), {
    initialValue: [] as MunicipalityOption[],
  });
  private readonly value = trackControl(this.control);

  protected readonly matches = computed(() => {
    const value = this.value();
    const typed = typeof value === 'string' ? fold(value) : '';
    return typed ? this.places().filter((place) => fold(place.name).includes(typed)) : this.places();
  });

  protected readonly display = (value: MunicipalityValue): string => (typeof value === 'string' ? value : (value?.name ?? ''));

  /** Someone who typed the whole name and moved on has picked that place. */
  protected adoptTypedName(): void {
    const value = this.control().value;
    if (typeof value !== 'string' || !value.trim()) return;
    const typed = fold(value);
    const exact = this.places().find((place) => fold(place.name) === typed);
    if (exact) this.control().setValue(exact);
  }
}
