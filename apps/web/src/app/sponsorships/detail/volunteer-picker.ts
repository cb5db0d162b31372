import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import type { VolunteerListItem } from '@miteinander/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { PoliceCertificateChip } from '../../volunteers/shared/police-certificate-chip';
import { trackControl } from '../../volunteers/shared/track-control';
import { SponsorshipFieldError } from '../shared/sponsorship-field-error';
import { SponsorshipsApi } from '../sponsorships-api';

interface SearchResult {
  query: string;
  volunteers: VolunteerListItem[] | null;
}

let nextId = 0;

/**
 * Finds an active volunteer by name and picks one (the control holds the id). Each shows their
 * police-certificate state: where children are involved only a valid one may be proposed.
 */
@Component({
  selector: 'app-volunteer-picker',
  imports: [
    ReactiveFormsModule,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatPrefix,
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    PoliceCertificateChip,
    SponsorshipFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="search" subscriptSizing="dynamic">
      <mat-label>{{ 'sponsorships.propose.search' | translate }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">person_search</mat-icon>
      <input matInput type="search" [formControl]="query" autocomplete="off" [attr.aria-describedby]="id + '-status'" />
      <mat-hint>{{ 'sponsorships.propose.searchHint' | translate }}</mat-hint>
    </mat-form-field>
    @if (involvesMinors()) {
      <p class="minors">
        <mat-icon aria-hidden="true">info</mat-icon>
        <span>{{ 'sponsorships.propose.minors' | translate }}</span>
      </p>
    }
    <p class="muted status" [id]="id + '-status'" role="status">
      @if (result().volunteers; as found) {
        {{ (found.length ? 'sponsorships.propose.found' : 'sponsorships.propose.noneFound') | translate: { count: found.length } }}
      }
    </p>
    @if (result().volunteers?.length) {
      <fieldset class="results">
        <legend class="visually-hidden">{{ 'sponsorships.propose.choose' | translate }}</legend>
        <mat-radio-group [formControl]="control()" class="options" required>
          @for (volunteer of result().volunteers; track volunteer.id) {
            <mat-radio-button [value]="volunteer.id">
              <span class="option">
                <span class="name">{{ volunteer.firstName }} {{ volunteer.lastName }}</span>
                @if (volunteer.municipalityName) {
                  <span class="muted">{{ volunteer.municipalityName }}</span>
                }
                <app-police-certificate-chip [state]="volunteer.policeCertificate.state" [validUntil]="volunteer.policeCertificate.validUntil" />
              </span>
            </mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
    }
    @if (control().invalid && control().touched) {
      <mat-error class="error"><app-sponsorship-field-error [errors]="control().errors" /></mat-error>
    }
  `,
  styles: `
    :host { display: block; }
    .search { inline-size: 100%; }
    .minors {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin-block: 0 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .status {
      min-block-size: 1.25rem;
      margin-block: 0 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .results {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .option {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
    }
    .name { font-weight: 500; }
    .error {
      display: block;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class VolunteerPicker {
  /** Holds the chosen volunteer's id. */
  readonly control = input.required<FormControl<string>>();
  readonly involvesMinors = input(false);

  private readonly api = inject(SponsorshipsApi);
  protected readonly id = `volunteer-picker-${nextId++}`;
  protected readonly query = new FormControl('', { nonNullable: true });

  protected readonly result = toSignal(
    this.query.valueChanges.pipe(
      map((q) => q.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < 2
          ? of<SearchResult>({ query, volunteers: null })
          : this.api.searchVolunteers(query).pipe(
              map((volunteers): SearchResult => ({ query, volunteers })),
              catchError(() => of<SearchResult>({ query, volunteers: [] })),
            ),
      ),
      startWith<SearchResult>({ query: '', volunteers: null }),
    ),
    { requireSync: true },
  );

  constructor() {
    // Re-render when the dialog marks the control touched or puts the server's error on it.
    trackControl(this.control);
  }
}
