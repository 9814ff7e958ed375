import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'settings/channels' },
  {
    path: 'settings/channels',
    title: 'Channels · Journey Atlas',
    loadComponent: () =>
      import('@journey-atlas/web/settings/feature').then((m) => m.ChannelCataloguePage),
  },
  {
    path: 'journey-map',
    title: 'Journey map · Journey Atlas',
    loadComponent: () =>
      import('@journey-atlas/web/journey-map/feature').then((m) => m.JourneyMapPage),
  },
  {
    // Benchmark fixture for tools/bench/sankey-render.ts (random data, says so on screen).
    path: 'dev/sankey-bench',
    title: 'Sankey benchmark fixture · Journey Atlas',
    loadComponent: () => import('./dev/sankey-bench.page').then((m) => m.SankeyBenchPage),
  },
  { path: '**', redirectTo: '' },
];
