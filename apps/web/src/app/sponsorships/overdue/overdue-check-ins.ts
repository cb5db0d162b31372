import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OverdueCheckInItem } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { DayPipe } from '../../hours/shared/day.pipe';
import { pluralKey } from '../shared/days';
import { SponsorshipsApi } from '../sponsorships-api';

/** The coordinator's start page: talks that are overdue, their own first (marked "meine"), each a link to the sponsorship. */
@Component({
  selector: 'app-overdue-check-ins',
  imports: [MatProgressBar, RouterLink, TranslatePipe, FormAlert, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    @if (items(); as items) {
      @if (items.length) {
        <ul class="overdue">
          @for (item of items; track item.sponsorshipId) {
            <li>
              <a class="name" [routerLink]="['/sponsorships', item.sponsorshipId]">{{ item.name }}</a>
              @if (item.mine) {
                <span class="mine">{{ 'sponsorships.overdue.mine' | translate }}</span>
              }
              <div class="muted">
                {{ 'sponsorships.kinds.' + item.kind | translate }} ·
                {{ item.volunteer?.name ?? ('sponsorships.list.noVolunteer' | translate) }}
              </div>
              <div>
                {{ 'sponsorships.overdue.due' | translate: { date: (item.dueDate | day: language.current()) } }} –
                <strong>{{ overdueKey(item) | translate: { count: item.daysOverdue } }}</strong>
              </div>
              @if (!item.mine && item.coordinator) {
                <div class="muted small">{{ 'sponsorships.overdue.responsible' | translate: { name: item.coordinator.name } }}</div>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'sponsorships.overdue.none' | translate }}</p>
      }
    }
  `,
  styles: `
    .overdue {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li + li {
      margin-block-start: 0.75rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .mine {
      margin-inline-start: 0.5rem;
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class OverdueCheckIns {
  private readonly api = inject(SponsorshipsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  private readonly all = signal<OverdueCheckInItem[] | null>(null);
  /** The server sends the longest overdue first; the coordinator's own come before the others'. */
  protected readonly items = computed(() => {
    const all = this.all();
    return all && [...all.filter((i) => i.mine), ...all.filter((i) => !i.mine)];
  });
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.api
      .overdueCheckIns()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (items) => this.all.set(items),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected overdueKey(item: OverdueCheckInItem): string {
    return item.daysOverdue > 0 ? pluralKey('sponsorships.checkIns.overdueSince', item.daysOverdue) : 'sponsorships.checkIns.overdue';
  }
}
