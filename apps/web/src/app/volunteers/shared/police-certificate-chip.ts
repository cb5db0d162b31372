import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { PoliceCertificateState } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';

const ICONS: Record<PoliceCertificateState, string> = {
  missing: 'remove_circle_outline',
  valid: 'verified',
  reinspection_due: 'schedule',
  expired: 'error_outline',
  relevant_entry: 'block',
};

/** The police-certificate state in words (and an icon, never colour alone): "gültig bis 12.05.2030". */
@Component({
  selector: 'app-police-certificate-chip',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="chip" [class]="'chip state-' + state()">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      <span>{{ 'volunteers.policeChip.' + state() | translate: { date: date() } }}</span>
    </span>
  `,
  styles: `
    .chip {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding-block: 0.125rem;
      padding-inline: 0.5rem 0.75rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      flex: none;
      font-size: 1.125rem;
      inline-size: 1.125rem;
      block-size: 1.125rem;
    }
    .state-valid {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .state-reinspection_due {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .state-expired,
    .state-relevant_entry {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class PoliceCertificateChip {
  readonly state = input.required<PoliceCertificateState>();
  readonly validUntil = input<string | null>(null);

  private readonly language = inject(LanguageStore);
  private readonly datePipe = new LocalDatePipe();
  protected readonly icon = computed(() => ICONS[this.state()]);
  protected readonly date = computed(() => this.datePipe.transform(this.validUntil(), this.language.current(), 'date'));
}
