import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { EventCounts } from '@miteinander/contracts';

type Part = 'accepted' | 'waitlisted' | 'declined' | 'noAnswer';

/**
 * Where the answers stand against the seats: one horizontal stacked bar (accepted seats, waiting list, declined,
 * no answer yet) with a mark at the capacity. The bar is hidden from screen readers; the sentence below says it all.
 */
@Component({
  selector: 'app-event-seats-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" aria-hidden="true">
      @for (p of parts(); track p.part) {
        @if (p.percent > 0) {
          <span class="part" [class]="'part ' + p.part" [style.inline-size.%]="p.percent"></span>
        }
      }
      <span class="capacity" [style.inset-inline-start.%]="capacityPercent()"></span>
    </div>
    <ul class="legend small" aria-hidden="true">
      @for (p of parts(); track p.part) {
        <li><span class="swatch" [class]="'swatch ' + p.part"></span>{{ 'eventsStaff.chart.' + p.part | translate }}: {{ p.value }}</li>
      }
      <li><span class="swatch capacity-swatch"></span>{{ 'eventsStaff.chart.capacity' | translate }}: {{ capacity() }}</li>
    </ul>
    <p class="text small">
      {{ 'eventsStaff.chart.text' | translate: { taken: counts().seatsTaken, capacity: capacity(), accepted: counts().accepted, waitlisted: counts().waitlisted, declined: counts().declined, noAnswer: counts().noAnswer } }}
    </p>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 44rem;
    }
    .bar {
      position: relative;
      display: flex;
      block-size: 1.25rem;
      border-radius: 4px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
    }
    .part {
      block-size: 100%;
    }
    .accepted {
      background: var(--mat-sys-primary);
    }
    .waitlisted {
      background: repeating-linear-gradient(45deg, var(--mat-sys-tertiary) 0 4px, var(--mat-sys-tertiary-container) 4px 8px);
    }
    .declined {
      background: var(--mat-sys-outline);
    }
    .noAnswer {
      background: var(--mat-sys-secondary-container);
    }
    .capacity {
      position: absolute;
      inset-block: 0;
      inline-size: 3px;
      margin-inline-start: -1px;
      background: var(--mat-sys-error);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin-block: 0.5rem 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: inline-flex;
      gap: 0.375rem;
      align-items: center;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border-radius: 2px;
    }
    .capacity-swatch {
      inline-size: 3px;
      background: var(--mat-sys-error);
    }
    .text {
      margin-block: 0.25rem 0;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SeatsChart {
  readonly counts = input.required<EventCounts>();
  readonly capacity = input.required<number>();

  /** The bar's full width: the capacity, or more when answers and waiting list go beyond it. */
  private readonly scale = computed(() => {
    const c = this.counts();
    return Math.max(this.capacity(), c.seatsTaken + c.waitlisted + c.declined + c.noAnswer, 1);
  });
  protected readonly parts = computed(() => {
    const c = this.counts();
    // Accepted counts seats (with plus-ones): that is what fills the room.
    const values: Record<Part, number> = { accepted: c.seatsTaken, waitlisted: c.waitlisted, declined: c.declined, noAnswer: c.noAnswer };
    return (Object.keys(values) as Part[]).map((part) => ({ part, value: values[part], percent: (values[part] / this.scale()) * 100 }));
  });
  protected readonly capacityPercent = computed(() => Math.min(100, (this.capacity() / this.scale()) * 100));
}
