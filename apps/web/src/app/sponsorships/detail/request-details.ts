import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { SponsorshipView } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { DayPipe } from '../../hours/shared/day.pipe';
import { availabilityText, childrenText, languagesText } from '../shared/describe';

/** The request as recorded: who, where, which languages, what is needed and wished, how to reach them. */
@Component({
  selector: 'app-request-details',
  imports: [TranslatePipe, LocalDatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = sponsorship();
    <dl class="facts">
      <dt>{{ 'sponsorships.fields.kind' | translate }}</dt>
      <dd>{{ 'sponsorships.kinds.' + s.kind | translate }}</dd>
      <dt>{{ 'sponsorships.fields.municipalityShort' | translate }}</dt>
      <dd>{{ s.municipalityName }}</dd>
      @if (s.pupil; as pupil) {
        <dt>{{ 'sponsorships.detail.pupil' | translate }}</dt>
        <dd>
          {{ (pupil.age === null ? 'sponsorships.detail.ageUnknown' : 'sponsorships.detail.age') | translate: { age: pupil.age } }},
          {{ 'sponsorships.detail.grade' | translate: { grade: pupil.grade } }},
          {{ 'sponsorships.schoolTypes.' + pupil.schoolType | translate }}
        </dd>
        <dt>{{ 'sponsorships.fields.subjects' | translate }}</dt>
        <dd>{{ subjects() || '–' }}</dd>
        <dt>{{ 'sponsorships.fields.schoolContact' | translate }}</dt>
        <dd>{{ pupil.schoolContact ?? '–' }}</dd>
      } @else {
        <dt>{{ 'sponsorships.detail.household' | translate }}</dt>
        <dd>
          {{ 'sponsorships.detail.adults' | translate: { count: s.adults ?? 0 } }};
          {{ children() }}
        </dd>
      }
      <dt>{{ 'sponsorships.detail.languages' | translate }}</dt>
      <dd>{{ languages() || '–' }}</dd>
      <dt>{{ 'sponsorships.fields.germanLevel' | translate }}</dt>
      <dd>{{ 'sponsorships.germanLevels.' + s.germanLevel | translate }}</dd>
      <dt>{{ 'sponsorships.fields.needs' | translate }}</dt>
      <dd class="long">{{ s.needs }}</dd>
      <dt>{{ 'sponsorships.detail.availability' | translate }}</dt>
      <dd>{{ availability() || ('sponsorships.detail.noAvailability' | translate) }}</dd>
      <dt>{{ 'sponsorships.detail.preferences' | translate }}</dt>
      <dd>
        {{ 'sponsorships.fields.sponsorGender' | translate }}:
        {{ (s.preferences.sponsorGender ? 'volunteers.genders.' + s.preferences.sponsorGender : 'sponsorships.fields.noPreference') | translate }};
        {{ (s.preferences.interpreter ? 'sponsorships.detail.interpreterYes' : 'sponsorships.detail.interpreterNo') | translate }}
        @if (s.preferences.sponsorAgeMin !== null || s.preferences.sponsorAgeMax !== null) {
          <br />{{ 'sponsorships.fields.sponsorAge' | translate }}: {{ s.preferences.sponsorAgeMin ?? '…' }}–{{ s.preferences.sponsorAgeMax ?? '…' }}
        }
        @if (s.preferences.contactPerson) {
          <br />{{ 'sponsorships.fields.contactPerson' | translate }}: {{ s.preferences.contactPerson }}
        }
      </dd>
      <dt>{{ 'sponsorships.detail.contact' | translate }}</dt>
      <dd>
        @if (s.contact.phone || s.contact.email || s.contact.address) {
          @if (s.contact.phone) {
            <div>{{ 'sponsorships.fields.phone' | translate }}: <a [href]="'tel:' + s.contact.phone">{{ s.contact.phone }}</a></div>
          }
          @if (s.contact.email) {
            <div>{{ 'sponsorships.fields.email' | translate }}: <a [href]="'mailto:' + s.contact.email">{{ s.contact.email }}</a></div>
          }
          @if (s.contact.address) {
            <div>{{ s.contact.address }}</div>
          }
        } @else {
          –
        }
      </dd>
      @if (s.guardianConsent; as consent) {
        <dt>{{ 'sponsorships.form.consentLegend' | translate }}</dt>
        <dd>{{ 'sponsorships.detail.consent' | translate: { name: consent.givenBy, date: (consent.date | day: language.current()) } }}</dd>
      } @else if (s.involvesMinors) {
        <dt>{{ 'sponsorships.form.consentLegend' | translate }}</dt>
        <dd>{{ 'sponsorships.detail.noConsent' | translate }}</dd>
      }
      <dt>{{ 'sponsorships.fields.plannedMonths' | translate }}</dt>
      <dd>
        {{ 'sponsorships.detail.months' | translate: { count: s.plannedMonths } }}
        @if (s.plannedEnd) {
          ({{ 'sponsorships.detail.plannedEnd' | translate: { date: (s.plannedEnd | day: language.current()) } }})
        }
      </dd>
      @if (s.introMeetingDate) {
        <dt>{{ 'sponsorships.fields.introMeetingDate' | translate }}</dt>
        <dd>{{ s.introMeetingDate | day: language.current() }}</dd>
      }
      @if (s.trialStart) {
        <dt>{{ 'sponsorships.detail.trial' | translate }}</dt>
        <dd>{{ 'sponsorships.detail.trialSince' | translate: { date: (s.trialStart | day: language.current()), weeks: s.trialWeeks } }}</dd>
      }
      <dt>{{ 'sponsorships.detail.contactsShared' | translate }}</dt>
      <dd>
        {{
          s.contactsSharedAt
            ? ('sponsorships.detail.contactsSharedAt' | translate: { date: (s.contactsSharedAt | localDate: language.current() : 'date') })
            : ('sponsorships.detail.contactsNotShared' | translate)
        }}
      </dd>
      @if (s.endDate) {
        <dt>{{ 'sponsorships.fields.endDate' | translate }}</dt>
        <dd>
          {{ s.endDate | day: language.current() }}
          @if (s.endReason) {
            – {{ 'sponsorships.endReasons.' + s.endReason | translate }}
          }
        </dd>
      }
      @if (s.closingNote) {
        <dt>{{ 'sponsorships.fields.closingNote' | translate }}</dt>
        <dd class="long">{{ s.closingNote }}</dd>
      }
      <dt>{{ 'sponsorships.fields.notes' | translate }}</dt>
      <dd class="long">{{ s.notes ?? '–' }}</dd>
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: fit-content(40%) minmax(0, 1fr);
      gap: 0.5rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .long {
      white-space: pre-line;
    }
    @media (max-width: 600px) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
        gap: 0.125rem;
      }
      dd + dt {
        margin-block-start: 0.5rem;
      }
    }
  `,
})
export class RequestDetails {
  readonly sponsorship = input.required<SponsorshipView>();

  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  protected readonly languages = computed(() => languagesText(this.translate, this.sponsorship().languages, this.language.current()));
  protected readonly availability = computed(() => {
    this.language.current();
    return availabilityText(this.translate, this.sponsorship().availability);
  });
  protected readonly children = computed(() => {
    this.language.current();
    return childrenText(this.translate, this.sponsorship().childrenAges);
  });
  protected readonly subjects = computed(() => {
    this.language.current();
    return (this.sponsorship().pupil?.subjects ?? []).map((s) => this.translate.instant(`sponsorships.subjects.${s}`) as string).join(', ');
  });
}
