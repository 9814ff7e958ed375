export * from './lib/identifier-query';
export * from './lib/customer-timeline.store';
export * from './lib/timeline-csv';
/** Test fixture shared by the specs of this lib and of the timeline feature; only specs import it. */
export * as timelineFixture from './lib/testing-fixture';
