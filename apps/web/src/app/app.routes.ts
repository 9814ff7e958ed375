import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Overview · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/overview/feature').then((m) => m.OverviewPage),
  },
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
    path: 'paths',
    title: 'Top paths · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/paths/feature').then((m) => m.PathsPage),
  },
  {
    path: 'friction',
    title: 'Friction · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/friction/feature').then((m) => m.FrictionPage),
  },
  {
    // Benchmark fixture for tools/bench/sankey-render.ts (random data, says so on screen).
    path: 'dev/sankey-bench',
    title: 'Sankey benchmark fixture · Journey Atlas',
    loadComponent: () => import('./dev/sankey-bench.page').then((m) => m.SankeyBenchPage),
  },
  { path: '**', redirectTo: '' },
];
