import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import {
  type JourneyMapData,
  SankeyChart,
  syntheticJourneyMap,
} from '@journey-atlas/web/journey-map/ui';

/** What `tools/bench/sankey-render.ts` calls in the page. */
export interface SankeyBenchApi {
  /** Renders a fresh generated map and resolves with ms from data set to SVG painted. */
  run(seed: number): Promise<{ ms: number; paths: number; nodes: number }>;
}

declare global {
  interface Window {
    jaSankeyBench?: SankeyBenchApi;
  }
}

/**
 * BENCHMARK FIXTURE, not a product screen: `/dev/sankey-bench` renders the journey-map Sankey
 * with generated data (default 300 nodes, 1,500 links) so `tools/bench/sankey-render.ts` can
 * time it in headless Chromium. The numbers shown are random and say so.
 */
@Component({
  selector: 'ja-sankey-bench-page',
  imports: [SankeyChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Sankey render benchmark (fixture)</h1>
    <p role="note">
      Generated random data — {{ nodeCount }} nodes, {{ linkCount }} links — used only to time
      rendering. Not journeys from your workspace.
    </p>
    @if (data(); as map) {
      <ja-sankey-chart [data]="map" [height]="720" label="Benchmark journey map (random data)" />
    }
  `,
})
export class SankeyBenchPage {
  private readonly injector = inject(Injector);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly nodeCount = Number(this.query.get('nodes') ?? 300);
  protected readonly linkCount = Number(this.query.get('links') ?? 1500);
  protected readonly data = signal<JourneyMapData | null>(null);

  constructor() {
    window.jaSankeyBench = { run: (seed) => this.run(seed) };
  }

  private async run(seed: number): Promise<{ ms: number; paths: number; nodes: number }> {
    const map = syntheticJourneyMap({ nodes: this.nodeCount, links: this.linkCount, seed });
    // Start from an empty page so every run mounts the chart from scratch.
    this.data.set(null);
    await this.rendered();
    await nextFrame();
    performance.mark(`sankey-start-${seed}`);
    this.data.set(map);
    const svgPaths = () => document.querySelectorAll('[data-testid="sankey-svg"] path').length;
    // The chart measures its width after the first render, then draws: wait for the paths,
    // then for the frame that shows them (a timeout queued in rAF runs after that paint).
    for (;;) {
      await nextFrame();
      if (svgPaths() >= map.links.length) break;
    }
    await new Promise((resolve) => setTimeout(resolve));
    performance.mark(`sankey-painted-${seed}`);
    const measure = performance.measure(
      `sankey-render-${seed}`,
      `sankey-start-${seed}`,
      `sankey-painted-${seed}`,
    );
    return {
      ms: measure.duration,
      paths: svgPaths(),
      nodes: document.querySelectorAll('[data-testid="sankey-svg"] rect').length,
    };
  }

  private rendered(): Promise<void> {
    return new Promise((resolve) => afterNextRender(() => resolve(), { injector: this.injector }));
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
