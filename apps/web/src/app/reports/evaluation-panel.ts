import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EvaluationExportView, EvaluationRequest } from '@miteinander/contracts';
import { EMPTY, Subject, catchError, concat, of, repeat, retry, switchMap, takeWhile, tap, throwError, timer, type Observable } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { API } from '../core/api/api-url';
import { LanguageStore } from '../core/i18n/language-store';
import { LocalDatePipe } from '../core/i18n/local-date.pipe';
import { MunicipalitiesApi } from '../shared/municipalities-api';
import type { ReportFilter } from './reports-api';
import { ReportsApi } from './reports-api';

const POLL_MS = 700;
/** The running or last export of this tab, so a reload keeps showing its progress or its files. */
const STORAGE_KEY = 'miteinander.evaluationExport';
/** Export ids are uuids; anything else read back from storage is dropped (it would go into a URL path). */
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request that went wrong: the server's message (already in the UI language) and its field messages. */
interface Problem {
  message: string;
  details: string[];
  /** Network trouble or a server error: trying again may help; a 4xx will not change by itself. */
  canRetry: boolean;
}

type FileKind = 'pdf' | 'xlsx';

const requestOf = (filter: ReportFilter): EvaluationRequest =>
  filter.municipalityId === null ? { from: filter.from, to: filter.to } : { from: filter.from, to: filter.to, municipalityId: filter.municipalityId };

const coversFilter = (view: EvaluationExportView, filter: ReportFilter): boolean =>
  view.period.from === filter.from && view.period.to === filter.to && (view.municipalityId ?? null) === filter.municipalityId;

// Polling rides out short outages (a redeploy, a flaky phone connection); other errors end it.
const isTransient = (error: unknown): boolean => error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 502);

