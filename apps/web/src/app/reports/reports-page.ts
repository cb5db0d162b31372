import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { REPORT_NAMES, type ReportName, type ReportTable } from '@miteinander/contracts';
import { catchError, of } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FormAlert } from '../core/forms/form-alert';
import { LanguageStore } from '../core/i18n/language-store';
import { MunicipalitiesApi } from '../shared/municipalities-api';
import type { ChartSettings } from './chart-config';
import { EvaluationPanel } from './evaluation-panel';
import type { UnitWords } from './figure-format';
import { calendarDay, notBeforeFrom, periodErrorKey } from './period-fields';
import { PERIOD_PRESETS, filterFromParams, presetOf, presetPeriod, reportFromParams, toParams, todayInBerlin, type PeriodPreset } from './report-filter';
import { ReportSection } from './report-section';
import { ReportsApi, type ReportFilter } from './reports-api';
import { rowHeaderOf } from './table-lines';

/** Typing a date changes it digit by digit; the period is applied once the typing pauses (or on leaving the field). */
const TYPING_PAUSE_MS = 700;
const ALL = 'all';

/**
 * /reports: the figures for a period and municipality as charts with the same data as tables, one tab per report,
 * and the evaluation report for the county council. Filters and tab live in the address bar, so links can be shared.
 */
