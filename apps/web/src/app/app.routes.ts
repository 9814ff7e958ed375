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
    path: 'data',
    title: 'Data · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/data/feature').then((m) => m.DataPage),
  },
  {
    path: 'settings',
    pathMatch: 'full',
    title: 'Settings · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/settings/feature').then((m) => m.SettingsPage),
  },
  {
    path: 'pyramid',
    title: 'Metrics pyramid · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/pyramid/feature').then((m) => m.PyramidPage),
  },
  {
    path: 'reports',
    title: 'Reports · Journey Atlas',
    loadChildren: () => import('@journey-atlas/web/reports/feature').then((m) => m.REPORTS_ROUTES),
  },
  {
    path: 'segments',
    title: 'Segment compare · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/segments/feature').then((m) => m.SegmentsPage),
  },
  {
    path: 'customers',
    pathMatch: 'full',
    title: 'Customers · Journey Atlas',
    loadComponent: () => import('@journey-atlas/web/timeline/feature').then((m) => m.CustomersPage),
  },
  {
    path: 'customers/:id',
    title: 'Customer timeline · Journey Atlas',
    loadComponent: () =>
      import('@journey-atlas/web/timeline/feature').then((m) => m.CustomerTimelinePage),
  },
  {
    path: 'channel-shifts',
    title: 'Channel shifts · Journey Atlas',
    loadComponent: () =>
      import('@journey-atlas/web/channel-shifts/feature').then((m) => m.ChannelShiftsPage),
  },
  {
    // Benchmark fixture for tools/bench/sankey-render.ts (random data, says so on screen).
    path: 'dev/sankey-bench',
    title: 'Sankey benchmark fixture · Journey Atlas',
    loadComponent: () => import('./dev/sankey-bench.page').then((m) => m.SankeyBenchPage),
  },
  { path: '**', redirectTo: '' },
];
