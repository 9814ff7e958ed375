export * from './lib/channel-catalogue.page';
export * from './lib/settings.page';
