import { ChangeDetectionStrategy, Component, forwardRef, inject, input, signal } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageStore } from '../../core/i18n/language-store';
import { MAX_MINUTES_PER_DAY, MINUTES_STEP } from '../shared/hours-format';
import { HoursPipe } from '../shared/hours.pipe';

let nextId = 0;

/**
 * Duration in quarter hours for thumbs: − / + in 15-minute steps and one-tap chips for the usual
 * durations. The value is minutes (0 = nothing chosen yet). A form control (formControlName).
 */
@Component({
  selector: 'app-minutes-stepper',
  imports: [MatButton, MatIcon, TranslatePipe, HoursPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => MinutesStepper), multi: true }],
  template: `
    <fieldset class="stepper" [attr.aria-describedby]="describedBy() || null" [disabled]="disabled()">
      <legend class="legend">{{ label() }}</legend>
      <div class="row">
        <button
          mat-stroked-button
          type="button"
          class="step"
          [attr.aria-label]="'hours.stepper.less' | translate"
          (click)="change(-step)"
        >
          <mat-icon aria-hidden="true">remove</mat-icon>
        </button>
        <output class="value" [id]="id + '-value'" aria-live="polite" [class.is-empty]="!minutes()">
          @if (minutes()) {
            <span class="clock">{{ minutes() | hours: language.current() : 'clock' }}</span>
            <span class="decimal">{{ minutes() | hours: language.current() }}</span>
          } @else {
            <span class="decimal">{{ 'hours.stepper.empty' | translate }}</span>
          }
        </output>
        <button
          mat-stroked-button
          type="button"
          class="step"
          [attr.aria-label]="'hours.stepper.more' | translate"
          (click)="change(step)"
        >
          <mat-icon aria-hidden="true">add</mat-icon>
        </button>
      </div>
      <div class="quick" role="group" [attr.aria-label]="'hours.stepper.quick' | translate">
        @for (option of quick; track option) {
          <button mat-stroked-button type="button" class="chip" [class.is-chosen]="minutes() === option" [attr.aria-pressed]="minutes() === option" (click)="set(option)">
            {{ (option < 60 ? 'hours.units.minutes' : 'hours.units.hours') | translate: { value: option < 60 ? option : option / 60 } }}
          </button>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .stepper {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .legend {
      padding: 0;
      margin-block-end: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .row {
      display: flex;
      gap: 0.75rem;
      align-items: center;
    }
    .step {
      flex: none;
      inline-size: 3.5rem;
      min-inline-size: 3.5rem;
      block-size: 3.5rem;
      padding: 0;
      border-radius: 50%;
    }
    .step mat-icon {
      margin: 0;
      inline-size: 2rem;
      block-size: 2rem;
      font-size: 2rem;
    }
    .value {
      display: flex;
      flex: 1;
      flex-direction: column;
      align-items: center;
      min-inline-size: 0;
    }
    .clock {
      font: var(--mat-sys-headline-medium);
    }
    .decimal {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .quick {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.75rem;
    }
    .chip {
      flex: 1 1 4rem;
      min-block-size: 3rem;
      padding-inline: 0.5rem;
      border-radius: 1.5rem;
      white-space: nowrap;
    }
    .chip.is-chosen {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class MinutesStepper implements ControlValueAccessor {
  /** The visible name of the control, e.g. "Dauer". */
  readonly label = input.required<string>();
  /** Ids of the texts that describe the control (hint, error). */
  readonly describedBy = input<string>('');

  protected readonly language = inject(LanguageStore);
  protected readonly id = `minutes-stepper-${nextId++}`;
  protected readonly step = MINUTES_STEP;
  protected readonly max = MAX_MINUTES_PER_DAY;
  protected readonly quick = [30, 60, 120, 180];
  protected readonly minutes = signal(0);
  protected readonly disabled = signal(false);

  private onChange: (value: number) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: number | null): void {
    this.minutes.set(value ?? 0);
  }

  registerOnChange(fn: (value: number) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  /** Stays within one quarter hour and a day; the buttons stay enabled so focus never jumps away. */
  protected change(delta: number): void {
    this.set(Math.min(this.max, Math.max(this.step, this.minutes() + delta)));
  }

  protected set(minutes: number): void {
    this.minutes.set(minutes);
    this.onChange(minutes);
    this.onTouched();
  }
}
