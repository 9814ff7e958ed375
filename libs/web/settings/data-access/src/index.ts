export * from './lib/channel-catalogue.store';
export * from './lib/job';
export * from './lib/settings-form';
export * from './lib/settings.store';
export * from './lib/settings-fixture';
