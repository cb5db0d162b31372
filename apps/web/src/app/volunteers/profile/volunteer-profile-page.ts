import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { UpdateVolunteerRequest, VolunteerView } from '@miteinander/contracts';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { VolunteerListMemory } from '../list/list-memory';
import { CONSENT_TEXT_VERSIONS, ConsentsPanel, type ConsentChoice } from '../shared/consents-panel';
import { PoliceCertificateChip } from '../shared/police-certificate-chip';
import { VolunteerProfileForm } from '../shared/volunteer-profile-form';
import { VolunteersApi } from '../volunteers-api';
import { ChangeStatusDialog } from './change-status-dialog';
import { HoursSummary } from './hours-summary';
import { PoliceCertificateSection } from './police-certificate-section';
import { StatusHistory } from './status-history';
import { TrainingsSection } from './trainings-section';

/**
 * Everything about one volunteer in one place, for coordinators. Each card saves on its own and
 * hands back the stored volunteer, which every other card then shows.
 * Sponsorships join this page with issue 5 (a card listing the volunteer's sponsorships).
 */
@Component({
  selector: 'app-volunteer-profile-page',
  imports: [
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    ConsentsPanel,
    HoursSummary,
    PoliceCertificateChip,
    PoliceCertificateSection,
    StatusHistory,
    TrainingsSection,
    VolunteerProfileForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './volunteer-profile-page.html',
  styleUrl: './volunteer-profile-page.scss',
})
export class VolunteerProfilePage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(VolunteersApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  /** Back to the list as it was filtered. */
  protected readonly listParams = inject(VolunteerListMemory).params;

  protected readonly volunteer = signal<VolunteerView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly fullName = computed(() => {
    const v = this.volunteer();
    return v ? `${v.firstName} ${v.lastName}` : '';
  });

  protected readonly statusNotice = signal<string | null>(null);
  protected readonly consentPending = signal(false);
  protected readonly consentError = signal<string | null>(null);
  protected readonly consentNotice = signal<string | null>(null);

  /** Handed to the form: it saves, shows field errors and tells us the result. */
  protected readonly saveProfile = (changes: UpdateVolunteerRequest) => this.api.update(this.id(), changes);

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.notFound.set(false);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            map((volunteer) => ({ volunteer, error: null as unknown })),
            catchError((error: unknown) => of({ volunteer: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ volunteer, error }) => {
        this.loading.set(false);
        this.volunteer.set(volunteer);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  protected show(volunteer: VolunteerView): void {
    this.volunteer.set(volunteer);
  }

  protected changeStatus(): void {
    const volunteer = this.volunteer();
    if (!volunteer) return;
    this.dialog
      .open(ChangeStatusDialog, { data: volunteer, width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed: VolunteerView | undefined) => {
        if (!changed) return;
        this.volunteer.set(changed);
        const status = this.translate.instant(`volunteers.statuses.${changed.status}`) as string;
        this.statusNotice.set(this.translate.instant('volunteers.status.changed', { status }) as string);
      });
  }

  protected setConsent(choice: ConsentChoice): void {
    const purpose = this.translate.instant(`volunteers.consents.purposes.${choice.purpose}.label`) as string;
    this.consentPending.set(true);
    this.consentError.set(null);
    this.consentNotice.set(null);
    this.api
      .setConsent(this.id(), { ...choice, textVersion: CONSENT_TEXT_VERSIONS[choice.purpose] })
      .pipe(finalize(() => this.consentPending.set(false)))
      .subscribe({
        next: (volunteer) => {
          this.volunteer.set(volunteer);
          this.consentNotice.set(this.translate.instant(choice.given ? 'volunteers.consents.savedGiven' : 'volunteers.consents.savedWithdrawn', { purpose }) as string);
        },
        error: (error: unknown) => this.consentError.set(toApiProblem(error, this.translate).message),
      });
  }
}
