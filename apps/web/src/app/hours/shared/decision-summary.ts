import type { DecideHoursResult } from '@miteinander/contracts';
import type { TranslateService } from '@ngx-translate/core';

/** "5 freigegeben, 1 übersprungen": what a (bulk) decision changed, for the snackbar or the page. */
export function decisionSummary(result: DecideHoursResult, translate: TranslateService, prefix = 'hours.decided'): string {
  const parts = (['approved', 'rejected', 'skipped'] as const)
    .filter((kind) => result[kind] > 0)
    .map((kind) => translate.instant(`${prefix}.${kind}`, { count: result[kind] }) as string);
  return parts.length ? parts.join(', ') : (translate.instant(`${prefix}.nothing`) as string);
}
