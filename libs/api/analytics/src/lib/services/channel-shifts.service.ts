import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChannelShiftLeakDto, ChannelShiftsDto } from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import {
  channelShiftIntentsSql,
  channelShiftLeaksSql,
  slotShiftIntentsSql,
  slotShiftLeaksSql,
} from '../sql/channel-shifts.sql';
import type { ResolvedFilter } from '../sql/filter.sql';
import { slotDays, slotsServeFilter } from '../sql/slot-rollup.sql';
import { analyticsTransaction } from './analytics-transaction';
import { AnswerCache } from './answer-cache.service';
import {
  CAP_RANGE,
  DAYS_PER_MONTH,
  type IntentCounts,
  leakBaselines,
  periodDays,
  rankOpportunities,
} from './channel-shift-savings';
import { filterDto } from './filter-dto';
import type { ReadOptions } from './metric-sums';

export interface ChannelShiftOptions {
  minContainment: number;
  minJourneys: number;
  cap: number;
}

interface LeakRow {
  intent: string;
  from_channel: string;
  to_channel: string;
  journeys: number;
  began_ss: number;
  assisted_cost: number;
  assisted_resolved: number;
}

interface IntentRow {
  intent: string;
  self_service_journeys: number;
  contained_journeys: number;
  assisted_journeys: number;
  mean_assisted_cost: number | null;
  mean_self_service_cost: number | null;
  first_start: Date;
  last_start: Date;
}

const NOTES = [
  'Leak: the first assisted step of a journey that began in self-service; the pair is the last self-service channel before it -> its channel, passing over IVR steps when another self-service channel came first (calls enter through the IVR).',
  'Leak share: leak journeys / journeys of the intent that began in self-service.',
  'Leak assisted cost: sum of the cost of the assisted steps of those journeys; resolved by assisted: journey resolved in an assisted channel.',
  "Leak baseline: the same channel pair's share in the other intents; excess journeys = journeys - baseline x the intent's self-service-begun journeys (what stands out from normal handoffs).",
  'Containment rate: contained / began in self-service, over the filtered journeys of the intent.',
  'Mean assisted cost: mean journey cost of journeys that began in an assisted channel; mean self-service cost: of contained journeys.',
  'Opportunities need containment >= minContainment, at least minJourneys self-service-begun journeys and a positive saving.',
];

/**
 * Leaks from self-service to assisted, and assisted demand self-service could take. From
 * shift_slot when the slots serve the filter (at most one segment attribute, an intent,
 * bounds on local midnights), else from the journeys: the same numbers either way.
 */
@Injectable()
export class ChannelShiftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  async channelShifts(
    filter: ResolvedFilter,
    options: ChannelShiftOptions,
    read: ReadOptions = {},
  ): Promise<ChannelShiftsDto> {
    const slots = (read.slots ?? true) && slotsServeFilter(filter);
    const compute = () =>
      analyticsTransaction(this.dataSource, async (manager) =>
        this.answer(filter, options, await this.rows(manager, filter, slots)),
      );
    return read.cache === false
      ? compute()
      : this.cache.answer(filter.workspaceId, 'channel-shifts', [filter, options, slots], compute);
  }

  /** Leak and intent rows, in one snapshot: both describe the same journeys. */
  private async rows(
    manager: EntityManager,
    filter: ResolvedFilter,
    slots: boolean,
  ): Promise<[LeakRow[], IntentRow[]]> {
    const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
    const days = slots
      ? await slotDays((text, values) => manager.query(text, values), filter, window)
      : null;
    const leaksSql = days ? slotShiftLeaksSql(filter, days) : channelShiftLeaksSql(filter);
    const intentsSql = days ? slotShiftIntentsSql(filter, days) : channelShiftIntentsSql(filter);
    return [
      (await manager.query(leaksSql.text, leaksSql.values)) as LeakRow[],
      (await manager.query(intentsSql.text, intentsSql.values)) as IntentRow[],
    ];
  }

  private answer(
    filter: ResolvedFilter,
    options: ChannelShiftOptions,
    [leakRows, intentRows]: [LeakRow[], IntentRow[]],
  ): ChannelShiftsDto {
    const periodFrom = filter.fromAt ?? intentRows[0]?.first_start ?? null;
    const periodTo = filter.toAt ?? intentRows[0]?.last_start ?? null;
    const days = periodDays(periodFrom, periodTo);
    // The filters restrict both sides, so with segment.tier the rate is that tier's own.
    const tiers = filter.segment.find((s) => s.attribute === 'tier')?.values;
    const comparableCustomers = tiers
      ? `customers of tier ${tiers.join(' or ')} matching the filters`
      : 'all customers matching the filters';
    const intents: IntentCounts[] = intentRows.map((row) => ({
      intent: row.intent,
      selfServiceJourneys: row.self_service_journeys,
      containedJourneys: row.contained_journeys,
      assistedJourneys: row.assisted_journeys,
      meanAssistedCost: row.mean_assisted_cost,
      meanSelfServiceCost: row.mean_self_service_cost,
    }));
    return {
      filter: filterDto(filter),
      leaks: leaks(
        leakRows,
        new Map(intentRows.map((row) => [row.intent, row.self_service_journeys])),
      ),
      opportunities: rankOpportunities(intents, {
        ...options,
        periodDays: days,
        comparableCustomers,
      }),
      assumptions: {
        ...options,
        capRange: CAP_RANGE,
        periodDays: days,
        periodFrom: periodFrom?.toISOString() ?? null,
        periodTo: periodTo?.toISOString() ?? null,
        daysPerMonth: DAYS_PER_MONTH,
        comparableCustomers,
        notes: NOTES,
      },
    };
  }
}

function leaks(rows: LeakRow[], began: Map<string, number>): ChannelShiftLeakDto[] {
  const baselines = leakBaselines(
    rows.map((row) => ({
      intent: row.intent,
      fromChannel: row.from_channel,
      toChannel: row.to_channel,
      journeys: row.journeys,
      beganInSelfService: row.began_ss,
    })),
    began,
  );
  return rows.map((row, i) => ({
    intent: row.intent,
    fromChannel: row.from_channel,
    toChannel: row.to_channel,
    journeys: row.journeys,
    share: row.journeys / row.began_ss,
    assistedCost: row.assisted_cost,
    resolvedByAssistedRate: row.assisted_resolved / row.journeys,
    ...baselines[i],
  }));
}
