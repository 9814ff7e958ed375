import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'settings/channels' },
  {
    path: 'settings/channels',
    title: 'Channels · Journey Atlas',
    loadComponent: () =>
      import('@journey-atlas/web/settings/feature').then((m) => m.ChannelCataloguePage),
  },
  { path: '**', redirectTo: '' },
];
