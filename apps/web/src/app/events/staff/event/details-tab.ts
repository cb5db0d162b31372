import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EventView } from '@miteinander/contracts';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { ReasonDialog, type ReasonDialogData } from '../../../cards/staff/shared/reason-dialog';
import { DayPipe } from '../../../hours/shared/day.pipe';
import { EventsApi } from '../../shared/events-api';
import { EventWhenPipe } from '../shared/event-when';

/** The "Details" tab: everything the invitation says, a link to change it, and calling the event off. */
@Component({
  selector: 'app-event-details-tab',
  imports: [RouterLink, MatAnchor, MatButton, MatIcon, TranslatePipe, FormAlert, DayPipe, EventWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    @let lang = language.current();
    <h2>{{ 'eventsStaff.details.heading' | translate }}</h2>
    <app-form-alert kind="success" [message]="notice()" />
    @if (e.status === 'cancelled') {
      <p class="warning">
        <mat-icon aria-hidden="true">event_busy</mat-icon>
        <span>{{ 'eventsStaff.details.cancelledNote' | translate }}</span>
      </p>
    }
    <dl class="facts">
      <dt>{{ 'eventsStaff.form.kind' | translate }}</dt>
      <dd>{{ 'eventsShared.kind.' + e.kind | translate }}</dd>
      <dt>{{ 'eventsStaff.details.when' | translate }}</dt>
      <dd>
        {{ e.startsAt | eventWhen: lang }}
        @if (e.endsAt) {
          – {{ e.endsAt | eventWhen: lang : 'time' }}
        }
      </dd>
      <dt>{{ 'eventsStaff.form.venueName' | translate }}</dt>
      <dd>{{ e.venueName }}</dd>
      <dt>{{ 'eventsStaff.form.venueAddress' | translate }}</dt>
      <dd>{{ e.venueAddress }}</dd>
      <dt>{{ 'eventsStaff.form.accessibility' | translate }}</dt>
      <dd>{{ e.accessibility || '–' }}</dd>
      <dt>{{ 'eventsStaff.form.capacity' | translate }}</dt>
      <dd>{{ e.capacity }}</dd>
      <dt>{{ 'eventsStaff.form.rsvpDeadline' | translate }}</dt>
      <dd>
        {{ e.rsvpDeadline | day: lang : 'long' }}
        @if (e.rsvpClosed) {
          <span class="muted">({{ 'eventsStaff.details.rsvpClosed' | translate }})</span>
        }
      </dd>
      <dt>{{ 'eventsStaff.form.plusOnesAllowed' | translate }}</dt>
      <dd>{{ (e.plusOnesAllowed ? 'common.yes' : 'common.no') | translate }}</dd>
      <dt>{{ 'eventsStaff.form.descriptionDe' | translate }}</dt>
      <dd lang="de">{{ e.descriptionDe || '–' }}</dd>
      <dt>{{ 'eventsStaff.form.descriptionEn' | translate }}</dt>
      <dd lang="en">{{ e.descriptionEn || '–' }}</dd>
    </dl>
    @if (e.status !== 'cancelled' && !e.past) {
      <div class="actions">
        <a mat-stroked-button [routerLink]="['/events', e.id, 'edit']">
          <mat-icon aria-hidden="true">edit</mat-icon>
          {{ 'eventsStaff.details.edit' | translate }}
        </a>
        <button mat-button type="button" class="danger" (click)="cancel(e)">
          <mat-icon aria-hidden="true">event_busy</mat-icon>
          {{ 'eventsStaff.details.cancel' | translate }}
        </button>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      padding-block: 1rem;
    }
    h2 {
      margin-block-start: 0;
    }
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
      white-space: pre-wrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 1rem;
    }
    .danger {
      color: var(--mat-sys-error);
    }
    .warning {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class DetailsTab {
  readonly event = input.required<EventView>();
  /** The event after it was called off. */
  readonly changed = output<EventView>();

  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  protected readonly notice = signal<string | null>(null);

  protected cancel(e: EventView): void {
    const t = (key: string, params: Record<string, unknown> = {}) => this.translate.instant(key, params) as string;
    const data: ReasonDialogData<EventView> = {
      title: t('eventsStaff.details.cancelTitle', { title: e.title }),
      intro: t('eventsStaff.details.cancelIntro'),
      label: t('eventsStaff.details.cancelReason'),
      submit: t('eventsStaff.details.cancelSubmit'),
      required: true,
      send: (reason) => this.api.cancel(e.id, reason ?? ''),
    };
    this.dialog
      .open<ReasonDialog<EventView>, ReasonDialogData<EventView>, EventView>(ReasonDialog, { data, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.notice.set(t('eventsStaff.details.cancelled'));
        this.changed.emit(result);
      });
  }
}
