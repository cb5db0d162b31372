import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { UpdateVolunteerRequest, VolunteerView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { CONSENT_TEXT_VERSIONS, ConsentsPanel, type ConsentChoice } from '../shared/consents-panel';
import { PoliceCertificateChip } from '../shared/police-certificate-chip';
import { VolunteerProfileForm } from '../shared/volunteer-profile-form';
import { VolunteersApi } from '../volunteers-api';
import { AvailabilityCard } from './availability-card';

/**
 * /my-volunteering: a signed-in volunteer's own profile (GET/PATCH /volunteers/me), built for a phone.
 * Status, notes and organisations are the coordinators' to change; this page only shows the organisations.
 */
@Component({
  selector: 'app-own-profile-page',
  imports: [MatCard, MatCardContent, MatProgressBar, TranslatePipe, FormAlert, AvailabilityCard, ConsentsPanel, PoliceCertificateChip, VolunteerProfileForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="own-page">
      <h1>{{ 'volunteers.own.heading' | translate }}</h1>
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <app-form-alert [message]="loadError()" />
      @if (volunteer(); as volunteer) {
        <p>{{ 'volunteers.own.intro' | translate }}</p>
        <p class="status">
          <span>{{ 'volunteers.own.status' | translate: { status: 'volunteers.statuses.' + volunteer.status | translate } }}</span>
          @if (volunteer.policeCertificate.state !== 'missing') {
            <span class="labelled">
              {{ 'volunteers.own.policeCertificate' | translate }}:
              <app-police-certificate-chip [state]="volunteer.policeCertificate.state" [validUntil]="volunteer.policeCertificate.validUntil" />
            </span>
          }
        </p>

        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'volunteers.profile.availability' | translate }}</h2>
            <app-availability-card [volunteer]="volunteer" (updated)="volunteerState.set($event)" />
          </mat-card-content>
        </mat-card>

        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'volunteers.profile.details' | translate }}</h2>
            <app-volunteer-profile-form
              [volunteer]="volunteer"
              mode="self"
              [withAvailability]="false"
              [save]="saveProfile"
              (saved)="volunteerState.set($event)"
            />
          </mat-card-content>
        </mat-card>

        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'volunteers.consents.heading' | translate }}</h2>
            <p class="muted">{{ 'volunteers.consents.ownIntro' | translate }}</p>
            <div class="progress-slot">
              @if (consentPending()) {
                <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
              }
            </div>
            <app-form-alert [message]="consentError()" />
            <app-form-alert kind="success" [message]="consentNotice()" />
            <app-consents-panel [consents]="volunteer.consents" [pending]="consentPending()" (changed)="setConsent($event)" />
          </mat-card-content>
        </mat-card>

        @if (volunteer.organisations.length > 0) {
          <mat-card appearance="outlined">
            <mat-card-content>
              <h2>{{ 'volunteers.own.organisations' | translate }}</h2>
              <ul class="organisations">
                @for (organisation of volunteer.organisations; track organisation.id) {
                  <li>{{ organisation.name }}</li>
                }
              </ul>
            </mat-card-content>
          </mat-card>
        }
      }
    </div>
  `,
  styles: `
    .own-page {
      max-inline-size: 44rem;
      margin-inline: auto;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    h2 {
      margin-block-start: 0;
    }
    .labelled {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
    .organisations {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class OwnProfilePage {
  private readonly api = inject(VolunteersApi);
  private readonly translate = inject(TranslateService);

  protected readonly volunteerState = signal<VolunteerView | null>(null);
  protected readonly volunteer = this.volunteerState.asReadonly();
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly consentPending = signal(false);
  protected readonly consentError = signal<string | null>(null);
  protected readonly consentNotice = signal<string | null>(null);

  /** A volunteer cannot send notes or organisations; the form leaves them out in "self" mode. */
  protected readonly saveProfile = (changes: UpdateVolunteerRequest) => this.api.updateMine(changes);

  constructor() {
    this.api
      .getMine()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (volunteer) => this.volunteerState.set(volunteer),
        error: (error: unknown) => this.loadError.set(toApiProblem(error, this.translate).message),
      });
  }

  protected setConsent(choice: ConsentChoice): void {
    const purpose = this.translate.instant(`volunteers.consents.purposes.${choice.purpose}.label`) as string;
    this.consentPending.set(true);
    this.consentError.set(null);
    this.consentNotice.set(null);
    this.api
      .setMyConsent({ ...choice, textVersion: CONSENT_TEXT_VERSIONS[choice.purpose] })
      .pipe(finalize(() => this.consentPending.set(false)))
      .subscribe({
        next: (volunteer) => {
          this.volunteerState.set(volunteer);
          this.consentNotice.set(this.translate.instant(choice.given ? 'volunteers.consents.savedGiven' : 'volunteers.consents.savedWithdrawn', { purpose }) as string);
        },
        error: (error: unknown) => this.consentError.set(toApiProblem(error, this.translate).message),
      });
  }
}
