import { ChangeDetectionStrategy, Component, computed, forwardRef, input, signal } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { AVAILABILITY_SLOTS, DAY_PARTS, WEEKDAYS, type AvailabilitySlot, type DayPart, type Weekday } from '@miteinander/contracts';

/**
 * Weekday × morning/afternoon/evening as a table of checkboxes, each labelled with its slot
 * ("Dienstag Abend") for screen readers. A form control whose value is the list of chosen slots.
 */
@Component({
  selector: 'app-availability-grid',
  imports: [MatCheckbox, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => AvailabilityGrid), multi: true }],
  template: `
    <table class="grid">
      <caption>
        {{ caption() }}
        <span class="count">{{ 'volunteers.availability.count' | translate: { count: chosen().size } }}</span>
      </caption>
      <thead>
        <tr>
          <td></td>
          @for (part of parts; track part) {
            <th scope="col">{{ 'volunteers.dayParts.' + part | translate }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (day of days; track day) {
          <tr>
            <th scope="row">{{ 'volunteers.weekdays.' + day | translate }}</th>
            @for (part of parts; track part) {
              <td>
                <mat-checkbox
                  [checked]="chosen().has(slot(day, part))"
                  [disabled]="disabled()"
                  [aria-label]="
                    'volunteers.availability.slot'
                      | translate: { day: 'volunteers.weekdays.' + day | translate, part: 'volunteers.dayParts.' + part | translate }
                  "
                  (change)="toggle(slot(day, part), $event.checked)"
                  (blur)="onTouched()"
                />
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host { display: block; }
    .grid {
      inline-size: 100%;
      max-inline-size: 32rem;
      border-collapse: collapse;
    }
    caption {
      caption-side: top;
      padding-block-end: 0.5rem;
      text-align: start;
      font: var(--mat-sys-title-small);
    }
    .count {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    th {
      font: var(--mat-sys-label-large);
      text-align: center;
      padding-inline: 0.25rem;
    }
    th[scope='row'] {
      text-align: start;
    }
    td {
      text-align: center;
    }
    tbody tr {
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class AvailabilityGrid implements ControlValueAccessor {
  readonly caption = input.required<string>();

  protected readonly days = WEEKDAYS;
  protected readonly parts = DAY_PARTS;
  protected readonly chosen = signal<ReadonlySet<AvailabilitySlot>>(new Set());
  protected readonly disabled = signal(false);
  protected readonly slot = (day: Weekday, part: DayPart): AvailabilitySlot => `${day}-${part}`;
  protected readonly ordered = computed(() => AVAILABILITY_SLOTS.filter((s) => this.chosen().has(s)));

  private onChange: (value: AvailabilitySlot[]) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  writeValue(value: AvailabilitySlot[] | null): void {
    this.chosen.set(new Set(value ?? []));
  }

  registerOnChange(fn: (value: AvailabilitySlot[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(slot: AvailabilitySlot, checked: boolean): void {
    const next = new Set(this.chosen());
    if (checked) next.add(slot);
    else next.delete(slot);
    this.chosen.set(next);
    // Always in the week's order, so an unchanged choice compares equal.
    this.onChange(this.ordered());
  }
}
