import { computed, inject, linkedSignal, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { Page } from '@miteinander/contracts';
import { TranslateService } from '@ngx-translate/core';
import { catchError, map, of, switchMap, tap, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';

export interface PageRequest {
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export interface PagedList<T> {
  readonly items: Signal<T[]>;
  readonly total: Signal<number>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  /** 0-based, as MatPaginator counts. */
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;
  readonly pageSizeOptions: number[];
  onPage(event: PageEvent): void;
  reload(): void;
}

/**
 * A server-paged list: loads again whenever the criteria or the page change (a newer request
 * cancels the older one) and goes back to the first page when the criteria change.
 * Call in an injection context (a component field).
 */
export function pagedList<C, T>(criteria: Signal<C>, load: (criteria: C, page: PageRequest) => Observable<Page<T>>): PagedList<T> {
  const translate = inject(TranslateService);
  const pageSize = signal(25);
  const pageIndex = linkedSignal({ source: () => [criteria(), pageSize()], computation: () => 0 });
  const reloads = signal(0);
  const page = signal<Page<T> | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);

  toObservable(computed(() => ({ criteria: criteria(), page: { page: pageIndex() + 1, pageSize: pageSize() }, reload: reloads() })))
    .pipe(
      tap(() => loading.set(true)),
      switchMap((request) =>
        load(request.criteria, request.page).pipe(
          map((result) => ({ result, problem: null })),
          catchError((e: unknown) => of({ result: null, problem: toApiProblem(e, translate).message })),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe(({ result, problem }) => {
      if (result) page.set(result);
      error.set(problem);
      loading.set(false);
    });

  return {
    items: computed(() => page()?.items ?? []),
    total: computed(() => page()?.total ?? 0),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    pageIndex: pageIndex.asReadonly(),
    pageSize: pageSize.asReadonly(),
    pageSizeOptions: [10, 25, 50, 100],
    onPage: (event) => {
      pageSize.set(event.pageSize);
      pageIndex.set(event.pageIndex);
    },
    reload: () => reloads.update((n) => n + 1),
  };
}
