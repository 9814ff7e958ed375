export * from './lib/channel-shift-options';
export * from './lib/channel-shifts.store';
export * from './lib/leak-matrix';
export * from './lib/channel-shifts-csv';
