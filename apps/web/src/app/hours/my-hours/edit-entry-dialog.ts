import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatDialogContent, MatDialogRef, MatDialogTitle, MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { HourEntryView, OrganisationRef } from '@miteinander/contracts';
import { HourEntryForm } from './hour-entry-form';

export interface EditEntryDialogData {
  entry: HourEntryView;
  organisations: OrganisationRef[];
}

/** Changes a logged entry. A decided entry goes back for approval: say so before the person saves. */
@Component({
  selector: 'app-edit-entry-dialog',
  imports: [MatDialogContent, MatDialogTitle, MatIcon, TranslatePipe, HourEntryForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'hours.edit.title' | translate }}</h2>
    <mat-dialog-content>
      @if (data.entry.status === 'approved' || data.entry.status === 'rejected') {
        <p class="warning">
          <mat-icon aria-hidden="true">info</mat-icon>
          <span>{{ 'hours.edit.backToApproval.' + data.entry.status | translate }}</span>
        </p>
      }
      <app-hour-entry-form [entry]="data.entry" [organisations]="data.organisations" (saved)="dialogRef.close($event)" (cancelled)="dialogRef.close()" />
    </mat-dialog-content>
  `,
  styles: `
    .warning {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    mat-icon {
      flex: none;
    }
  `,
})
export class EditEntryDialog {
  protected readonly data = inject<EditEntryDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<EditEntryDialog, HourEntryView>>(MatDialogRef);
}
