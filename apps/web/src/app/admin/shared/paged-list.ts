import { computed, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { Page } from '@miteinander/contracts';
import { TranslateService } from '@ngx-translate/core';
import { catchError, map, of, switchMap, tap, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';

export interface PagedList<T> {
  readonly items: Signal<T[]>;
  readonly total: Signal<number>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  reload(): void;
}

/**
 * A server-paged list that re-loads whenever `query` changes; a newer query cancels the older
 * request. Call in an injection context (a component field).
 */
export function pagedList<Q, T>(query: Signal<Q>, load: (query: Q) => Observable<Page<T>>): PagedList<T> {
  const translate = inject(TranslateService);
  const reloads = signal(0);
  const page = signal<Page<T> | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);

  toObservable(computed(() => ({ query: query(), reload: reloads() })))
    .pipe(
      tap(() => loading.set(true)),
      switchMap(({ query: q }) =>
        load(q).pipe(
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
    reload: () => reloads.update((n) => n + 1),
  };
}
