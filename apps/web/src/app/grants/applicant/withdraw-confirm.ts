import type { MatDialog } from '@angular/material/dialog';
import type { TranslateService } from '@ngx-translate/core';
import { filter, type Observable } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../../hours/shared/confirm-dialog';

/** Asks before an application is withdrawn (it cannot be undone); emits once when confirmed. */
export function confirmWithdrawal(dialog: MatDialog, translate: TranslateService): Observable<boolean> {
  const data: ConfirmDialogData = {
    title: translate.instant('grantsApplicant.status.withdraw.title') as string,
    text: translate.instant('grantsApplicant.status.withdraw.text') as string,
    confirm: translate.instant('grantsApplicant.status.withdraw.confirm') as string,
  };
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
    .afterClosed()
    .pipe(filter((yes): yes is boolean => yes === true));
}
