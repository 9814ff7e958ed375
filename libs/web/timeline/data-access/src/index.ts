export * from './lib/identifier-query';
export * from './lib/customer-timeline.store';
export * from './lib/timeline-csv';
