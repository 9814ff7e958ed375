export * from './lib/filter-bar/filter-bar.component';
export * from './lib/filter-bar/filter-bar-rules';
export * from './lib/chart/svg-export';
export * from './lib/chart/chart-export.component';
export * from './lib/chart/chart-host';
