export * from './lib/customers.page';
export * from './lib/customer-timeline.page';
export * from './lib/swimlane/swimlane-chart.component';
export * from './lib/swimlane/swimlane-layout';
