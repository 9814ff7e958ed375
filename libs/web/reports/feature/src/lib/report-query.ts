import { toSignal } from '@angular/core/rxjs-interop';
import { routeQuery } from '@journey-atlas/web/shared/data-access';

/** The route's query and path params as signals, and ways to change the query or the report. */
export function reportRoute() {
  const { route, router, query, setQuery } = routeQuery();
  const params = toSignal(route.paramMap, { initialValue: route.snapshot.paramMap });
  return {
    query,
    params,
    setQuery,
    /** Opens another report path, keeping the query (filters, month). */
    open(path: string[]): void {
      void router.navigate(path, { queryParamsHandling: 'preserve' });
    },
  };
}
