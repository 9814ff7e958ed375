export * from './lib/filter-bar/filter-bar.component';
export * from './lib/filter-bar/filter-bar-rules';
