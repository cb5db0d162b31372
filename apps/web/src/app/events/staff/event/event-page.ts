import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EventView } from '@miteinander/contracts';
import { Subject, catchError, map, merge, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { EventsApi } from '../../shared/events-api';
import { EventStatusChip } from '../shared/event-status-chip';
import { EventWhenPipe } from '../shared/event-when';
import { SeatsChart } from '../shared/seats-chart';
import { AfterwardsTab } from './afterwards-tab';
import { AwardsTab } from './awards-tab';
import { DetailsTab } from './details-tab';
import { InvitationsTab } from './invitations-tab';

/** /events/:id: one event with its counts, and tabs for the details, the invitation list, the awards and afterwards. */
@Component({
  selector: 'app-event-page',
  imports: [
    RouterLink,
    MatIcon,
    MatProgressBar,
    MatTab,
    MatTabContent,
    MatTabGroup,
    TranslatePipe,
    FormAlert,
    EventStatusChip,
    EventWhenPipe,
    SeatsChart,
    DetailsTab,
    InvitationsTab,
    AwardsTab,
    AfterwardsTab,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-wide">
      <a class="back" routerLink="/events">
        <mat-icon aria-hidden="true" class="flip-rtl">arrow_back</mat-icon>
        {{ 'eventsStaff.event.back' | translate }}
      </a>
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <app-form-alert [message]="loadError()" />
      @if (notFound()) {
        <h1>{{ 'eventsStaff.titles.event' | translate }}</h1>
        <p>{{ 'eventsStaff.event.notFound' | translate }}</p>
      }

      @if (event(); as e) {
        @let lang = language.current();
        <header class="head">
          <h1>{{ e.title }}</h1>
          <div class="summary">
            <app-event-status-chip [value]="e.status" />
            <span>{{ 'eventsShared.kind.' + e.kind | translate }}</span>
            <span class="muted">{{ e.startsAt | eventWhen: lang }} · {{ e.venueName }}</span>
          </div>
        </header>
        <app-form-alert kind="success" [message]="notice()" />

        <section class="counts" aria-labelledby="counts-heading">
          <h2 id="counts-heading">{{ 'eventsStaff.event.countsHeading' | translate }}</h2>
          <dl class="figures">
            @for (f of figures; track f) {
              <div>
                <dt>{{ 'eventsStaff.event.figure.' + f | translate }}</dt>
                <dd>{{ e.counts[f] }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'eventsStaff.event.figure.seats' | translate }}</dt>
              <dd>{{ e.counts.seatsTaken }} / {{ e.capacity }}</dd>
            </div>
          </dl>
          <app-event-seats-chart [counts]="e.counts" [capacity]="e.capacity" />
        </section>

        <mat-tab-group class="tabs" mat-stretch-tabs="false" [attr.aria-label]="'eventsStaff.event.tabs' | translate">
          <mat-tab [label]="'eventsStaff.event.tabDetails' | translate">
            <ng-template matTabContent>
              <app-event-details-tab [event]="e" (changed)="replace($event)" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'eventsStaff.event.tabInvitations' | translate">
            <ng-template matTabContent>
              <app-event-invitations-tab [event]="e" (changed)="reload()" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'eventsStaff.event.tabAwards' | translate">
            <ng-template matTabContent>
              <app-event-awards-tab [event]="e" />
            </ng-template>
          </mat-tab>
          <mat-tab [label]="'eventsStaff.event.tabAfterwards' | translate">
            <ng-template matTabContent>
              <app-event-afterwards-tab [event]="e" />
            </ng-template>
          </mat-tab>
        </mat-tab-group>
      }
    </div>
  `,
  styles: `
    .back {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      margin-block-end: 0.5rem;
    }
    :host-context([dir='rtl']) .flip-rtl {
      transform: scaleX(-1);
    }
    .head {
      margin-block-end: 1rem;
    }
    .head h1 {
      margin-block-end: 0.5rem;
      overflow-wrap: anywhere;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .counts h2 {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 2rem;
      margin-block: 0 1rem;
    }
    .figures dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .figures dd {
      margin: 0;
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    .tabs {
      margin-block-start: 1.5rem;
    }
  `,
})
export class EventPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly figures = ['listed', 'invited', 'accepted', 'waitlisted', 'declined', 'noAnswer', 'checkedIn'] as const;
  protected readonly event = signal<EventView | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>((inject(Router).currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);

  private readonly reloads = new Subject<void>();

  constructor() {
    merge(toObservable(this.id), this.reloads.pipe(map(() => this.id())))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((id) =>
          this.api.get(id).pipe(
            map((event) => ({ event, error: null as unknown })),
            catchError((error: unknown) => of({ event: null, error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ event, error }) => {
        this.loading.set(false);
        this.loadError.set(null);
        if (event) this.event.set(event);
        if (error) {
          const problem = toApiProblem(error, this.translate);
          this.notFound.set(problem.status === 404);
          this.loadError.set(problem.status === 404 ? null : problem.message);
        }
      });
  }

  /** The counts change with the list: load the event again. */
  protected reload(): void {
    this.reloads.next();
  }

  protected replace(event: EventView): void {
    this.event.set(event);
  }
}
