import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChildren } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { WORK_KINDS, type CoordinatorToday, type WorkItem, type WorkQueue } from '@miteinander/contracts';
import { EMPTY, Subject, catchError, finalize, map, startWith, switchMap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { DashboardApi } from './dashboard-api';
import { relativeSince } from './relative-since';

/** A queue with its links parsed for the router. */
type LinkedQueue = Omit<WorkQueue, 'items'> & { url: UrlTree; items: (WorkItem & { url: UrlTree })[] };

/**
 * What waits for the coordinator today: one card per work queue in the fixed order of WORK_KINDS, each with its count,
 * the (at most five) most urgent items as links and a link to the full list. The cards are plain cards with an h2, not
 * landmarks: eight regions would drown the page's real landmarks.
 */
@Component({
  selector: 'app-work-queues',
  imports: [MatButton, MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardTitle, MatIcon, MatProgressBar, RouterLink, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress-slot">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'dashboard.loading' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    @if (error()) {
      <p>
        <button mat-stroked-button type="button" (click)="retry()">
          <mat-icon aria-hidden="true">refresh</mat-icon>
          {{ 'dashboard.retry' | translate }}
        </button>
      </p>
    }
    @if (queues(); as queues) {
      <div class="queues">
        @for (queue of queues; track queue.kind) {
          <mat-card appearance="outlined" class="queue">
            <mat-card-header>
              <mat-card-title>
                <h2 #queueHeading class="queue-heading" tabindex="-1">
                  {{ 'dashboard.queues.' + queue.kind | translate }} <span class="count" [class.is-zero]="!queue.count">{{ queue.count }}</span>
                </h2>
              </mat-card-title>
            </mat-card-header>
            <mat-card-content>
              @if (queue.count === 0) {
                <p class="clear">
                  <mat-icon aria-hidden="true">check_circle</mat-icon>
                  <span>{{ 'dashboard.allClear.' + queue.kind | translate }}</span>
                </p>
              } @else {
                <ul class="items">
                  @for (item of queue.items; track item.id) {
                    <li>
                      <a class="item-link" [routerLink]="item.url">{{ item.title }}</a>
                      @if (item.detail) {
                        <div class="muted">{{ item.detail }}</div>
                      }
                      @if (since(item.since); as when) {
                        <div class="muted small"><time [attr.datetime]="item.since">{{ when }}</time></div>
                      }
                    </li>
                  }
                </ul>
              }
            </mat-card-content>
            <mat-card-actions>
              <!-- The queue's name, for screen readers only, tells the eight "Alle anzeigen" links apart. -->
              <a mat-button [routerLink]="queue.url">
                {{ (queue.count ? 'dashboard.showAll' : 'dashboard.openList') | translate: { count: queue.count } }}<span
                  class="visually-hidden">: {{ 'dashboard.queues.' + queue.kind | translate }}</span>
              </a>
            </mat-card-actions>
          </mat-card>
        }
      </div>
    }
  `,
  styles: `
    .queues {
      display: grid;
      /* min() keeps one column on narrow phones without overflowing them. */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: 1rem;
    }
    .queues mat-card + mat-card {
      margin-block-start: 0;
    }
    .queue {
      display: flex;
      flex-direction: column;
    }
    .queue mat-card-content {
      flex: 1 1 auto;
    }
    /* The count follows the name's last word like text, so a long name wraps between words (RTL alike). */
    .queue-heading {
      margin: 0 0 0.5rem;
      overflow-wrap: break-word;
    }
    .queue-heading:focus {
      outline: none;
    }
    .count {
      display: inline-block;
      min-inline-size: 2rem;
      margin-inline-start: 0.25rem;
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-large);
      text-align: center;
      vertical-align: 0.125em;
    }
    .count.is-zero {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .clear {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0;
    }
    .clear mat-icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .items {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .items li + li {
      margin-block-start: 0.75rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .item-link {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class WorkQueues {
  private readonly api = inject(DashboardApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageStore);

  private readonly today = signal<CoordinatorToday | null>(null);
  /** When the answer came: the reference for "vor 2 Stunden". */
  private readonly loadedAt = signal(new Date());
  /** true when the person asked to load again. */
  private readonly loads = new Subject<boolean>();
  private readonly headings = viewChildren<ElementRef<HTMLElement>>('queueHeading');

  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  /** In the order of WORK_KINDS whatever order the server sends; a kind this app does not know yet is left out. */
  private readonly router = inject(Router);
  /**
   * Links come as paths that may carry a query ("/sponsorships?view=running&overdue=true"): parsed into URL trees,
   * since a plain string in routerLink would be taken as one path segment and its "?" escaped.
   */
  protected readonly queues = computed<LinkedQueue[] | null>(() => {
    const queues = this.today()?.queues;
    if (!queues) return null;
    const tree = (link: string): UrlTree => this.router.parseUrl(link);
    return WORK_KINDS.flatMap((kind) => queues.filter((q) => q.kind === kind)).map((q) => ({
      ...q,
      url: tree(q.link),
      items: q.items.map((item) => ({ ...item, url: tree(item.link) })),
    }));
  });

  constructor() {
    this.loads
      .pipe(
        startWith(false),
        switchMap((retried) => {
          this.loading.set(true);
          return this.api.today().pipe(
            map((today) => ({ today, retried })),
            // Caught here, so the next retry still reaches the server.
            catchError((e: unknown) => {
              this.error.set(toApiProblem(e, this.translate).message);
              return EMPTY;
            }),
            finalize(() => this.loading.set(false)),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ today, retried }) => {
        this.loadedAt.set(new Date());
        this.today.set(today);
        this.error.set(null);
        // The retry button disappears with the error: keep the keyboard user's place at the first card.
        if (retried) afterNextRender(() => this.headings()[0]?.nativeElement.focus(), { injector: this.injector });
      });
  }

  protected retry(): void {
    this.loads.next(true);
  }

  protected since(value: string | null): string {
    const today = this.today()?.today;
    return today ? relativeSince(value, today, this.loadedAt(), this.language.current()) : '';
  }
}
