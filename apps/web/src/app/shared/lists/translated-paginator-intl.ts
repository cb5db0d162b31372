import { DestroyRef, Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The paginator's labels in the UI language, updated when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.update();
    const subscription = this.translate.onLangChange.subscribe(() => this.update());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('admin.table.range', { start, end, length }) as string;
  };

  private update(): void {
    const t = (key: string) => this.translate.instant(`admin.table.${key}`) as string;
    this.itemsPerPageLabel = t('itemsPerPage');
    this.nextPageLabel = t('nextPage');
    this.previousPageLabel = t('previousPage');
    this.firstPageLabel = t('firstPage');
    this.lastPageLabel = t('lastPage');
    this.changes.next();
  }
}
