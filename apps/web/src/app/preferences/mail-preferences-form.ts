import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import type { MailPreferenceView, PreferenceMode, ReminderKind } from '@miteinander/contracts';
import type { PreferenceChoices } from './mail-preferences-api';

let nextId = 0;

/**
 * One radio group per reminder kind (instant, weekly digest where allowed, off) and a save button.
 * Presentational: used on the public page behind the email link and in the profile; the page saves.
 */
@Component({
  selector: 'app-mail-preferences-form',
  imports: [MatButton, MatIcon, MatRadioButton, MatRadioGroup, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="submit($event)" novalidate>
      <ul class="kinds">
        @for (preference of preferences(); track preference.kind) {
          <li class="kind">
            <span class="kind-label" [id]="id + '-' + preference.kind">{{ 'reminderKinds.' + preference.kind + '.label' | translate }}</span>
            <span class="kind-explanation" [id]="id + '-' + preference.kind + '-explanation'">
              {{ 'reminderKinds.' + preference.kind + '.explanation' | translate }}
            </span>
            <mat-radio-group
              class="modes"
              [attr.aria-labelledby]="id + '-' + preference.kind"
              [attr.aria-describedby]="id + '-' + preference.kind + '-explanation'"
              [name]="id + '-' + preference.kind + '-mode'"
              [value]="modes()[preference.kind]"
              [disabled]="pending()"
              (change)="choose(preference.kind, $event.value)"
            >
              <mat-radio-button value="instant">{{ 'mailPreferences.modes.instant' | translate }}</mat-radio-button>
              @if (preference.digestAllowed) {
                <mat-radio-button value="digest">{{ 'mailPreferences.modes.digest' | translate }}</mat-radio-button>
              }
              <mat-radio-button value="off">{{ 'mailPreferences.modes.off' | translate }}</mat-radio-button>
            </mat-radio-group>
          </li>
        }
      </ul>
      <p class="note">
        <mat-icon aria-hidden="true">info</mat-icon>
        <span>{{ 'mailPreferences.mandatoryNote' | translate }}</span>
      </p>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'mailPreferences.save' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    .kinds {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .kind {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .kind-label {
      font: var(--mat-sys-title-small);
    }
    .kind-explanation {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .modes {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      margin-inline-start: -0.5rem;
    }
    .note {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .note mat-icon {
      flex: none;
    }
  `,
})
export class MailPreferencesForm {
  readonly preferences = input.required<MailPreferenceView[]>();
  readonly pending = input(false);
  /** The choices for every kind shown, when the person saves. */
  readonly save = output<PreferenceChoices>();

  protected readonly id = `mail-preferences-${nextId++}`;
  /** What the person picked; starts again from the stored choices whenever those change. */
  protected readonly modes = linkedSignal<Partial<Record<ReminderKind, PreferenceMode>>>(() =>
    Object.fromEntries(this.preferences().map((p) => [p.kind, p.mode])),
  );

  protected choose(kind: ReminderKind, mode: PreferenceMode): void {
    this.modes.update((modes) => ({ ...modes, [kind]: mode }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const modes = this.modes();
    this.save.emit(this.preferences().map((p) => ({ kind: p.kind, mode: modes[p.kind] ?? p.mode })));
  }
}
