export * from './lib/channel-shift-options';
export * from './lib/channel-shifts.store';
export * from './lib/leak-matrix';
export * from './lib/channel-shifts-csv';
/** Test fixture shared by the specs of this lib and of the channel-shifts feature; only specs import it. */
export * as channelShiftsFixture from './lib/testing-fixture';
