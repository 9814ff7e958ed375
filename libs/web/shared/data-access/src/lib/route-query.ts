import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';

/**
 * A screen's own URL query (beyond the shared filters) as a signal, and a way to change
 * it. Call in an injection context (a field initialiser of a component).
 */
export function routeQuery() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  return {
    route,
    router,
    query: toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap }),
    /** Merges into the URL's query (null removes a key). */
    setQuery(patch: Record<string, string | number | null>): void {
      void router.navigate([], {
        relativeTo: route,
        queryParams: patch,
        queryParamsHandling: 'merge',
      });
    },
  };
}
