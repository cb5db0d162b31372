import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** The coordinator's comment on a field (or on any part of it, e.g. one cost line), shown right below the field. */
@Component({
  selector: 'app-revision-note',
  imports: [MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (note of notes(); track note.field) {
    <p class="note">
      <mat-icon aria-hidden="true">rate_review</mat-icon>
      <span><strong>{{ 'grantsApplicant.revision.note' | translate }}</strong> {{ note.text }}</span>
    </p>
  }`,
  styles: `
    .note {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin-block: 0 1rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      border-radius: 4px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      overflow-wrap: anywhere;
    }
    mat-icon {
      flex: none;
    }
  `,
})
export class RevisionNote {
  readonly comments = input<Record<string, string>>({});
  readonly field = input.required<string>();

  protected readonly notes = computed(() => {
    const field = this.field();
    return Object.entries(this.comments())
      .filter(([key]) => key === field || key.startsWith(`${field}.`))
      .map(([key, text]) => ({ field: key, text }));
  });
}
