import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatPaginator } from '@angular/material/paginator';
import type { PagedList } from './paged-list';

/** The paginator under every server-paged admin list, wired to its PagedList. */
@Component({
  selector: 'app-list-paginator',
  imports: [MatPaginator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-paginator
      [length]="list().total()"
      [pageIndex]="list().pageIndex()"
      [pageSize]="list().pageSize()"
      [pageSizeOptions]="list().pageSizeOptions"
      (page)="list().onPage($event)"
    />
  `,
})
export class ListPaginator {
  readonly list = input.required<PagedList<unknown>>();
}
