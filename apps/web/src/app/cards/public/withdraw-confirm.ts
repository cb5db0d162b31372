import type { MatDialog } from '@angular/material/dialog';
import type { TranslateService } from '@ngx-translate/core';
import { filter, type Observable } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../../hours/shared/confirm-dialog';

/** Asks before an application is withdrawn; emits once when confirmed. */
export function confirmWithdraw(dialog: MatDialog, translate: TranslateService): Observable<boolean> {
  const data: ConfirmDialogData = {
    title: translate.instant('cardsPublic.application.withdrawTitle') as string,
    text: translate.instant('cardsPublic.application.withdrawText') as string,
    confirm: translate.instant('cardsPublic.application.withdrawConfirm') as string,
  };
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
    .afterClosed()
    .pipe(filter((confirmed): confirmed is boolean => confirmed === true));
}
