import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';

/** The route's query and path params as signals, and a way to change the query. */
export function reportRoute() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const query = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  const params = toSignal(route.paramMap, { initialValue: route.snapshot.paramMap });
  return {
    query,
    params,
    /** Merges into the URL's query (null removes a key). */
    setQuery(patch: Record<string, string | number | null>): void {
      void router.navigate([], {
        relativeTo: route,
        queryParams: patch,
        queryParamsHandling: 'merge',
      });
    },
    /** Opens another report path, keeping the query (filters, month). */
    open(path: string[]): void {
      void router.navigate(path, { queryParamsHandling: 'preserve' });
    },
  };
}
