export * from './lib/channel-catalogue.store';
export * from './lib/load-state';
