export * from './lib/metric-card.component';
export * from './lib/metric-format';
export * from './lib/sparkline-geometry';
export * from './lib/sparkline.component';
export * from './lib/live-strip-geometry';
export * from './lib/live-strip.component';