@Component({
  selector: 'mit-reports-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatTab,
    MatTabContent,
    MatTabGroup,
    TranslatePipe,
    FormAlert,
    EvaluationPanel,
    ReportSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-wide">
      <h1>{{ 'reports.title' | translate }}</h1>
      <p class="muted intro">{{ 'reports.intro' | translate }}</p>

      <form class="filters" role="search" [attr.aria-label]="'reports.filters.label' | translate" [formGroup]="period" (ngSubmit)="applyPeriod()">
        <mat-form-field>
          <mat-label>{{ 'reports.filters.period' | translate }}</mat-label>
          <mat-select [value]="preset()" (selectionChange)="choosePreset($event.value)">
            @for (p of presets; track p) {
              <mat-option [value]="p">{{ 'reports.presets.' + p | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (preset() === 'custom') {
          <mat-form-field>
            <mat-label>{{ 'reports.filters.from' | translate }}</mat-label>
            <input matInput type="date" formControlName="from" required (change)="periodTyped()" (blur)="applyPeriod()" (keydown.enter)="applyPeriod()" />
            <mat-error>{{ errorKey('from') | translate }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'reports.filters.to' | translate }}</mat-label>
            <input matInput type="date" formControlName="to" required (change)="periodTyped()" (blur)="applyPeriod()" (keydown.enter)="applyPeriod()" />
            <mat-error>{{ errorKey('to') | translate }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'reports.filters.municipality' | translate }}</mat-label>
          <mat-select [value]="municipalityValue()" (selectionChange)="chooseMunicipality($event.value)">
            <mat-option [value]="all">{{ 'reports.filters.allMunicipalities' | translate }}</mat-option>
            @for (m of municipalities(); track m.id) {
              <mat-option [value]="m.id">{{ m.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>

      <mit-evaluation-panel [filter]="filter()" />

      <mat-tab-group
        class="tabs"
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [aria-label]="'reports.tabsLabel' | translate"
        [selectedIndex]="reportIndex()"
        (selectedIndexChange)="chooseReport($event)"
      >
        @for (name of names; track name) {
          <mat-tab [label]="tabLabel(name)">
            <ng-template matTabContent>
              <ng-container [ngTemplateOutlet]="body" />
            </ng-template>
          </mat-tab>
        }
      </mat-tab-group>
    </div>

    <ng-template #body>
      <div class="panel">
        <div class="progress-slot">
          @if (report.isLoading()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'reports.loading' | translate" />
          }
        </div>
        @if (problem(); as message) {
          <app-form-alert [message]="message" />
          <button mat-stroked-button type="button" (click)="report.reload()">
            <mat-icon aria-hidden="true">refresh</mat-icon>
            {{ 'reports.retry' | translate }}
          </button>
        }
        @if (shown(); as r) {
          <h2>{{ r.title }}</h2>
          @if (r.municipalityNote) {
            <p class="note" role="note">
              <mat-icon aria-hidden="true">info</mat-icon>
              <span>{{ r.municipalityNote }}</span>
            </p>
          }
          @for (table of r.tables; track table.key) {
            <app-report-section [table]="table" [period]="r.period" [settings]="settings()" [rowHeader]="rowHeader(table)" />
          } @empty {
            <p class="muted">{{ 'reports.noTables' | translate }}</p>
          }
        }
      </div>
    </ng-template>
  `,
  styles: `
    .intro {
      margin-block: 0 1rem;
    }
    .tabs {
      margin-block-start: 1.5rem;
    }
    .panel {
      padding-block: 0.5rem 1rem;
    }
    .panel > h2 {
      margin-block: 0.75rem;
    }
    .note {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin-block: 0 1rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly presets = PERIOD_PRESETS;
  protected readonly names = REPORT_NAMES;
  protected readonly all = ALL;
  private readonly today = todayInBerlin();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The filter as the address bar has it (malformed dates give the default period). */
  readonly filter = computed<ReportFilter>(() => filterFromParams(this.params(), this.today), {
    equal: (a, b) => a.from === b.from && a.to === b.to && a.municipalityId === b.municipalityId,
  });
  protected readonly reportName = computed(() => reportFromParams(this.params()));
  protected readonly reportIndex = computed(() => this.names.indexOf(this.reportName()));

  /** The preset picked last: "Eigener Zeitraum" stays while its dates are edited, even when they match a preset. */
  private readonly chosenPreset = signal<PeriodPreset | undefined>(undefined);
  protected readonly preset = computed<PeriodPreset>(() => presetOf(this.filter(), this.today, this.chosenPreset()));
  protected readonly period = inject(NonNullableFormBuilder).group({
    from: ['', [Validators.required, calendarDay]],
    to: ['', [Validators.required, calendarDay, notBeforeFrom]],
  });
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly municipalities = toSignal(inject(MunicipalitiesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly municipalityNames = computed(() => new Set(this.municipalities().map((m) => m.name)));
  protected readonly municipalityValue = computed(() => this.filter().municipalityId ?? ALL);

  protected readonly report = rxResource({
    params: () => ({ name: this.reportName(), filter: this.filter(), lang: this.language.current() }),
    stream: ({ params }) => this.api.report(params.name, params.filter),
  });
  /** Only the report of the selected tab, never the previous one while the next loads. */
  protected readonly shown = computed(() => {
    const report = this.report.hasValue() ? this.report.value() : null;
    return report && report.name === this.reportName() ? report : null;
  });
  /** The server's words: for a 400 each wrong field's message (they name the field), else the general one. */
  protected readonly problem = computed(() => {
    const error = this.report.error();
    if (!error) return null;
    const problem = toApiProblem(error, this.translate);
    return problem.fieldErrors.length ? problem.fieldErrors.map((e) => e.message).join(' ') : problem.message;
  });
  /** Titles of the reports loaded so far, per language: the tab shows the report's own title once known. */
  private readonly titles = signal<Record<string, string>>({});

  /** Read again when the language changes (the texts are loaded by then). */
  protected readonly settings = computed<ChartSettings>(() => ({
    locale: this.language.current(),
    rtl: this.language.direction() === 'rtl',
    words: this.translate.instant('reports.units') as UnitWords,
  }));

  constructor() {
    effect(() => {
      const report = this.shown();
      if (report) this.titles.update((titles) => ({ ...titles, [`${this.language.current()}:${report.name}`]: report.title }));
    });
    // The date fields show the period in the address bar (back and forward included) — except while the user is
    // typing one not yet applied: a navigation landing late must not overwrite the field being typed in.
    effect(() => {
      const { from, to } = this.filter();
      if (!this.period.dirty) this.period.setValue({ from, to }, { emitEvent: false });
    });
    this.period.controls.from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.period.controls.to.updateValueAndValidity());
    inject(DestroyRef).onDestroy(() => clearTimeout(this.typingTimer));
  }

  protected tabLabel(name: ReportName): string {
    return this.titles()[`${this.language.current()}:${name}`] ?? (this.translate.instant(`reports.tabs.${name}`) as string);
  }

  protected rowHeader(table: ReportTable): string {
    return this.translate.instant(`reports.rowHeader.${rowHeaderOf(table, this.municipalityNames())}`) as string;
  }

  protected errorKey(field: 'from' | 'to'): string {
    return periodErrorKey(this.period.controls[field].errors) ?? 'reports.filters.errors.date';
  }

  protected choosePreset(preset: PeriodPreset): void {
    this.chosenPreset.set(preset);
    if (preset === 'custom') return;
    this.period.markAsPristine();
    this.go({ ...this.filter(), ...presetPeriod(preset, this.today) });
  }

  protected periodTyped(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.applyPeriod(), TYPING_PAUSE_MS);
  }

  /** A complete, valid custom period goes into the address bar; an invalid one stays in the fields with its error. */
  protected applyPeriod(): void {
    clearTimeout(this.typingTimer);
    this.period.markAllAsTouched();
    if (this.period.invalid) return;
    const { from, to } = this.period.getRawValue();
    const current = this.filter();
    this.period.markAsPristine();
    if (from !== current.from || to !== current.to) this.go({ ...current, from, to });
  }

  protected chooseMunicipality(value: number | typeof ALL): void {
    this.go({ ...this.filter(), municipalityId: value === ALL ? null : value });
  }

  protected chooseReport(index: number): void {
    const name = this.names[index];
    if (name && name !== this.reportName()) this.go(this.filter(), name);
  }

  /** Every choice is a step in the browser history, so back and forward go through them. */
  private go(filter: ReportFilter, report: ReportName = this.reportName()): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toParams(filter, report) });
  }
}
