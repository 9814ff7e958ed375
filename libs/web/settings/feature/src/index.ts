export * from './lib/channel-catalogue.page';
