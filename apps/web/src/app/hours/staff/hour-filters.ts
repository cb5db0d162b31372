import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl, type FormControl, type FormGroup, type ValidationErrors } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { HOUR_ENTRY_STATUSES, type HourEntryStatus, type OrganisationRef } from '@miteinander/contracts';
import type { MunicipalityOption } from '../../shared/municipalities-api';
import type { VolunteerChoice } from '../data/hour-lookups-api';
import type { StaffHoursQuery } from '../data/hours-api';
import { isCalendarDay } from '../shared/calendar';
import { HoursFieldError } from '../shared/hours-field-error';
import { VolunteerFilter } from './volunteer-filter';

export type HourFilterForm = FormGroup<{
  status: FormControl<HourEntryStatus | ''>;
  organisationId: FormControl<string>;
  municipalityId: FormControl<number | ''>;
  from: FormControl<string>;
  to: FormControl<string>;
}>;

export type HourFilterValue = ReturnType<HourFilterForm['getRawValue']>;

/** "To" before "from" finds nothing: say so at the field instead. */
function dateRange(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from');
  const to = group.get('to');
  if (!from || !to) return null;
  const wrong = !!from.value && !!to.value && to.value < from.value;
  const errors = { ...to.errors };
  delete errors['dateRange'];
  to.setErrors(wrong ? { ...errors, dateRange: true } : Object.keys(errors).length ? errors : null);
  return null;
}

/** The filter form of the staff hour lists. Injection context only. */
export function hourFilterForm(): HourFilterForm {
  return inject(NonNullableFormBuilder).group(
    {
      status: '' as HourEntryStatus | '',
      organisationId: '',
      municipalityId: '' as number | '',
      from: '',
      to: '',
    },
    { validators: dateRange },
  );
}

/** The API query for the filters; a half-typed or impossible date is left out rather than earning a 400. */
export function filterQuery(value: HourFilterValue, volunteer: VolunteerChoice | null): Omit<StaffHoursQuery, 'page' | 'pageSize' | 'sort' | 'direction'> {
  const from = isCalendarDay(value.from) ? value.from : '';
  const to = isCalendarDay(value.to) && !(from && value.to < from) ? value.to : '';
  return {
    status: value.status,
    organisationId: value.organisationId,
    municipalityId: value.municipalityId,
    volunteerId: volunteer?.id ?? '',
    from,
    to,
  };
}

/** Organisation, volunteer and period (plus status and municipality on the overview) for a staff hour list. */
@Component({
  selector: 'app-hour-filters',
  imports: [ReactiveFormsModule, MatError, MatFormField, MatInput, MatLabel, MatOption, MatSelect, TranslatePipe, HoursFieldError, VolunteerFilter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="hour-filters" role="search" [attr.aria-label]="'hours.filters.label' | translate" [formGroup]="form()">
      @if (showStatus()) {
        <mat-form-field>
          <mat-label>{{ 'hours.filters.status' | translate }}</mat-label>
          <mat-select formControlName="status">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ 'hours.statuses.' + status | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'hours.filters.organisation' | translate }}</mat-label>
        <mat-select formControlName="organisationId">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (organisation of organisations(); track organisation.id) {
            <mat-option [value]="organisation.id">{{ organisation.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (showMunicipality()) {
        <mat-form-field>
          <mat-label>{{ 'hours.filters.municipality' | translate }}</mat-label>
          <mat-select formControlName="municipalityId">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (municipality of municipalities(); track municipality.id) {
              <mat-option [value]="municipality.id">{{ municipality.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <app-volunteer-filter class="volunteer" [(value)]="volunteer" />
      <mat-form-field>
        <mat-label>{{ 'hours.filters.from' | translate }}</mat-label>
        <input matInput type="date" formControlName="from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'hours.filters.to' | translate }}</mat-label>
        <input matInput type="date" formControlName="to" />
        <mat-error><app-hours-field-error [errors]="form().controls.to.errors" /></mat-error>
      </mat-form-field>
    </form>
  `,
  styles: `
    .hour-filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0 1rem;
      align-items: start;
    }
    .hour-filters mat-form-field {
      inline-size: 100%;
    }
    @media (min-width: 600px) {
      .volunteer {
        grid-column: span 2;
      }
    }
  `,
})
export class HourFilters {
  readonly form = input.required<HourFilterForm>();
  readonly volunteer = model<VolunteerChoice | null>(null);
  readonly organisations = input<OrganisationRef[]>([]);
  readonly municipalities = input<MunicipalityOption[]>([]);
  readonly showStatus = input(false);
  readonly showMunicipality = input(false);

  protected readonly statuses = HOUR_ENTRY_STATUSES;
}
