export * from './lib/channels';
export * from './lib/channel-settings';
export * from './lib/touchpoint';
