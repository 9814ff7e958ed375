export * from './lib/channel-catalogue.store';
