export * from './lib/channel-shifts.page';
export * from './lib/heatmap/leak-heatmap.component';
export * from './lib/heatmap/heatmap-layout';
