import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, computed, inject, input, viewChild } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { TranslatePipe } from '@ngx-translate/core';
import type { ReportTable } from '@miteinander/contracts';
import { chartOmitsCells, chartPlan, type ChartSettings } from './chart-config';

// Only what these charts use, so the reports chunk stays small.
Chart.register(LineController, BarController, ScatterController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A table drawn as a chart. The canvas is one image for screen readers; the table below carries the figures. */
@Component({
  selector: 'app-report-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" [class.map]="plan().keepsAspect" [style.block-size]="plan().height">
      <canvas #canvas role="img" [attr.aria-label]="'reports.chart.label' | translate: { title: table().title }"></canvas>
    </div>
    @if (plan().legend.length) {
      <div class="legend">
        <span class="legend-title">{{ table().columns[0].label }}:</span>
        <ul>
          @for (entry of plan().legend; track entry.label) {
            <li><span class="swatch" aria-hidden="true" [style.background]="entry.colour"></span>{{ entry.label }}</li>
          }
        </ul>
      </div>
    }
    @if (omitsCells()) {
      <p class="note muted">{{ 'reports.chart.suppressedNote' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      position: relative;
      inline-size: 100%;
      block-size: 20rem;
    }
    .chart.map {
      block-size: auto;
      max-inline-size: 40rem;
    }
    @media (max-width: 600px) {
      .chart:not(.map) {
        min-block-size: 14rem;
      }
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      margin-block-start: 0.5rem;
      font: var(--mat-sys-body-small);
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      gap: 0.375rem;
      align-items: center;
    }
    .swatch {
      inline-size: 1rem;
      block-size: 1rem;
      border-radius: 50%;
      border: 1.5px solid #1d3557;
    }
    .note {
      margin-block: 0.5rem 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ReportChart {
  readonly table = input.required<ReportTable>();
  readonly settings = input.required<ChartSettings>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  protected readonly plan = computed(() => chartPlan(this.table(), this.settings()));
  protected readonly omitsCells = computed(() => chartOmitsCells(this.table()));
  private chart: Chart | null = null;

  constructor() {
    // Drawn after the canvas is in the page, again whenever the table or the language changes.
    afterRenderEffect({
      write: () => {
        const plan = this.plan();
        this.chart?.destroy();
        this.chart = new Chart(this.canvas().nativeElement, plan.config);
      },
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
