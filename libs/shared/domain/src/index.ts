export * from './lib/channels';
export * from './lib/channel-settings';
export * from './lib/touchpoint';
export * from './lib/touchpoint-schema';
export * from './lib/ingestion';
export * from './lib/customers';
export * from './lib/settings';
export * from './lib/analytics';
