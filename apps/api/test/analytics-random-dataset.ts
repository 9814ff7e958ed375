import { JourneyBuilder } from '@journey-atlas/api/journeys';
import {
  buildJourneys,
  computeMetrics,
  detectAllFriction,
  journeySettings,
  type CustomerSegment,
  type FrictionEvent,
  type Journey,
  type JourneySettings,
  type MetricFilter,
  type MetricResults,
  type StitchedTouchpoint,
} from '@journey-atlas/shared/journey-rules';
import { type Extra, enrich, stitched } from './analytics-fixtures';
import { JourneyFixture } from './journey-fixtures';
import { random, randomHistory } from './random-touchpoints';
import type { TestApp } from './test-app';

interface RandomCustomer {
  id: string;
  segment: CustomerSegment;
}

/**
 * Random touchpoints (random-touchpoints.ts plus team, queue, nps and customer segments
 * with a custom `plan` attribute) in one workspace, built by the SQL engine, with the
 * reference rules' journeys and friction over the same data.
 */
export class RandomAnalyticsDataset {
  readonly touchpoints: StitchedTouchpoint[] = [];
  readonly customers: RandomCustomer[] = [];
  readonly settings: JourneySettings;
  journeys: Journey[] = [];
  friction: FrictionEvent[] = [];
  private readonly next: () => number;

  private constructor(
    readonly testApp: TestApp,
    readonly fx: JourneyFixture,
    timeZone: string,
    seed: number,
  ) {
    this.settings = journeySettings({ timeZone });
    this.next = random(seed);
  }

  static async create(
    testApp: TestApp,
    timeZone: string,
    seed: number,
    customers: number,
  ): Promise<RandomAnalyticsDataset> {
    const data = new RandomAnalyticsDataset(
      testApp,
      await JourneyFixture.create(testApp, timeZone),
      timeZone,
      seed,
    );
    for (let i = 0; i < customers; i++) {
      const region = data.pick(['north', 'south', null]);
      const tier = data.pick(['gold', 'standard']);
      const plan = data.pick(['fibre', 'dsl', null]);
      const id = await data.fx.customer({ region: region ?? undefined, tier });
      if (plan) {
        await data.fx.db.query(
          `UPDATE customer SET attributes = jsonb_build_object('plan', $2::text) WHERE id = $1`,
          [id, plan],
        );
      }
      const segment = { region: region ?? undefined, tier, attributes: plan ? { plan } : {} };
      data.customers.push({ id, segment });
      await data.addHistory(data.customers[i], `m${i}-`, 30);
    }
    await testApp.app.get(JourneyBuilder).rebuildAll(data.fx.workspaceId);
    data.rebuildReference();
    return data;
  }

  /** More touchpoints for some customers, rebuilt incrementally (rebuildCustomers). */
  async extend(customerIndexes: number[], prefix: string): Promise<void> {
    for (const index of customerIndexes) {
      await this.addHistory(this.customers[index], `${prefix}${index}-`, 10);
    }
    await this.testApp.app.get(JourneyBuilder).rebuildCustomers(
      this.fx.workspaceId,
      customerIndexes.map((index) => this.customers[index].id),
    );
    this.rebuildReference();
  }

  metrics(filter: MetricFilter = {}): MetricResults {
    return computeMetrics(this.journeys, this.touchpoints, this.friction, this.settings, filter);
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  private async addHistory(customer: RandomCustomer, prefix: string, count: number) {
    const rows = randomHistory(this.next, prefix, count);
    const extras = rows.map((row) => ({
      ext: row.ext,
      extra: {
        team: this.pick(['t1', 't2', null]),
        queue: this.pick(['q1', 'q2', null]),
        nps: this.next() < 0.4 ? Math.floor(this.next() * 11) : null,
      } satisfies Extra,
    }));
    await this.fx.touchpoints(customer.id, rows);
    await enrich(this.fx, extras);
    this.touchpoints.push(
      ...rows.map((row, k) => stitched(customer.id, row, extras[k].extra, customer.segment)),
    );
  }

  private rebuildReference(): void {
    this.journeys = buildJourneys(this.touchpoints, this.settings);
    this.friction = detectAllFriction(this.journeys, this.touchpoints, this.settings);
  }
}