/** The server may answer with paths below the API (`/reports/…`) or full paths (`/api/v1/reports/…`); links need the latter. */
export function fileHref(url: string | null, id: string, kind: FileKind): string {
  if (!url) return `${API}/reports/evaluations/${encodeURIComponent(id)}/${kind}`;
  if (/^https?:\/\//i.test(url) || url.startsWith('/api/')) return url;
  return url.startsWith('/') ? `${API}${url}` : `${API}/${url}`;
}

/** A calendar day (yyyy-mm-dd) as the UI language writes it: 01.01.2025 in German, Jan 1, 2025 in English. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const options: Intl.DateTimeFormatOptions =
    locale === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * The evaluation report (PDF for the county council + XLSX with its tables) for the filter chosen above: starts it,
 * polls its progress, then offers both files. The export id is kept in sessionStorage so a reload picks it up again.
 */
@Component({
  selector: 'mit-evaluation-panel',
  imports: [MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    @let v = view();
    <mat-card appearance="outlined" role="region" aria-labelledby="evaluation-heading">
      <mat-card-content>
        <h2 id="evaluation-heading">{{ 'reportsEvaluation.heading' | translate }}</h2>
        <p>
          {{ 'reportsEvaluation.intro' | translate }}
          <strong class="scope">{{ scopeText(filter().from, filter().to, filter().municipalityId, lang) }}</strong>
        </p>

        <div class="actions">
          <!-- disabledInteractive: a keyboard user who pressed it keeps focus on it while it runs. -->
          <button mat-flat-button type="button" [disabled]="running()" disabledInteractive (click)="start()">
            <mat-icon aria-hidden="true">summarize</mat-icon>
            {{ 'reportsEvaluation.start' | translate }}
          </button>
        </div>

        @if (running()) {
          <div class="progress">
            <mat-progress-bar
              [mode]="starting() ? 'indeterminate' : 'determinate'"
              [value]="progress()"
              [attr.aria-label]="'reportsEvaluation.progressLabel' | translate"
            />
            @if (!starting()) {
              <span class="percent muted" aria-hidden="true">{{ 'reportsEvaluation.percent' | translate: { value: progress() } }}</span>
            }
          </div>
        }
        <!-- Always in the page, so screen readers announce each step and the end. -->
        <p class="status" aria-live="polite">
          @if (starting()) {
            {{ 'reportsEvaluation.starting' | translate }}
          } @else if (running() && v) {
            {{ v.step }}
          } @else if (done()) {
            {{ 'reportsEvaluation.done' | translate }}
          }
        </p>

        <div class="alert" role="alert" [class.is-visible]="failed() || !!problem()">
          @if (failed()) {
            <p class="alert-text"><mat-icon aria-hidden="true">error</mat-icon><span>{{ 'reportsEvaluation.failed' | translate }}</span></p>
          } @else if (problem(); as p) {
            <p class="alert-text"><mat-icon aria-hidden="true">error</mat-icon><span>{{ p.message }}</span></p>
            @if (p.details.length) {
              <ul class="details">
                @for (detail of p.details; track $index) {
                  <li>{{ detail }}</li>
                }
              </ul>
            }
          }
        </div>
        @if (failed() || problem()?.canRetry) {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="tryAgain()">
              <mat-icon aria-hidden="true">refresh</mat-icon>
              {{ 'reportsEvaluation.retry' | translate }}
            </button>
          </div>
        }

        @if (done(); as d) {
          <section class="files" aria-labelledby="evaluation-files">
            <p id="evaluation-files" class="files-for">
              {{ 'reportsEvaluation.filesFor' | translate: { scope: scopeText(d.period.from, d.period.to, d.municipalityId, lang) } }}
              @if (d.finishedAt) {
                <span class="muted">{{ 'reportsEvaluation.finishedAt' | translate: { date: (d.finishedAt | localDate: lang) } }}</span>
              }
            </p>
            @if (stale()) {
              <p class="stale"><mat-icon aria-hidden="true">info</mat-icon><span>{{ 'reportsEvaluation.filterChanged' | translate }}</span></p>
            }
            <div class="links">
              <a #pdfLink mat-stroked-button class="file" [href]="href(d, 'pdf')" download>
                <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
                <span class="file-text">
                  <span>{{ 'reportsEvaluation.downloadPdf' | translate }}</span>
                  <span class="hint">{{ 'reportsEvaluation.pdfHint' | translate }}</span>
                </span>
              </a>
              <a mat-stroked-button class="file" [href]="href(d, 'xlsx')" download>
                <mat-icon aria-hidden="true">table_view</mat-icon>
                <span class="file-text">
                  <span>{{ 'reportsEvaluation.downloadXlsx' | translate }}</span>
                  <span class="hint">{{ 'reportsEvaluation.xlsxHint' | translate }}</span>
                </span>
              </a>
            </div>
          </section>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    .scope {
      display: block;
      margin-block-start: 0.25rem;
    }
    .actions,
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .progress {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-block-start: 1rem;
    }
    .progress mat-progress-bar {
      flex: 1 1 auto;
    }
    .percent {
      min-inline-size: 3.5rem;
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .status {
      margin-block: 0.5rem;
    }
    .alert-text,
    .stale {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin-block: 0.5rem;
    }
    .alert.is-visible {
      padding-block: 0.5rem;
      padding-inline: 1rem;
      margin-block: 0.5rem;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .details {
      margin-block: 0 0.5rem;
      padding-inline-start: 2.5rem;
    }
    .files {
      margin-block-start: 1rem;
    }
    .stale {
      padding-block: 0.5rem;
      padding-inline: 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .file {
      block-size: auto;
      white-space: normal;
      min-block-size: 3rem;
      padding-block: 0.5rem;
    }
    .file-text {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      text-align: start;
    }
    .hint {
      font-size: 0.8rem;
      font-weight: 400;
    }
    @media (max-width: 600px) {
      .actions > button,
      .file {
        inline-size: 100%;
      }
    }
  `,
})
export class EvaluationPanel {
  readonly filter = input.required<ReportFilter>();

  private readonly api = inject(ReportsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageStore);
  private readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  // The link carries MatButton, so read its element, not the component.
  private readonly pdfLink = viewChild<string, ElementRef<HTMLAnchorElement>>('pdfLink', { read: ElementRef });

  protected readonly view = signal<EvaluationExportView | null>(null);
  /** The POST is on its way: no export id yet. */
  protected readonly starting = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  /** While polling; a failed poll stops it (the view then still says 'running', but nothing is watching it). */
  protected readonly running = computed(() => this.starting() || (this.view()?.status === 'running' && !this.problem()));
  protected readonly done = computed(() => (this.view()?.status === 'done' ? this.view() : null));
  protected readonly failed = computed(() => this.view()?.status === 'failed');
  protected readonly progress = computed(() => Math.min(100, Math.max(0, Math.round(this.view()?.progress ?? 0))));
  /** The finished files are for another period or municipality than the one chosen now. */
  protected readonly stale = computed(() => {
    const done = this.done();
    return done !== null && !coversFilter(done, this.filter());
  });

  /** Each new run replaces the one before (switchMap cancels its polling). */
  private readonly runs = new Subject<Observable<EvaluationExportView>>();
  /** What "Erneut versuchen" does: start the same request again, or pick up polling the same export. */
  private again: (() => void) | null = null;

  constructor() {
    this.runs.pipe(switchMap((run) => run), takeUntilDestroyed()).subscribe();
    // A 400 for the period chosen before says nothing about the new one.
    effect(() => {
      this.filter();
      untracked(() => {
        if (this.problem() && !this.problem()?.canRetry) this.problem.set(null);
      });
    });
    const saved = this.savedId();
    if (saved) this.follow(saved, 'restore');
  }

  protected start(): void {
    if (this.running()) return;
    this.startFor(requestOf(this.filter()));
  }

  protected tryAgain(): void {
    const failed = this.view();
    if (failed?.status === 'failed') this.startFor({ from: failed.period.from, to: failed.period.to, municipalityId: failed.municipalityId ?? undefined });
    else this.again?.();
  }

  protected href(view: EvaluationExportView, kind: FileKind): string {
    return fileHref(kind === 'pdf' ? view.pdfUrl : view.xlsxUrl, view.id, kind);
  }

  /** "Zeitraum 01.01.2025–31.12.2026, alle Gemeinden"; `lang` is passed so it is redrawn when the language changes. */
  protected scopeText(from: string, to: string, municipalityId: number | null, lang: string): string {
    let municipality: string;
    if (municipalityId === null) municipality = this.translate.instant('reportsEvaluation.allMunicipalities') as string;
    else {
      const name = this.municipalities().find((m) => m.id === municipalityId)?.name;
      municipality = name ?? (this.translate.instant('reportsEvaluation.unknownMunicipality', { id: municipalityId }) as string);
    }
    return this.translate.instant('reportsEvaluation.scope', { from: formatDay(from, lang), to: formatDay(to, lang), municipality }) as string;
  }

  private startFor(request: EvaluationRequest): void {
    this.forget();
    this.view.set(null);
    this.starting.set(true);
    this.again = () => this.startFor(request);
    this.track(this.api.startEvaluation(request), 'start');
  }

  private follow(id: string, mode: 'resume' | 'restore'): void {
    this.again = () => this.follow(id, 'resume');
    this.track(this.api.evaluation(id), mode);
  }

  /** `start`: a new export (POST); `resume`: poll a known one again; `restore`: the id kept from before a reload. */
  private track(first: Observable<EvaluationExportView>, mode: 'start' | 'resume' | 'restore'): void {
    this.problem.set(null);
    const run = first.pipe(
      switchMap((view) => (view.status === 'running' ? concat(of(view), this.poll(view.id)) : of(view))),
      tap((view) => this.show(view)),
      catchError((error: unknown) => {
        this.fail(error, mode);
        return EMPTY;
      }),
    );
    this.runs.next(run);
  }

  /** Asks again 700 ms after each answer (never two requests at once) until the export is no longer running. */
  private poll(id: string): Observable<EvaluationExportView> {
    return timer(POLL_MS).pipe(
      switchMap(() =>
        this.api.evaluation(id).pipe(retry({ count: 3, delay: (error: unknown) => (isTransient(error) ? timer(POLL_MS * 2) : throwError(() => error)) })),
      ),
      repeat(),
      takeWhile((view) => view.status === 'running', true),
    );
  }

  private show(view: EvaluationExportView): void {
    const watched = this.starting() || (this.view()?.id === view.id && this.view()?.status === 'running');
    const justFinished = watched && view.status === 'done';
    this.starting.set(false);
    this.view.set(view);
    this.remember(view.id);
    // From now on a failed poll is picked up where it stopped, not by starting another export.
    this.again = view.status === 'running' ? () => this.follow(view.id, 'resume') : null;
    // Only when the user watched it finish; a reload that finds it done leaves focus where it is.
    if (justFinished) afterNextRender(() => this.pdfLink()?.nativeElement.focus(), { injector: this.injector });
  }

  private fail(error: unknown, mode: 'start' | 'resume' | 'restore'): void {
    const hadView = this.view() !== null;
    const exportKnown = mode !== 'start' || hadView;
    this.starting.set(false);
    const problem = toApiProblem(error, this.translate);
    // A 404/403 while asking about an export: it is gone (or not this user's). On the POST it means something else.
    const gone = exportKnown && (problem.status === 404 || problem.status === 403);
    if (gone) {
      this.forget();
      this.view.set(null);
      this.again = null;
      // An id from an earlier visit that the server no longer knows (or this user may not see): start afresh quietly.
      if (mode === 'restore' && !hadView) return;
    }
    this.problem.set({
      message: gone && problem.status === 404 ? (this.translate.instant('reportsEvaluation.gone') as string) : problem.message,
      details: problem.status === 400 ? problem.fieldErrors.map((e) => e.message) : [],
      canRetry: !gone && (problem.status === 0 || problem.status >= 500),
    });
  }

  private savedId(): string | null {
    const value = this.storage()?.getItem(STORAGE_KEY) ?? null;
    if (value !== null && !EXPORT_ID.test(value)) {
      this.forget();
      return null;
    }
    return value;
  }

  private remember(id: string): void {
    if (EXPORT_ID.test(id)) this.storage()?.setItem(STORAGE_KEY, id);
  }

  private forget(): void {
    this.storage()?.removeItem(STORAGE_KEY);
  }

  // Storage can be unavailable (privacy modes); the export then lasts for this page view only.
  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  }
}
